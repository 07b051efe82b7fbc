#pragma once
// The rule that turns a score into a level of a framework's scale.

#include <map>
#include <string>

#include "model/framework.h"

namespace oitgen {

// The first level, from the highest down, whose min_score the score reaches and whose part
// minima the given parts reach (parts an ITA year does not give are not checked).
std::string level_for(const Framework& framework, double score,
                      const std::map<std::string, double>& parts);

// The scale written out, highest level first, as a reader checks it against the score:
// "AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F < 50". Part minima follow their level
// in parentheses: "ผ่านดี ≥ 85 (IIT ≥ 85, EIT ≥ 85, OIT ≥ 85)". ASCII digits.
std::string rule_text(const Framework& framework);

}  // namespace oitgen
