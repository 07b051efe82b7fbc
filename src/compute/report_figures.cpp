#include <string_view>
#include <unordered_set>

#include "compute/compute.h"

namespace oitgen {

std::optional<double> implementation_level(int completed, int in_progress, int planned) {
  if (planned <= 0) return std::nullopt;
  return (completed + 0.5 * in_progress) / planned * 100.0;
}

namespace {

// Counted unless the project is known and not planned in the report's year. Without the year
// or the project's budget (reported by the loader) every entry is counted, as nothing can be
// told apart.
bool counted(const Project* project, const Report& report) {
  return !project || project->budget_unreadable || report.fiscal_year == 0 ||
         planned_in(*project, report.fiscal_year);
}

std::optional<Money> budget_of(const Project* project, const Report& report,
                               const ReportEntry& entry) {
  if (entry.budget) return entry.budget;
  if (!project || !counted(project, report)) return std::nullopt;
  const auto planned = project->budget.find(report.fiscal_year);
  return planned != project->budget.end() && planned->second ? *planned->second : 0;
}

}  // namespace

ReportFigures compute_report(const Plan& plan, const Report& report) {
  return compute_report(plan, report, ProjectIndex(plan));
}

ReportFigures compute_report(const Plan& plan, const Report& report, const ProjectIndex& projects) {
  ReportFigures figures;
  figures.plan = &plan;
  figures.report = &report;
  for (Status status : all_statuses) figures.counts[status] = 0;
  std::unordered_set<std::string_view> listed;
  figures.rows.reserve(report.entries.size());
  for (const auto& entry : report.entries) {
    listed.insert(entry.project);
    const Project* project = projects.find(entry.project);
    const auto budget = budget_of(project, report, entry);
    const bool counts = counted(project, report);
    figures.rows.push_back({&entry, project, budget, entry.disbursed, counts});
    if (project && project->added) figures.lists_added = true;
    if (!counts) {
      figures.not_counted += 1;
      continue;
    }
    // A planned project written as not_planned (an error) still counts, as not reported: a
    // report never drops a project that the plan has for the year.
    figures.counts[entry.status == Status::not_planned ? Status::not_reported : entry.status] += 1;
    figures.entries += 1;
    if (project && project->added) figures.added += 1;
    if (!add_to(figures.budget, budget.value_or(0)) || !add_to(figures.disbursed, entry.disbursed))
      figures.overflow = true;
  }
  if (report.fiscal_year != 0)
    for (const auto& project : plan.projects)
      if (planned_in(project, report.fiscal_year) && !listed.count(project.id)) {
        figures.missing += 1;
        figures.counts[Status::not_reported] += 1;
        if (project.added) figures.added += 1;
      }
  figures.planned = figures.entries + figures.missing;
  figures.original = figures.planned - figures.added;
  if (figures.budget > 0)
    figures.disbursed_percent =
        static_cast<double>(figures.disbursed) / static_cast<double>(figures.budget) * 100.0;
  figures.implementation_level = implementation_level(
      figures.counts[Status::completed], figures.counts[Status::in_progress], figures.planned);
  return figures;
}

}  // namespace oitgen
