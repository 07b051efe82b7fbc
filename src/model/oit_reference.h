#pragma once
// Which OIT checklist applies, and what an entry of `oit:` (front matter) or of
// content/oit/links.json serves under it. Checklists are renumbered from year to year, so a
// topic key says what content is, and a code belongs to one framework year.

#include <optional>
#include <string>
#include <vector>

#include "model/framework.h"
#include "model/site.h"

namespace oitgen {

// The framework that unqualified codes belong to when site.json names no oit_framework: the
// only checklist that content written before assessment years were explicit could mean.
inline constexpr const char* v1_framework_id = "ita-2566";

// The year whose OIT checklist applies: site.json's oit_year, else the current fiscal year
// (ITA N is assessed during fiscal year N).
int oit_assessment_year(const SiteConfig& config, int current_fiscal_year);

struct OitChoice {
  int year = 0;                          // the assessment year
  const Framework* framework = nullptr;  // none: no checklist for the year
  bool named = false;                    // site.json's oit_framework chose it
  const Framework* newest = nullptr;     // the newest framework with OIT items
  const Framework* before = nullptr;     // the newest one before the year, to start it from
};

// site.json's oit_framework when it names a known framework, else the framework (shipped or
// the site's own) whose assessment_year is the year exactly. Never an older year's list.
OitChoice choose_oit_framework(const SiteConfig& config, const std::vector<Framework>& frameworks,
                               int current_fiscal_year);

// "no OIT checklist for ITA 2570 ...; start it with: oitgen framework new 2570 --from ita-2569"
std::string missing_framework_message(const OitChoice& choice);

// The command that starts the year's file, from the newest framework before it.
std::string framework_new_command(int year, const std::vector<Framework>& frameworks);

struct OitReference {
  bool topic = false;        // a topic key
  std::string key;           // the topic key, or the code ("O36")
  std::string framework_id;  // a code's framework: its qualifier, else the default
  bool qualified = false;    // written "ita-2569:O23"
};

// Topic keys are lower-case words joined by "_" ("no_gift_activity", "news"); codes are
// "O36", or "ita-2569:O23" for a code of a named framework.
bool looks_like_topic_key(const std::string& entry);

// `default_framework`: the framework of unqualified codes (unqualified_code_framework()).
OitReference parse_oit_reference(const std::string& entry, const std::string& default_framework);

// site.json's oit_framework, else ita-2566.
std::string unqualified_code_framework(const SiteConfig& config);

// What a code of `from` serves in `in_use`: the items that list a topic of the code's item.
struct OitMapping {
  std::vector<std::string> codes;   // in `in_use`, in its order
  std::vector<std::string> topics;  // of the code's item in `from`
};
OitMapping map_code(const OitItem& item, const Framework& in_use);

}  // namespace oitgen
