#include "archive/snapshot.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "archive/signing.h"
#include "load/manifest_reader.h"
#include "util/sha256.h"
#include "write/atomic_file.h"
#include "write/output_marker.h"
#include "write/snapshot_folder.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// A manifest lists every file of a snapshot: tens of bytes per file.
constexpr std::size_t manifest_limit = 64 << 20;

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

Snapshot::Snapshot(fs::path site_dir, SnapshotOptions options)
    : site_dir_(std::move(site_dir)), options_(std::move(options)) {}

OutputSink& Snapshot::open(const CheckedSite& checked) {
  const fs::path archive = site_dir_ / "content" / "archive";
  const fs::path target = archive / std::to_string(options_.year);
  leftovers_ = remove_snapshot_leftovers(site_dir_);
  if (fs::is_symlink(fs::symlink_status(target)))
    throw OutputRefused(target.string() +
                        ": it is a symbolic link; a snapshot is a folder of content/archive/");
  if (fs::exists(target) && !options_.replace)
    throw std::runtime_error("a snapshot of " + std::to_string(options_.year) +
                             " exists already in " + target.generic_string() +
                             "; use --replace to rebuild it (the rewrite stays visible "
                             "in its manifest)");
  old_manifest_ = read_start(target / manifest_name, manifest_limit);

  manifest_.fiscal_year = options_.year;
  manifest_.oitgen_version = OITGEN_VERSION;
  for (const auto& other : checked.site.archives) {
    if (other.fiscal_year >= options_.year) continue;
    manifest_.previous_year = other.fiscal_year;
    manifest_.previous_sha256 = other.manifest_sha256;
  }
  fs::create_directories(archive);
  output_.emplace(target, snapshot_owner(options_.year));
  return *output_;
}

void Snapshot::commit() {
  const fs::path archive = site_dir_ / "content" / "archive";
  manifest_.built_at = utc_now();
  if (old_manifest_) {
    try {
      manifest_.replaces = parse_manifest(*old_manifest_).replaces;
    } catch (const std::exception&) {
      // A manifest that cannot be read is still recorded by its hash below.
    }
    manifest_.replaces.push_back(sha256_hex(*old_manifest_));
  }
  manifest_.files = hash_folder(output_->staging());
  std::erase_if(manifest_.files,
                [](const ManifestFile& file) { return file.path == output_marker_name; });
  const std::string text = manifest_json(manifest_);
  output_->write(manifest_name, text);
  if (options_.key_file) {
    const std::string public_key = public_key_pem(*options_.key_file);
    const auto published = read_start(archive / public_key_name, 64 << 10);
    if (published && *published != public_key)
      throw std::runtime_error("content/archive/" + std::string(public_key_name) +
                               " holds another key than " + options_.key_file->string() +
                               "; earlier snapshots were signed with that one");
    output_->write(signature_name, sign_ed25519(text, *options_.key_file) + "\n");
    if (!published && !create_file_whole(archive / public_key_name, public_key))
      throw std::runtime_error("content/archive/" + std::string(public_key_name) +
                               " appeared while the snapshot was built; run the command again");
  }
  output_->commit();
}

}  // namespace oitgen
