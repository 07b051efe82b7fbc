#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen serve [SITE_DIR] [--port N] [--bind ADDRESS] [--strict]`: the live preview.
struct ServeArgs {
  std::vector<std::string> positional;  // SITE_DIR
  bool strict = false;
  std::optional<std::string> port;
  std::optional<std::string> bind;
};
int serve_command(const ServeArgs& args, Console& console);

}  // namespace oitgen
