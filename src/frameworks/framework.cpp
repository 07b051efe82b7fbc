#include "frameworks/framework.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "util/embedded.h"

namespace oitgen {

Framework parse_framework(std::string_view text, const std::string& name) {
  try {
    const auto json = nlohmann::json::parse(text);
    Framework framework;
    framework.id = json.at("id").get<std::string>();
    framework.assessment_year = json.at("assessment_year").get<int>();
    framework.title.th = json.at("title").at("th").get<std::string>();
    framework.title.en = json.at("title").value("en", "");
    for (const auto& rule : json.at("scale").at("levels")) {
      LevelRule level;
      level.level = rule.at("level").get<std::string>();
      level.en = rule.value("en", "");
      level.min_score = rule.at("min_score").get<double>();
      if (rule.contains("min_parts"))
        level.min_parts = rule.at("min_parts").get<std::map<std::string, double>>();
      framework.levels.push_back(level);
    }
    if (framework.levels.empty() || framework.levels.back().min_score != 0)
      throw std::runtime_error("the last level of the scale must have min_score 0");
    return framework;
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error("framework " + name + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("framework " + name + ": " + e.what());
  }
}

const std::vector<Framework>& shipped_frameworks() {
  static const std::vector<Framework> frameworks = [] {
    std::vector<Framework> out;
    for (const auto& file : embedded_frameworks())
      out.push_back(parse_framework(file.text, std::string(file.name)));
    std::sort(out.begin(), out.end(), [](const Framework& a, const Framework& b) {
      return a.assessment_year < b.assessment_year;
    });
    return out;
  }();
  return frameworks;
}

const Framework* find_framework(const std::vector<Framework>& frameworks, const std::string& id) {
  for (const auto& framework : frameworks)
    if (framework.id == id) return &framework;
  return nullptr;
}

const Framework* framework_for_year(const std::vector<Framework>& frameworks, int year) {
  const Framework* chosen = frameworks.empty() ? nullptr : &frameworks.front();
  for (const auto& framework : frameworks)
    if (framework.assessment_year <= year) chosen = &framework;
  return chosen;
}

std::string level_for(const Framework& framework, double score,
                      const std::map<std::string, double>& parts) {
  for (const auto& rule : framework.levels) {
    if (score < rule.min_score) continue;
    const bool parts_ok =
        std::all_of(rule.min_parts.begin(), rule.min_parts.end(), [&](const auto& minimum) {
          const auto part = parts.find(minimum.first);
          return part == parts.end() || part->second >= minimum.second;
        });
    if (parts_ok) return rule.level;
  }
  return framework.levels.back().level;
}

}  // namespace oitgen
