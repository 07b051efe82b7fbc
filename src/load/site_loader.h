#pragma once
// Reads a site folder (the one holding content/) into the content model.

#include <filesystem>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace oitgen {

// Loads every file of the content format. Problems are reported to `diags`; what could be
// read is returned all the same, so that later checks can report their problems too.
Site load_site(const std::filesystem::path& site_dir, Diagnostics& diags);

// The snapshots in content/archive/, from their manifests (files are not hashed here).
std::vector<ArchiveEntry> load_archives(const std::filesystem::path& site_dir, Diagnostics& diags);

}  // namespace oitgen
