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

}  // namespace oitgen
