#include <algorithm>

#include "archive/manifest.h"
#include "load/site_loader.h"
#include "util/file.h"
#include "util/sha256.h"

namespace oitgen {

namespace fs = std::filesystem;

std::vector<ArchiveEntry> load_archives(const fs::path& site_dir, Diagnostics& diags) {
  std::vector<ArchiveEntry> out;
  const fs::path folder = site_dir / "content" / "archive";
  if (!fs::is_directory(folder)) return out;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_directory() || name.size() != 4 ||
        !std::all_of(name.begin(), name.end(), ::isdigit))
      continue;
    const fs::path manifest_file = entry.path() / manifest_name;
    const std::string where = "content/archive/" + name + "/" + manifest_name;
    const auto text = read_file(manifest_file);
    if (!text) {
      diags.warning(
          where, {},
          "is missing: the snapshot cannot be listed or verified; run oitgen archive --verify");
      continue;
    }
    try {
      const Manifest manifest = parse_manifest(*text);
      ArchiveEntry archive{manifest.fiscal_year,
                           manifest.built_at,
                           sha256_hex(*text),
                           static_cast<int>(manifest.replaces.size()),
                           {}};
      for (const auto& file : manifest.files) archive.files.push_back(file.path);
      out.push_back(std::move(archive));
    } catch (const std::exception& e) {
      diags.warning(where, {}, std::string(e.what()) + "; run oitgen archive --verify");
    }
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.fiscal_year < b.fiscal_year; });
  return out;
}

}  // namespace oitgen
