#include "compute/compute.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace oitgen {

std::optional<double> implementation_level(int completed, int in_progress, int entries) {
  if (entries <= 0) return std::nullopt;
  return (completed + 0.5 * in_progress) / entries * 100.0;
}

namespace {

std::optional<Money> budget_of(const Project* project, const Report& report,
                               const ReportEntry& entry) {
  if (entry.budget) return entry.budget;
  if (!project) return std::nullopt;
  const auto planned = project->budget.find(report.fiscal_year);
  return planned != project->budget.end() && planned->second ? *planned->second : 0;
}

}  // namespace

std::optional<Money> entry_budget(const Plan& plan, const Report& report,
                                  const ReportEntry& entry) {
  const auto project = std::find_if(plan.projects.begin(), plan.projects.end(),
                                    [&](const Project& p) { return p.id == entry.project; });
  return budget_of(project == plan.projects.end() ? nullptr : &*project, report, entry);
}

ReportFigures compute_report(const Plan& plan, const Report& report) {
  ReportFigures figures;
  figures.plan_id = plan.id;
  figures.report_id = report.id;
  for (Status status : all_statuses) figures.counts[status] = 0;
  // Hashed, so that a report over many projects takes linear time.
  std::unordered_map<std::string_view, const Project*> projects;
  for (const auto& project : plan.projects) projects.emplace(project.id, &project);
  for (const auto& entry : report.entries) {
    const auto found = projects.find(entry.project);
    const auto budget = budget_of(found == projects.end() ? nullptr : found->second, report, entry);
    figures.entry_figures.push_back({entry.project, budget, entry.disbursed});
    figures.counts[entry.status] += 1;
    figures.entries += 1;
    if (!add_to(figures.budget, budget.value_or(0)) || !add_to(figures.disbursed, entry.disbursed))
      figures.overflow = true;
  }
  if (figures.budget > 0)
    figures.disbursed_percent =
        static_cast<double>(figures.disbursed) / static_cast<double>(figures.budget) * 100.0;
  figures.implementation_level = implementation_level(
      figures.counts[Status::completed], figures.counts[Status::in_progress], figures.entries);
  return figures;
}

}  // namespace oitgen
