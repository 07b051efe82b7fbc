#include "compute/compute.h"

namespace oitgen {

std::optional<double> implementation_level(int completed, int in_progress, int entries) {
  if (entries <= 0) return std::nullopt;
  return (completed + 0.5 * in_progress) / entries * 100.0;
}

std::optional<Money> entry_budget(const Plan& plan, const Report& report,
                                  const ReportEntry& entry) {
  if (entry.budget) return entry.budget;
  for (const auto& project : plan.projects) {
    if (project.id != entry.project) continue;
    const auto planned = project.budget.find(report.fiscal_year);
    return planned != project.budget.end() && planned->second ? *planned->second : 0;
  }
  return std::nullopt;
}

ReportFigures compute_report(const Plan& plan, const Report& report) {
  ReportFigures figures;
  figures.plan_id = plan.id;
  figures.report_id = report.id;
  for (Status status : all_statuses) figures.counts[status] = 0;
  for (const auto& entry : report.entries) {
    const auto budget = entry_budget(plan, report, entry);
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
