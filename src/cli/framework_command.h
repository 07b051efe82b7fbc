#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen framework new YEAR [--from ID] [SITE_DIR]`: starts a new year's framework file,
// content/frameworks/ita-YEAR.json, as an unconfirmed copy of an earlier year's.
int framework_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
