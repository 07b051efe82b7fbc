#pragma once
// Freezing a fiscal year's site into content/archive/<year>/.

#include <filesystem>
#include <optional>

#include "archive/manifest.h"
#include "model/site.h"
#include "write/staged_output.h"

namespace oitgen {

// The site as it stood at the end of fiscal year `year`: reports, ITA years, news, notices
// and links of later years are left out, and the current fiscal year is `year`.
Site site_as_of(const Site& site, int year);

struct SnapshotOptions {
  int year = 0;
  bool replace = false;
  std::optional<std::filesystem::path> key_file;  // Ed25519, PEM
};

// Whether `folder` is a snapshot that oitgen wrote: its manifest.json reads as a manifest.
bool is_snapshot_folder(const std::filesystem::path& folder);

// The owner of content/archive/<year>/: known by its manifest, it keeps no marker.
OutputOwner snapshot_owner(int year);

// Removes what killed `archive` runs left in content/archive/ (staging and old folders of any
// year), except what a running process is writing.
Leftovers remove_snapshot_leftovers(const std::filesystem::path& site_dir);

// Builds the site as of the year and stores it with its manifest (and signature), replacing
// the previous snapshot in one step (see StagedOutput). Throws std::runtime_error when a
// snapshot exists and `replace` is not set, or on a failed write, and OutputRefused when the
// year's folder is not a snapshot oitgen wrote; nothing is changed then.
Manifest create_snapshot(const std::filesystem::path& site_dir, const Site& site,
                         const SnapshotOptions& options);

}  // namespace oitgen
