#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen new DIR [--name NAME] [--kind KIND] [--province PROVINCE] [--url URL]`: writes a
// small, valid Thai starter site into DIR, asking for what the flags leave out when `in` is a
// terminal.
int new_command(const std::vector<std::string>& args, std::istream& in, bool interactive,
                std::ostream& out, std::ostream& err);

}  // namespace oitgen
