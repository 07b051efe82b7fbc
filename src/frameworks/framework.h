#pragma once
// Assessment frameworks: the data that changes with each year's ITA manual (the result level
// scale now; the OIT checklist items later). They ship as frameworks/*.json, never as code.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site.h"

namespace oitgen {

struct LevelRule {
  std::string level;  // as announced, e.g. "AA" or "ผ่านดี"
  std::string en;     // English gloss, where the level is not already English
  double min_score = 0;
  std::map<std::string, double> min_parts;  // part score minima, e.g. {"OIT": 85}
};

struct Framework {
  std::string id;  // "ita-2566"
  int assessment_year = 0;
  Text title;
  std::vector<LevelRule> levels;  // highest first; the last has min_score 0
};

// Every framework shipped with oitgen, ordered by assessment year.
const std::vector<Framework>& shipped_frameworks();

// Parses one framework file; throws std::runtime_error naming `name` when it is malformed.
Framework parse_framework(std::string_view text, const std::string& name);

const Framework* find_framework(const std::vector<Framework>& frameworks, const std::string& id);

// The framework whose scale applies to the ITA of `year`: the latest one not after that
// year, or the earliest one for years before any framework.
const Framework* framework_for_year(const std::vector<Framework>& frameworks, int year);

// The level of a score on a framework's scale. Part minima are checked for the parts given.
std::string level_for(const Framework& framework, double score,
                      const std::map<std::string, double>& parts);

}  // namespace oitgen
