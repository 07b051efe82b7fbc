#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen archive YEAR [SITE_DIR] [--replace] [--sign KEYFILE]` freezes a fiscal year;
// `oitgen archive --verify [SITE_DIR | URL]` proves the snapshots unchanged.
int archive_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
