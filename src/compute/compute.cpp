#include "compute/compute.h"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <string_view>
#include <tuple>

#include "model/oit_reference.h"

namespace oitgen {

namespace {

// The home page's report: the newest, of the current fiscal year where there is one.
const ReportFigures* latest_report(const std::vector<PlanFigures>& plans, int current_year) {
  const ReportFigures* latest = nullptr;
  for (const auto& plan : plans)
    for (const auto& figures : plan.reports) {
      const Report& report = *figures.report;
      const Report* best = latest ? latest->report : nullptr;
      const bool newer = !best || std::tie(report.fiscal_year, report.round) >
                                      std::tie(best->fiscal_year, best->round);
      if (newer && (report.fiscal_year <= current_year || !best)) latest = &figures;
    }
  return latest;
}

// The latest year up to the current one with a result to show: announced, or computed on a
// confirmed scale.
const ItaFigures* latest_ita(const std::vector<ItaFigures>& years, int current_year) {
  const ItaFigures* latest = nullptr;
  for (const auto& figures : years)
    if (figures.year <= current_year && figures.level_source != ItaLevelSource::none)
      latest = &figures;
  return latest;
}

}  // namespace

Figures compute(const Site& site, const std::vector<Framework>& frameworks, const Date& today) {
  Figures figures;
  figures.current_fiscal_year = site.config.current_fiscal_year.value_or(fiscal_year_of(today));
  // Each plan's projects indexed once, for its reports, its risks and every ITA year.
  std::vector<ProjectIndex> projects;
  projects.reserve(site.plans.size());
  for (const auto& plan : site.plans) projects.emplace_back(plan);
  figures.plans.reserve(site.plans.size());
  for (std::size_t i = 0; i < site.plans.size(); ++i)
    figures.plans.push_back(compute_plan(site.plans[i], projects[i]));
  figures.ita.reserve(site.ita.size());
  for (const auto& ita : site.ita)
    figures.ita.push_back(compute_ita(ita, site.plans, projects, frameworks));
  figures.latest_report = latest_report(figures.plans, figures.current_fiscal_year);
  figures.latest_ita = latest_ita(figures.ita, figures.current_fiscal_year);
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
  // SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) stands for
  // the clock: the same content then gives the same site on any day.
  auto now = system_clock::now();
  if (const char* set = std::getenv("SOURCE_DATE_EPOCH")) {
    const std::string_view text(set);
    long long seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error == std::errc{} && end == text.data() + text.size() && seconds >= 0)
      now = system_clock::time_point(std::chrono::seconds(seconds));
  }
  now += hours(7);
  const year_month_day day{floor<days>(now)};
  return {static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
          static_cast<int>(static_cast<unsigned>(day.day()))};
}

}  // namespace oitgen
