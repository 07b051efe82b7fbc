#pragma once
// Assessment frameworks and the OIT topic vocabulary: the files shipped with oitgen
// (frameworks/*.json, compiled in) and a site's own (content/frameworks/*.json). A new year is
// a data file, never a code change.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/framework.h"
#include "model/site.h"

namespace oitgen {

// The topic keys shipped in frameworks/topics.json.
const std::vector<OitTopic>& shipped_topics();
const OitTopic* find_topic(const std::string& key);

// Every framework shipped with oitgen, ordered by assessment year.
const std::vector<Framework>& shipped_frameworks();

// Parses one framework file, reporting problems against `file`.
std::optional<Framework> parse_framework(std::string_view text, const std::string& file,
                                         Diagnostics& diags);

// The shipped frameworks with the site's own (content/frameworks/*.json) added; a site's
// framework replaces a shipped one of the same id.
std::vector<Framework> frameworks_for(const Site& site);

}  // namespace oitgen
