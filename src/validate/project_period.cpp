#include "validate/project_period.h"

#include <vector>

#include "model/period.h"
#include "util/text.h"

namespace oitgen {

namespace {

// "2566", "2566 and 2568", "2566 to 2570" (consecutive), "2566, 2567 and 2569".
std::string years_text(const std::vector<int>& years) {
  if (years.size() == 1) return std::to_string(years[0]);
  if (years.size() > 2 && years.back() - years.front() + 1 == static_cast<int>(years.size()))
    return std::to_string(years.front()) + " to " + std::to_string(years.back());
  std::string out;
  for (std::size_t i = 0; i < years.size(); ++i)
    out += (i == 0 ? "" : i + 1 == years.size() ? " and " : ", ") + std::to_string(years[i]);
  return out;
}

std::string fiscal_years(const std::vector<int>& years) {
  return (years.size() == 1 ? "fiscal year " : "fiscal years ") + years_text(years);
}

}  // namespace

void check_project_period(const Project& project, Diagnostics& diags) {
  const auto named = period_fiscal_years(project.period.th);
  if (!named) return;
  const std::vector<int> period_years(named->begin(), named->end());
  const std::string period =
      "period " + quote(project.period.th) + " (" + fiscal_years(period_years) + ")";
  std::vector<int> budget_outside;
  for (const auto& [year, amount] : project.budget)
    if (amount && !named->count(year)) budget_outside.push_back(year);
  for (int year : budget_outside)
    diags.warning(project.source.file, project.source.at("budget." + std::to_string(year)),
                  "budget for " + std::to_string(year) + " is outside the project's " + period);
  std::vector<int> without_budget;
  for (int year : period_years) {
    const auto budget = project.budget.find(year);
    if (budget == project.budget.end() || !budget->second) without_budget.push_back(year);
  }
  if (!without_budget.empty())
    diags.warning(project.source.file, project.source.at("period"),
                  period + " names " + fiscal_years(without_budget) +
                      " but the project has no budget for " +
                      (without_budget.size() == 1 ? "it" : "them") +
                      "; write 0 for a year planned without money, or correct the period");
}

}  // namespace oitgen
