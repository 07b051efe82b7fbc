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

// What an OIT item asks for, by a key that stays the same when the NACC renumbers the list
// (frameworks/topics.json): content says what it is, each year's framework says which code.
struct OitTopic {
  std::string key;  // "anti_corruption_plan"
  Text title;
};

struct OitItem {
  std::string code;  // "O36"
  Text title;
  std::string indicator;      // "10 การป้องกันการทุจริต"
  std::string sub_indicator;  // "10.1 ..."
  std::string heading;        // a finer heading inside the sub-indicator, where the manual has one
  std::vector<std::string> elements;  // what the item requires
  std::vector<std::string> topics;    // topic keys the item asks for
  // 0: content of the assessment year serves the item; -1: content of the year before (an
  // annual report is assessed the year after).
  int content_year_offset = 0;
  bool confirmed = false;            // code and title seen in the year's manual or list
  std::vector<std::string> sources;  // where the item was seen
  std::string note;                  // for maintainers; never shown to readers
};

struct Framework {
  std::string id;  // "ita-2566"
  int assessment_year = 0;
  Text title;
  std::vector<LevelRule> levels;  // highest first; the last has min_score 0
  // The thresholds are the NACC's published rule. Otherwise a level from them is an estimate
  // and only an announced level may be shown as the result.
  bool scale_confirmed = false;
  std::vector<std::string> scale_sources;
  std::vector<OitItem> items;  // empty in frameworks that only carry a scale
  std::vector<std::string> sources;
  std::string note;
  std::string file;  // where it was read from
};

const Framework* find_framework(const std::vector<Framework>& frameworks, const std::string& id);

// The framework whose scale applies to the ITA of `year`: the latest one not after that
// year, or the earliest one for years before any framework.
const Framework* framework_for_year(const std::vector<Framework>& frameworks, int year);

const OitItem* find_item(const Framework& framework, const std::string& code);

}  // namespace oitgen
