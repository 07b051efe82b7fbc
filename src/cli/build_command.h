#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen build [SITE_DIR] [--output DIR] [--strict] ...`: check, then render the site into
// output/ (or DIR). Nothing in the output changes unless the whole build succeeds.
struct BuildArgs {
  std::vector<std::string> positional;  // SITE_DIR
  bool strict = false;
  bool no_pdf = false;
  bool for_disk = false;
  std::optional<std::string> base_url;
  std::optional<std::string> output;
  std::optional<std::string> sites;
  std::optional<std::string> theme_dir;
};
int build_command(const BuildArgs& args, Console& console);

}  // namespace oitgen
