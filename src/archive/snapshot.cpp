#include "archive/snapshot.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "archive/signing.h"
#include "compute/compute.h"
#include "load/framework_loader.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "util/sha256.h"
#include "write/atomic_file.h"
#include "write/output_marker.h"
#include "write/staged_output.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// A manifest lists every file of a snapshot: tens of bytes per file.
constexpr std::size_t manifest_limit = 64 << 20;

bool is_year_name(const std::string& name) {
  return name.size() == 4 && std::all_of(name.begin(), name.end(), ::isdigit);
}

std::string utc_now() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto day = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{now - day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
  return buffer;
}

}  // namespace

Site site_as_of(const Site& site, int year) {
  Site out = site;
  out.config.current_fiscal_year = year;
  const Date end = fiscal_year_end(year);
  std::erase_if(out.plans,
                [&](const Plan& plan) { return !plan.years.empty() && plan.years.front() > year; });
  for (auto& plan : out.plans)
    std::erase_if(plan.reports, [&](const Report& report) { return report.fiscal_year > year; });
  std::erase_if(out.ita, [&](const ItaYear& ita) { return ita.year > year; });
  std::erase_if(out.news, [&](const Document& item) { return item.date && *item.date > end; });
  if (out.no_gift_policy && out.no_gift_policy->fiscal_year &&
      *out.no_gift_policy->fiscal_year > year)
    out.no_gift_policy.reset();
  std::erase_if(out.oit_links,
                [&](const OitLink& link) { return link.fiscal_year && *link.fiscal_year > year; });
  // A snapshot stands alone: it does not link to the other snapshots.
  out.archives.clear();
  return out;
}

bool is_snapshot_folder(const fs::path& folder) {
  const auto text = read_start(folder / manifest_name, manifest_limit);
  if (!text) return false;
  try {
    parse_manifest(*text);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

OutputOwner snapshot_owner(int year) {
  return {"oitgen archive " + std::to_string(year), "manifest.json that oitgen can read", false,
          is_snapshot_folder};
}

Leftovers remove_snapshot_leftovers(const fs::path& site_dir) {
  const fs::path archive = site_dir / "content" / "archive";
  if (!fs::is_directory(fs::symlink_status(archive))) return {};
  return remove_leftovers(archive, is_year_name, is_snapshot_folder);
}

Manifest create_snapshot(const fs::path& site_dir, const Site& site,
                         const SnapshotOptions& options) {
  const fs::path archive = site_dir / "content" / "archive";
  const fs::path target = archive / std::to_string(options.year);
  const auto old_manifest = read_start(target / manifest_name, manifest_limit);
  if (fs::is_symlink(fs::symlink_status(target)))
    throw OutputRefused(target.string() +
                        ": it is a symbolic link; a snapshot is a folder of content/archive/");
  if (fs::exists(target) && !options.replace)
    throw std::runtime_error("a snapshot of " + std::to_string(options.year) +
                             " exists already in " + target.generic_string() +
                             "; use --replace to rebuild it (the rewrite stays visible "
                             "in its manifest)");

  // The snapshot's pages name their archived address as their own.
  Site frozen = site_as_of(site, options.year);
  frozen.config.base_url += "archive/" + std::to_string(options.year) + "/";
  const auto frameworks = frameworks_for(frozen);
  const Figures figures = compute(frozen, frameworks, fiscal_year_end(options.year));
  Diagnostics theme_diags;
  const Theme theme = Theme::load(site_dir, frozen.config.theme, theme_diags);
  if (theme_diags.error_count() > 0)
    throw std::runtime_error(format_diagnostic(theme_diags.all().front()));

  fs::create_directories(archive);
  StagedOutput output(target, snapshot_owner(options.year));
  render_site(frozen, figures, theme, site_dir, output);

  Manifest manifest;
  manifest.fiscal_year = options.year;
  manifest.built_at = utc_now();
  manifest.oitgen_version = OITGEN_VERSION;
  for (const auto& other : site.archives) {
    if (other.fiscal_year >= options.year) continue;
    manifest.previous_year = other.fiscal_year;
    manifest.previous_sha256 = other.manifest_sha256;
  }
  if (old_manifest) {
    try {
      manifest.replaces = parse_manifest(*old_manifest).replaces;
    } catch (const std::exception&) {
      // A manifest that cannot be read is still recorded by its hash below.
    }
    manifest.replaces.push_back(sha256_hex(*old_manifest));
  }
  manifest.files = hash_folder(output.staging());
  std::erase_if(manifest.files,
                [](const ManifestFile& file) { return file.path == output_marker_name; });
  const std::string text = manifest_json(manifest);
  output.write(manifest_name, text);
  if (options.key_file) {
    const std::string public_key = public_key_pem(*options.key_file);
    const auto published = read_start(archive / public_key_name, 64 << 10);
    if (published && *published != public_key)
      throw std::runtime_error("content/archive/" + std::string(public_key_name) +
                               " holds another key than " + options.key_file->string() +
                               "; earlier snapshots were signed with that one");
    output.write(signature_name, sign_ed25519(text, *options.key_file) + "\n");
    if (!published && !create_file_whole(archive / public_key_name, public_key))
      throw std::runtime_error("content/archive/" + std::string(public_key_name) +
                               " appeared while the snapshot was built; run the command again");
  }
  output.commit();
  return manifest;
}

}  // namespace oitgen
