#include "compute/compute.h"

#include <chrono>

#include "model/oit_reference.h"

namespace oitgen {

Figures compute(const Site& site, const std::vector<Framework>& frameworks, const Date& today) {
  Figures figures;
  figures.current_fiscal_year = site.config.current_fiscal_year.value_or(fiscal_year_of(today));
  for (const auto& plan : site.plans) {
    figures.plans.push_back(compute_plan(plan));
    for (const auto& report : plan.reports) figures.reports.push_back(compute_report(plan, report));
  }
  for (const auto& ita : site.ita) figures.ita.push_back(compute_ita(ita, site.plans, frameworks));
  // Only the year's own checklist (or the one site.json names): codes of an older list would
  // put the site's URLs under the wrong items in ITAS.
  const OitChoice choice =
      choose_oit_framework(site.config, frameworks, figures.current_fiscal_year);
  figures.oit_year = choice.year;
  if (choice.framework && !choice.framework->items.empty())
    figures.oit = compute_oit(site, *choice.framework, choice.year, frameworks);
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
