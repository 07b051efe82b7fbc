#include <algorithm>

#include "load/manifest_reader.h"
#include "load/site_loader.h"
#include "util/i18n.h"
#include "util/safe_fs.h"
#include "util/sha256.h"

namespace oitgen {

namespace fs = std::filesystem;

std::vector<ArchiveEntry> load_archives(const fs::path& site_dir, Diagnostics& diags) {
  std::vector<ArchiveEntry> out;
  InputFolder content(site_dir / "content", "content/");
  const fs::path folder = site_dir / "content" / "archive";
  auto relative = [&](const fs::path& path) {
    return path.lexically_relative(site_dir).generic_string();
  };
  FolderListing listing = content.list(folder);
  for (const auto& problem : listing.errors)
    diags.error(relative(problem.path), {}, "file.unreadable", problem.message);
  for (const auto& entry : listing.entries) {
    const std::string name = entry.path.filename().string();
    if (!entry.is_folder() || name.size() != 4 || !std::all_of(name.begin(), name.end(), ::isdigit))
      continue;
    // A snapshot is published as it is, so it may hold only regular files: a link (to
    // /etc/passwd, say) or a FIFO in it is an error here, before a build could copy it.
    InputFolder snapshot(entry.path, relative(entry.path) + "/", false);
    const fs::path manifest_file = entry.path / manifest_name;
    bool manifest_reported = false;
    for (const auto& problem : snapshot.walk(entry.path).errors) {
      diags.error(relative(problem.path), {}, "file.unreadable", problem.message);
      manifest_reported = manifest_reported || problem.path == manifest_file;
    }
    if (manifest_reported) continue;
    const std::string where = relative(manifest_file);
    const FileRead text = content.read(manifest_file, limits::manifest);
    if (!text && text.error->problem == FileProblem::missing) {
      diags.warning(
          where, {}, "archive.manifest-missing",
          tr("is missing: the snapshot cannot be listed or verified; run oitgen archive --verify"));
      continue;
    }
    if (!text) {
      diags.error(where, {}, "file.unreadable", text.error->message);
      continue;
    }
    try {
      const Manifest manifest = parse_manifest(text.bytes);
      ArchiveEntry archive{manifest.fiscal_year,
                           manifest.built_at,
                           sha256_hex(text.bytes),
                           static_cast<int>(manifest.replaces.size()),
                           {}};
      // Only paths inside the snapshot are trusted for links to past versions; a manifest
      // naming others was written by something other than oitgen, and verify says more.
      for (const auto& file : manifest.files) {
        if (is_snapshot_path(file.path))
          archive.files.push_back(file.path);
        else
          diags.warning(where, {}, "archive.manifest-path",
                        trf("lists {1}, which is not a path inside the snapshot; it is ignored. "
                            "Run oitgen archive --verify",
                            {quoted_path(file.path)}));
      }
      std::sort(archive.files.begin(), archive.files.end());  // for binary_search
      out.push_back(std::move(archive));
    } catch (const std::exception& e) {
      diags.warning(where, {}, "archive.manifest-invalid",
                    trf("{1}; run oitgen archive --verify", {e.what()}));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.fiscal_year < b.fiscal_year; });
  return out;
}

}  // namespace oitgen
