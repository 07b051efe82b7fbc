#include "validate/report_checks.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

void warning(Diagnostics& diags, const Source& source, const std::string& field, std::string code,
             std::string message) {
  diags.warning(source.file, source.at(field), std::move(code), std::move(message));
}

std::string project_name(const Project& project) {
  return project.id +
         (project.number ? trf(" (number {1})", {std::to_string(*project.number)}) : std::string());
}

// The 6-month round covers October to March of its fiscal year; the 12-month round the year.
Date round_end(const Report& report) {
  const Date start = fiscal_year_start(report.fiscal_year);
  return report.round == Round::six_month ? Date{start.year + 1, 3, 31}
                                          : fiscal_year_end(report.fiscal_year);
}

std::string planned_but_not_planned(const Plan& plan, const Project& project, int fiscal_year) {
  const std::string year = std::to_string(fiscal_year);
  return trf(
      "project {1} is planned for {2} in plan {3} (budget {4}), so its status cannot be "
      "not_planned; give the status it has (not_reported, in_progress, completed or "
      "not_possible), or, if the plan no longer has it for {2}, set its budget for {2} to "
      "null in {5}",
      {project_name(project), year, plan.id, format_baht(*project.budget.at(fiscal_year)),
       project.source.file});
}

std::string unplanned_with_status(const Plan& plan, const Project& project,
                                  const std::string& year) {
  return trf(
      "project {1} is not planned for {2} in plan {3} (no budget for {2}), so this entry is "
      "not counted; give it status \"not_planned\", or, if the plan now has it for {2}, "
      "give it a budget for {2} (0 when no money is needed)",
      {project_name(project), year, plan.id});
}

std::string money_not_counted(const Project& project, const ReportEntry& entry,
                              const std::string& year) {
  const bool spent = entry.disbursed > 0;
  const std::string amount = format_baht(spent ? entry.disbursed : *entry.budget);
  if (spent)
    return trf(
        "disbursed {1} of {2} is not counted in this report's figures, since the project "
        "is not planned for {3}; if it was carried out in {3}, give it a budget for {3} "
        "and report its status",
        {amount, project.id, year});
  return trf(
      "budget {1} of {2} is not counted in this report's figures, since the project is "
      "not planned for {3}; if it was carried out in {3}, give it a budget for {3} and "
      "report its status",
      {amount, project.id, year});
}

}  // namespace

void check_planned_entries(const Plan& plan, const Report& report, Diagnostics& diags) {
  const int year = report.fiscal_year;
  // Without the year, or with a year the plan does not have (both reported), nothing is planned.
  if (year == 0 || plan.years.empty() ||
      std::find(plan.years.begin(), plan.years.end(), year) == plan.years.end())
    return;
  std::unordered_map<std::string_view, const Project*> projects;
  for (const auto& project : plan.projects) projects.emplace(project.id, &project);
  const std::string year_text = std::to_string(year);
  for (const auto& entry : report.entries) {
    const auto found = projects.find(entry.project);
    if (found == projects.end() || found->second->budget_unreadable) continue;
    const Project& project = *found->second;
    const bool planned = planned_in(project, year);
    if (planned && entry.status == Status::not_planned) {
      diags.error(report.source.file, entry.source.at("status"), "report.planned-not-planned",
                  planned_but_not_planned(plan, project, year));
    } else if (!planned && entry.status != Status::not_planned) {
      warning(diags, entry.source, "status", "report.not-counted",
              unplanned_with_status(plan, project, year_text));
    } else if (!planned && (entry.disbursed > 0 || entry.budget.value_or(0) > 0)) {
      warning(diags, entry.source, entry.disbursed > 0 ? "disbursed" : "budget",
              "report.not-counted", money_not_counted(project, entry, year_text));
    }
  }
}

void check_as_of(const Report& report, Diagnostics& diags) {
  if (!report.as_of || (report.fiscal_year == 0 && (!report.from || !report.to))) return;
  const Date from = report.from ? *report.from : fiscal_year_start(report.fiscal_year);
  const Date to = report.to ? *report.to : round_end(report);
  if (to < from) return;  // reported with the period
  const Date latest = add_days(to, as_of_days_after_period);
  const Date as_of = *report.as_of;
  if (as_of >= from && as_of <= latest) return;
  const std::string where =
      as_of < from
          ? "before the report's period (" + to_iso(from) + " to " + to_iso(to) + ") starts"
          : "long after the report's period (" + to_iso(from) + " to " + to_iso(to) + ")";
  warning(diags, report.source, "as_of", "report.as-of-outside",
          "as_of " + to_iso(as_of) + " is " + where + "; the data of a report is dated from " +
              to_iso(from) + " to " + to_iso(latest) + " (its period and up to " +
              std::to_string(as_of_days_after_period) + " days after it)");
}

void check_added(const Plan& plan, const Project& project, Diagnostics& diags) {
  if (!project.added) return;
  const Date added = *project.added;
  if (plan.announced.date && added < *plan.announced.date)
    warning(diags, project.source, "added", "project.added-before-announced",
            "project " + project.id + " is marked added on " + to_iso(added) + ", before plan " +
                plan.id + " was announced on " + to_iso(*plan.announced.date) +
                "; \"added\" is the date a project joined the plan after it was announced: "
                "correct it, or remove it if the project was in the plan as announced");
  // After the plan's end every budget year would precede it: one message says it.
  if (!plan.years.empty() && added > fiscal_year_end(plan.years.back())) {
    warning(diags, project.source, "added", "project.added-after-plan",
            "project " + project.id + " is marked added on " + to_iso(added) + ", after plan " +
                plan.id + " ends on " + to_iso(fiscal_year_end(plan.years.back())));
    return;
  }
  const int added_year = fiscal_year_of(added);
  for (const auto& [year, amount] : project.budget)
    if (amount && year < added_year)
      warning(diags, project.source, "budget." + std::to_string(year),
              "project.budget-before-added",
              "project " + project.id + " was added on " + to_iso(added) + " (fiscal year " +
                  std::to_string(added_year) + ") but has a budget for " + std::to_string(year) +
                  ", which ended before it was added; set the budget for " + std::to_string(year) +
                  " to null, or correct \"added\"");
}

}  // namespace oitgen
