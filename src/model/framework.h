#pragma once
// An assessment framework: the data that changes with each year's ITA manual, the result
// level scale and the OIT checklist. Shipped as frameworks/*.json; a site may add its own.

#include <map>
#include <string>
#include <vector>

#include "model/text.h"

namespace oitgen {

struct LevelRule {
  std::string level;  // as announced, e.g. "AA" or "ผ่านดี"
  std::string en;     // English gloss, where the level is not already English
  double min_score = 0;
  std::map<std::string, double> min_parts;  // part score minima, e.g. {"OIT": 85}
};

struct OitItem {
  std::string code;  // "O36"
  Text title;
  std::string indicator;      // "10 การป้องกันการทุจริต"
  std::string sub_indicator;  // "10.1 ..."
  std::string topic;          // a finer heading inside the sub-indicator, where the manual has one
  std::vector<std::string> elements;  // what the item requires
  // Kinds of generated content that serve the item by what they are (see compute/oit.h).
  std::vector<std::string> serves;
  // 0: content of the assessment year serves the item; -1: content of the year before (an
  // annual report is assessed the year after).
  int content_year_offset = 0;
};

struct Framework {
  std::string id;  // "ita-2566"
  int assessment_year = 0;
  Text title;
  std::vector<LevelRule> levels;  // highest first; the last has min_score 0
  std::vector<OitItem> items;     // empty in frameworks that only carry a scale
  std::string file;               // where it was read from
};

}  // namespace oitgen
