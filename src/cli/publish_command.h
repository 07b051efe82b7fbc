#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen publish [TARGET] [SITE_DIR] [options]`: uploads the output, only what changed.
struct PublishArgs {
  std::vector<std::string> positional;  // [TARGET] [SITE_DIR]
  bool dry_run = false;
  bool delete_stale = false;
  std::optional<std::string> output;
  std::string cacert;
  std::string known_hosts;
  std::optional<long> timeout;
};
int publish_command(const PublishArgs& args, Console& console);

}  // namespace oitgen
