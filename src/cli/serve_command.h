#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen serve [SITE_DIR] [--port N] [--bind ADDRESS] [--strict]`: the live preview.
int serve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
