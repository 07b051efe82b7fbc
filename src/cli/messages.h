#pragma once
// How the commands print the pipeline's diagnostics.

#include <filesystem>
#include <ostream>
#include <string>

#include "diagnostics/diagnostics.h"

namespace oitgen {

// Paths in messages are relative to the current folder, as the user typed the site folder.
std::string display_prefix(const std::filesystem::path& site_dir);
void print_diagnostics(const Diagnostics& diags, const std::string& prefix, std::ostream& out);

}  // namespace oitgen
