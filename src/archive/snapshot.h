#pragma once
// Freezing a fiscal year's site into content/archive/<year>/.

#include <filesystem>
#include <optional>

#include "archive/manifest.h"
#include "model/site.h"

namespace oitgen {

// The site as it stood at the end of fiscal year `year`: reports, ITA years, news, notices
// and links of later years are left out, and the current fiscal year is `year`.
Site site_as_of(const Site& site, int year);

struct SnapshotOptions {
  int year = 0;
  bool replace = false;
  std::optional<std::filesystem::path> key_file;  // Ed25519, PEM
};

// Builds the site as of the year and stores it with its manifest (and signature). Throws
// std::runtime_error when a snapshot exists and `replace` is not set, or on a failed write;
// nothing is changed then.
Manifest create_snapshot(const std::filesystem::path& site_dir, const Site& site,
                         const SnapshotOptions& options);

}  // namespace oitgen
