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

// "1 error", "3 errors" in the reader's language, for the summary lines: trn() of `one` and
// `many` ("{1} error", "{1} errors") with the count. scripts/update-pot.sh extracts both.
std::string count_of(long long count, const char* one, const char* many);
std::string count_of_errors(int count);
std::string count_of_warnings(int count);

}  // namespace oitgen
