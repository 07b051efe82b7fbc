#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// `oitgen framework new YEAR [--from ID] [SITE_DIR]`: starts a new year's framework file,
// content/frameworks/ita-YEAR.json, as an unconfirmed copy of an earlier year's.
int framework_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Writes content/frameworks/ita-YEAR.json of the site in `site_dir` as an unconfirmed copy of
// framework `from_id` (empty: the newest before YEAR); returns the command's exit status.
int new_framework(const std::string& year_text, const std::string& from_id,
                  const std::filesystem::path& site_dir, std::ostream& out, std::ostream& err);

}  // namespace oitgen
