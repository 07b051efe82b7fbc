#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen check [SITE_DIR] [--strict]`: load, validate and compute; print every problem.
// Returns the exit code: 0 clean (or warnings only), 1 errors, 2 usage.
int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
