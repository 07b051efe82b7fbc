#pragma once
// The steps every command starts with: load, validate, compute, audit.

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "compute/figures.h"
#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace oitgen {

struct CheckedSite {
  Site site;
  std::vector<Framework> frameworks;  // shipped and the site's own
  Figures figures;
};

CheckedSite load_and_check(const std::filesystem::path& site_dir, Diagnostics& diags);

// Paths in messages are relative to the current folder, as the user typed the site folder.
std::string display_prefix(const std::filesystem::path& site_dir);
void print_diagnostics(const Diagnostics& diags, const std::string& prefix, std::ostream& out);

}  // namespace oitgen
