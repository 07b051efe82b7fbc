#include "compute/ita_levels.h"

#include <algorithm>

namespace oitgen {

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
