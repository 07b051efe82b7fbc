#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen build [SITE_DIR] [--output DIR] [--strict]`: check, then render the site into
// output/ (or DIR). Nothing in the output changes unless the whole build succeeds.
int build_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
