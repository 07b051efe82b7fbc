#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen check [SITE_DIR] [--oit] [--links] [--strict]`: reports every problem of a site.
struct CheckArgs {
  std::vector<std::string> positional;  // SITE_DIR
  bool strict = false;
  bool oit = false;
  bool links = false;
  long timeout = 10;
};
int check_command(const CheckArgs& args, Console& console);

}  // namespace oitgen
