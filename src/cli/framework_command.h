#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen framework new YEAR [--from ID] [SITE_DIR]`: starts a year's OIT checklist.
struct FrameworkArgs {
  std::vector<std::string> positional;  // YEAR [SITE_DIR]
  std::string from;
};
int framework_new_command(const FrameworkArgs& args, Console& console);

// Writes content/frameworks/ita-YEAR.json of the site in `site_dir` as an unconfirmed copy of
// framework `from_id` (empty: the newest before YEAR); returns the command's exit status.
int new_framework(const std::string& year_text, const std::string& from_id,
                  const std::filesystem::path& site_dir, std::ostream& out, std::ostream& err);

}  // namespace oitgen
