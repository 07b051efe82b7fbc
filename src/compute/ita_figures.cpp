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
  std::vector<ProjectIndex> projects;
  projects.reserve(plans.size());
  for (const auto& plan : plans) projects.emplace_back(plan);
  return compute_ita(ita, plans, projects, frameworks);
}

ItaFigures compute_ita(const ItaYear& ita, const std::vector<Plan>& plans,
                       const std::vector<ProjectIndex>& projects,
                       const std::vector<Framework>& frameworks) {
  ItaFigures figures;
  figures.ita = &ita;
  figures.year = ita.year;
  // A score outside 0 to 100 is reported by the loader and is no score to show or compare.
  if (ita.score && *ita.score >= 0 && *ita.score <= 100) figures.score = *ita.score;
  const Framework* framework = framework_for_year(frameworks, ita.year);
  if (framework) {
    figures.framework_id = framework->id;
    figures.scale_confirmed = framework->scale_confirmed;
  }
  std::string on_scale;
  if (framework && figures.score) on_scale = level_for(*framework, *figures.score, ita.parts);
  if (figures.scale_confirmed)
    figures.computed_level = on_scale;
  else
    figures.estimate = on_scale;
  if (!ita.level.empty()) {
    figures.level = ita.level;
    figures.level_source = ItaLevelSource::announced;
    // Only a confirmed scale is the NACC's rule; an estimate that differs says nothing. A
    // level that is not on the scale at all is an error of its own (validate).
    const bool on_the_scale =
        framework && std::any_of(framework->levels.begin(), framework->levels.end(),
                                 [&](const LevelRule& rule) { return rule.level == ita.level; });
    figures.disagrees =
        on_the_scale && !figures.computed_level.empty() && ita.level != figures.computed_level;
  } else if (!figures.computed_level.empty()) {
    figures.level = figures.computed_level;
    figures.level_source = ItaLevelSource::computed;
    figures.level_rule = rule_text(*framework);
  }
  for (const auto& plan : plans) {
    if (std::find(plan.years.begin(), plan.years.end(), ita.year) == plan.years.end()) continue;
    const Target* target = ita_target(plan);
    if (!target) continue;
    const auto value = target->values.find(ita.year);
    if (value == target->values.end()) continue;
    figures.target = value->second;
    if (figures.score) figures.target_met = *figures.score >= value->second;
    break;
  }
  // A measure names its project by id alone, which more than one plan may have: the last plan
  // with it (plans are in folder order, so the newest) is the one.
  figures.measures.reserve(ita.measures.size());
  for (const auto& measure : ita.measures) {
    ItaMeasureFigures& joined = figures.measures.emplace_back();
    joined.measure = &measure;
    if (measure.project.empty()) continue;
    for (std::size_t i = 0; i < plans.size() && i < projects.size(); ++i)
      if (const Project* project = projects[i].find(measure.project)) {
        joined.plan = &plans[i];
        joined.project = project;
      }
  }
  return figures;
}

}  // namespace oitgen
