#pragma once

#include <vector>

#include "compute/figures.h"
#include "compute/project_index.h"
#include "model/framework.h"
#include "model/site.h"

namespace oitgen {

// Figures point into the records they are computed from, which must outlive them: a
// temporary is refused. `projects` is the plan's, where the caller has indexed it already.
PlanFigures compute_plan(const Plan& plan);
PlanFigures compute_plan(const Plan& plan, const ProjectIndex& projects);
PlanFigures compute_plan(const Plan&& plan) = delete;
ReportFigures compute_report(const Plan& plan, const Report& report);
ReportFigures compute_report(const Plan& plan, const Report& report, const ProjectIndex& projects);
ReportFigures compute_report(const Plan&& plan, const Report& report) = delete;
ReportFigures compute_report(const Plan& plan, const Report&& report) = delete;
// The level to show: as announced, else computed on a scale confirmed as the NACC's rule,
// else none (ItaLevelSource). `plans` give the ITA score target of the year, where one exists,
// and the projects that the measures name (by id alone: the last plan with the id).
ItaFigures compute_ita(const ItaYear& ita, const std::vector<Plan>& plans,
                       const std::vector<Framework>& frameworks);
// `projects` holds each plan's index, in the order of `plans`.
ItaFigures compute_ita(const ItaYear& ita, const std::vector<Plan>& plans,
                       const std::vector<ProjectIndex>& projects,
                       const std::vector<Framework>& frameworks);
ItaFigures compute_ita(const ItaYear&& ita, const std::vector<Plan>& plans,
                       const std::vector<Framework>& frameworks) = delete;

// Maps the site's pages and links to the framework's OIT items for the assessment year.
// Unqualified codes are the framework's own.
OitCoverage compute_oit(const Site& site, const Framework& framework, int assessment_year);
// Unqualified codes belong to site.json's oit_framework, else ita-2566; a code of another
// framework in `frameworks` serves the items of `framework` that list its item's topics.
OitCoverage compute_oit(const Site& site, const Framework& framework, int assessment_year,
                        const std::vector<Framework>& frameworks);

// Implementation level: (completed + ½·in_progress) ÷ planned projects × 100.
std::optional<double> implementation_level(int completed, int in_progress, int planned);

// `today` sets the current fiscal year when site.json does not.
Figures compute(const Site& site, const std::vector<Framework>& frameworks, const Date& today);
Figures compute(const Site&& site, const std::vector<Framework>& frameworks,
                const Date& today) = delete;

// Today's date in Thailand (UTC+7), where the fiscal year turns; the day of
// SOURCE_DATE_EPOCH (seconds since 1970 UTC) when that is set.
Date today_in_thailand();

}  // namespace oitgen
