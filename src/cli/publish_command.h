#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen publish [TARGET] [SITE_DIR] [--delete] [--dry-run] ...`: uploads output/ to a host.
int publish_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
