#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen new DIR [--name NAME] [--kind KIND] [--province PROVINCE] [--url URL]`: writes a
// small, valid Thai starter site into DIR, asking for what the flags leave out when `in` is a
// terminal.
struct NewArgs {
  std::vector<std::string> positional;  // DIR
  std::optional<std::string> name;
  std::optional<std::string> kind;
  std::optional<std::string> province;
  std::optional<std::string> url;
};
int new_command(const NewArgs& args, std::istream& in, bool interactive, Console& console);

}  // namespace oitgen
