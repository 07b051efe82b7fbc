#pragma once
// The frameworks shipped with oitgen (frameworks/*.json, compiled in), a site's own, and the
// lookups over them. A new year is a data file, never a code change.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/framework.h"
#include "model/site.h"

namespace oitgen {

// Every framework shipped with oitgen, ordered by assessment year.
const std::vector<Framework>& shipped_frameworks();

// Parses one framework file, reporting problems against `file`.
std::optional<Framework> parse_framework(std::string_view text, const std::string& file,
                                         Diagnostics& diags);

// The shipped frameworks with the site's own (content/frameworks/*.json) added; a site's
// framework replaces a shipped one of the same id.
std::vector<Framework> frameworks_for(const Site& site);

const Framework* find_framework(const std::vector<Framework>& frameworks, const std::string& id);

// The framework whose scale applies to the ITA of `year`: the latest one not after that
// year, or the earliest one for years before any framework.
const Framework* framework_for_year(const std::vector<Framework>& frameworks, int year);

// The level of a score on a framework's scale. Part minima are checked for the parts given.
std::string level_for(const Framework& framework, double score,
                      const std::map<std::string, double>& parts);

}  // namespace oitgen
