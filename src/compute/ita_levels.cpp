#include "compute/ita_levels.h"

#include <algorithm>
#include <charconv>

namespace oitgen {

namespace {

// The shortest text that reads back as the same number: 95 -> "95", 84.995 -> "84.995".
std::string number_text(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace

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

std::string rule_text(const Framework& framework) {
  std::string out;
  for (std::size_t i = 0; i < framework.levels.size(); ++i) {
    const LevelRule& rule = framework.levels[i];
    if (!out.empty()) out += ", ";
    out += rule.level;
    // The lowest level (min_score 0) is every score below the level above it.
    if (rule.min_score == 0 && i > 0)
      out += " < " + number_text(framework.levels[i - 1].min_score);
    else
      out += " ≥ " + number_text(rule.min_score);
    std::string parts;
    for (const std::string name : {"IIT", "EIT", "OIT"}) {  // the NACC's order
      const auto minimum = rule.min_parts.find(name);
      if (minimum == rule.min_parts.end()) continue;
      parts += (parts.empty() ? "" : ", ") + name + " ≥ " + number_text(minimum->second);
    }
    if (!parts.empty()) out += " (" + parts + ")";
  }
  return out;
}

}  // namespace oitgen
