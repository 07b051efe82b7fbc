#include "compute/compute.h"

#include <chrono>

namespace oitgen {

Figures compute(const Site& site, const std::vector<Framework>& frameworks, const Date& today) {
  Figures figures;
  figures.current_fiscal_year = site.config.current_fiscal_year.value_or(fiscal_year_of(today));
  for (const auto& plan : site.plans) {
    figures.plans.push_back(compute_plan(plan));
    for (const auto& report : plan.reports) figures.reports.push_back(compute_report(plan, report));
  }
  for (const auto& ita : site.ita) figures.ita.push_back(compute_ita(ita, site.plans, frameworks));
  for (const auto& framework : frameworks)
    if (framework.id == site.config.oit_framework && !framework.items.empty())
      figures.oit = compute_oit(site, framework, figures.current_fiscal_year);
  return figures;
}

Date today_in_thailand() {
  using namespace std::chrono;
  const auto now = system_clock::now() + hours(7);
  const year_month_day day{floor<days>(now)};
  return {static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
          static_cast<int>(static_cast<unsigned>(day.day()))};
}

}  // namespace oitgen
