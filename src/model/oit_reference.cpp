#include "model/oit_reference.h"

#include <algorithm>

namespace oitgen {

int oit_assessment_year(const SiteConfig& config, int current_fiscal_year) {
  return config.oit_year.value_or(current_fiscal_year);
}

namespace {

const Framework* newest_before(const std::vector<Framework>& frameworks, int year) {
  const Framework* newest = nullptr;
  for (const auto& framework : frameworks)
    if (!framework.items.empty() && framework.assessment_year < year &&
        (!newest || framework.assessment_year >= newest->assessment_year))
      newest = &framework;
  return newest;
}

}  // namespace

OitChoice choose_oit_framework(const SiteConfig& config, const std::vector<Framework>& frameworks,
                               int current_fiscal_year) {
  OitChoice choice;
  choice.year = oit_assessment_year(config, current_fiscal_year);
  choice.newest = newest_before(frameworks, 10000);
  choice.before = newest_before(frameworks, choice.year);
  if (!config.oit_framework.empty()) {
    choice.framework = find_framework(frameworks, config.oit_framework);
    choice.named = choice.framework != nullptr;
    if (choice.named) return choice;
  }
  for (const auto& framework : frameworks)
    if (framework.assessment_year == choice.year && !framework.items.empty())
      choice.framework = &framework;
  return choice;
}

std::string framework_new_command(int year, const std::vector<Framework>& frameworks) {
  const Framework* from = newest_before(frameworks, year);
  return "oitgen framework new " + std::to_string(year) + (from ? " --from " + from->id : "");
}

std::string missing_framework_message(const OitChoice& choice) {
  std::string text = "no OIT checklist for ITA " + std::to_string(choice.year) +
                     ", the assessment year, is shipped with oitgen or in content/frameworks/, "
                     "so no OIT coverage is computed and no oit-links.csv is written";
  if (choice.newest) {
    const bool shipped = choice.newest->file.rfind("frameworks/", 0) == 0;
    text += "; the newest " + std::string(shipped ? "shipped" : "available") + " is " +
            choice.newest->id + " (ITA " + std::to_string(choice.newest->assessment_year) + ")";
  }
  // The newest list before the year is the one to start from.
  text += "; start the year's file with: oitgen framework new " + std::to_string(choice.year);
  if (choice.before) text += " --from " + choice.before->id;
  return text;
}

bool looks_like_topic_key(const std::string& entry) {
  if (entry.empty() || entry[0] < 'a' || entry[0] > 'z') return false;
  bool underscore = false;
  bool digit = false;
  for (char c : entry) {
    if (c == '_')
      underscore = true;
    else if (c >= '0' && c <= '9')
      digit = true;
    else if (c < 'a' || c > 'z')
      return false;
  }
  // "o36" is a code written in lower case, not a topic.
  return underscore || !digit;
}

OitReference parse_oit_reference(const std::string& entry, const std::string& default_framework) {
  OitReference ref;
  if (looks_like_topic_key(entry)) {
    ref.topic = true;
    ref.key = entry;
    return ref;
  }
  if (const auto colon = entry.find(':'); colon != std::string::npos) {
    ref.qualified = true;
    ref.framework_id = entry.substr(0, colon);
    ref.key = entry.substr(colon + 1);
    return ref;
  }
  ref.key = entry;
  ref.framework_id = default_framework;
  return ref;
}

std::string unqualified_code_framework(const SiteConfig& config) {
  return config.oit_framework.empty() ? v1_framework_id : config.oit_framework;
}

OitMapping map_code(const OitItem& item, const Framework& in_use) {
  OitMapping mapping;
  mapping.topics = item.topics;
  for (const auto& other : in_use.items)
    if (std::any_of(other.topics.begin(), other.topics.end(), [&](const std::string& topic) {
          return std::find(item.topics.begin(), item.topics.end(), topic) != item.topics.end();
        }))
      mapping.codes.push_back(other.code);
  return mapping;
}

}  // namespace oitgen
