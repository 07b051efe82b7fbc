#include "compute/compute.h"
#include "compute/ita_levels.h"

#include <algorithm>

namespace oitgen {

namespace {

// The plan's ITA score target: the target marked "kind": "ita_score", or else one whose title
// names the ITA score (plans written before "kind" existed).
const Target* ita_target(const Plan& plan) {
  for (const auto& target : plan.targets)
    if (target.kind == "ita_score") return &target;
  for (const auto& target : plan.targets)
    if (target.title.th.find("ITA") != std::string::npos) return &target;
  return nullptr;
}

}  // namespace

ItaFigures compute_ita(const ItaYear& ita, const std::vector<Plan>& plans,
                       const std::vector<Framework>& frameworks) {
  ItaFigures figures;
  figures.year = ita.year;
  figures.announced = !ita.level.empty();
  figures.level = ita.level;
  // Without a usable score (reported by the loader) there is no level to compute or compare.
  if (!ita.score || *ita.score < 0 || *ita.score > 100) return figures;
  figures.score = *ita.score;
  if (const Framework* framework = framework_for_year(frameworks, ita.year)) {
    figures.framework_id = framework->id;
    figures.computed_level = level_for(*framework, figures.score, ita.parts);
  }
  if (!figures.announced) figures.level = figures.computed_level;
  figures.disagrees =
      figures.announced && !figures.computed_level.empty() && ita.level != figures.computed_level;
  for (const auto& plan : plans) {
    if (std::find(plan.years.begin(), plan.years.end(), ita.year) == plan.years.end()) continue;
    const Target* target = ita_target(plan);
    if (!target) continue;
    const auto value = target->values.find(ita.year);
    if (value == target->values.end()) continue;
    figures.target = value->second;
    figures.target_met = figures.score >= value->second;
    break;
  }
  return figures;
}

}  // namespace oitgen
