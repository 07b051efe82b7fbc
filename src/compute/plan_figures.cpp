#include "compute/compute.h"

namespace oitgen {

namespace {

BudgetTotals empty_totals(const Plan& plan) {
  BudgetTotals totals;
  for (int year : plan.years) {
    totals.by_year[year] = 0;
    totals.planned_by_year[year] = 0;
  }
  return totals;
}

// Amounts are bounded (max_money) but a plan may hold very many of them; every sum is checked.
void add_amount(BudgetTotals& into, Money& total, Money amount) {
  if (!add_to(total, amount)) into.overflow = true;
}

void add(BudgetTotals& into, const BudgetTotals& project) {
  for (const auto& [year, amount] : project.by_year) add_amount(into, into.by_year[year], amount);
  for (const auto& [year, count] : project.planned_by_year) into.planned_by_year[year] += count;
  add_amount(into, into.all_years, project.all_years);
  into.projects += project.projects;
  into.overflow = into.overflow || project.overflow;
}

}  // namespace

PlanFigures compute_plan(const Plan& plan) {
  PlanFigures figures;
  figures.plan_id = plan.id;
  figures.totals = empty_totals(plan);
  for (const auto& dimension : plan.dimensions) {
    DimensionFigures d{dimension.number, empty_totals(plan), {}};
    for (const auto& mission : dimension.missions)
      d.missions.push_back({mission.number, empty_totals(plan)});
    figures.dimensions.push_back(d);
  }
  for (const auto& project : plan.projects) {
    BudgetTotals own = empty_totals(plan);
    own.projects = 1;
    for (const auto& [year, amount] : project.budget) {
      if (!amount) continue;  // not planned that year
      add_amount(own, own.by_year[year], *amount);
      own.planned_by_year[year] += 1;
      add_amount(own, own.all_years, *amount);
    }
    figures.projects[project.id] = own;
    add(figures.totals, own);
    for (auto& dimension : figures.dimensions) {
      if (dimension.number != project.dimension) continue;
      add(dimension.totals, own);
      for (auto& mission : dimension.missions)
        if (mission.number == project.mission) add(mission.totals, own);
    }
  }
  for (const auto& [year, declared] : plan.declared_totals) {
    const auto computed = figures.totals.by_year.find(year);
    const Money sum = computed == figures.totals.by_year.end() ? 0 : computed->second;
    if (sum != declared) figures.declared_differences.push_back({year, declared, sum});
  }
  return figures;
}

}  // namespace oitgen
