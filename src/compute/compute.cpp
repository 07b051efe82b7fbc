#include "compute/compute.h"

namespace oitgen {

Figures compute(const Site& site, const std::vector<Framework>& frameworks) {
  Figures figures;
  for (const auto& plan : site.plans) {
    figures.plans.push_back(compute_plan(plan));
    for (const auto& report : plan.reports) figures.reports.push_back(compute_report(plan, report));
  }
  for (const auto& ita : site.ita) figures.ita.push_back(compute_ita(ita, site.plans, frameworks));
  return figures;
}

}  // namespace oitgen
