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

// Each figure of `group` beside the computed one of `totals`; `prefix` names its fields.
void add_declared(const DeclaredGroup& group, std::optional<int> dimension,
                  const BudgetTotals& totals, const std::string& prefix,
                  std::vector<DeclaredFigure>& into) {
  // Both are never negative (a count, or a sum that did not overflow), so the difference fits.
  auto add = [&](DeclaredKind kind, int year, long long declared, long long computed,
                 const std::string& field) {
    into.push_back({kind, dimension, year, declared, computed, declared - computed, field});
  };
  for (const auto& [year, declared] : group.budget) {
    // A year outside the plan has no computed total to compare with (validate reports it).
    const auto computed = totals.by_year.find(year);
    if (computed != totals.by_year.end())
      add(DeclaredKind::budget, year, declared, computed->second,
          prefix + "." + std::to_string(year));
  }
  if (group.projects)
    add(DeclaredKind::projects, 0, *group.projects, totals.projects, prefix + ".projects");
  if (group.preface_projects)
    add(DeclaredKind::preface_projects, 0, *group.preface_projects, totals.projects,
        prefix + ".preface_projects");
}

std::vector<RiskFigures> risk_figures(const std::vector<Risk>& risks,
                                      const ProjectIndex& projects) {
  std::vector<RiskFigures> out;
  out.reserve(risks.size());
  for (const auto& risk : risks) {
    RiskFigures figures{&risk, {}};
    figures.controls.reserve(risk.controls.size());
    for (const auto& control : risk.controls)
      figures.controls.push_back({&control, projects.find(control)});
    out.push_back(std::move(figures));
  }
  return out;
}

RiskAssessmentFigures assessment_figures(const RiskAssessment& assessment,
                                         const ProjectIndex& projects) {
  RiskAssessmentFigures figures{&assessment, risk_figures(assessment.risks, projects), {}};
  figures.actions.reserve(assessment.actions.size());
  for (const auto& action : assessment.actions)
    figures.actions.push_back(
        {&action, action.project.empty() ? nullptr : projects.find(action.project)});
  return figures;
}

// Where the plan puts the project: its dimension, and the mission of that dimension.
void place(ProjectFigures& figures, const Plan& plan) {
  const Project& project = *figures.project;
  for (const auto& dimension : plan.dimensions) {
    if (!project.dimension || dimension.number != *project.dimension) continue;
    figures.dimension = &dimension;
    for (const auto& mission : dimension.missions)
      if (mission.number == project.mission) {
        figures.mission = &mission;
        break;
      }
    return;
  }
}

}  // namespace

PlanFigures compute_plan(const Plan& plan) {
  return compute_plan(plan, ProjectIndex(plan));
}

PlanFigures compute_plan(const Plan& plan, const ProjectIndex& projects) {
  PlanFigures figures;
  figures.plan = &plan;
  figures.totals = empty_totals(plan);
  for (const auto& dimension : plan.dimensions) {
    DimensionFigures d{&dimension, empty_totals(plan), {}};
    for (const auto& mission : dimension.missions)
      d.missions.push_back({&mission, empty_totals(plan), {}});
    figures.dimensions.push_back(std::move(d));
  }
  // Reserved: missions point at these rows, and reports' entries are joined to them below.
  figures.projects.reserve(plan.projects.size());
  for (const auto& project : plan.projects) {
    BudgetTotals own = empty_totals(plan);
    own.projects = 1;
    for (const auto& [year, amount] : project.budget) {
      if (!amount) continue;  // not planned that year
      add_amount(own, own.by_year[year], *amount);
      own.planned_by_year[year] += 1;
      add_amount(own, own.all_years, *amount);
    }
    ProjectFigures& row = figures.projects.emplace_back();
    row.project = &project;
    place(row, plan);
    add(figures.totals, own);
    for (auto& dimension : figures.dimensions) {
      if (dimension.dimension->number != project.dimension) continue;
      add(dimension.totals, own);
      for (auto& mission : dimension.missions)
        if (mission.mission->number == project.mission) {
          add(mission.totals, own);
          mission.projects.push_back(&row);
        }
    }
    row.totals = std::move(own);
  }
  figures.reports.reserve(plan.reports.size());
  for (const auto& report : plan.reports)
    figures.reports.push_back(compute_report(plan, report, projects));
  // Each project's entries, in report order: a row's project is one of plan.projects, so its
  // place there is its row's.
  for (const auto& report : figures.reports)
    for (const auto& row : report.rows)
      if (row.project)
        figures.projects[static_cast<std::size_t>(row.project - plan.projects.data())]
            .entries.push_back({&report, &row});
  figures.risks = risk_figures(plan.risks, projects);
  figures.risk_assessments.reserve(plan.risk_assessments.size());
  for (const auto& assessment : plan.risk_assessments)
    figures.risk_assessments.push_back(assessment_figures(assessment, projects));
  add_declared(plan.declared_totals.plan, std::nullopt, figures.totals, "declared_totals",
               figures.declared);
  for (const auto& [number, group] : plan.declared_totals.dimensions)
    for (const auto& dimension : figures.dimensions)
      if (dimension.dimension->number == number)
        add_declared(group, number, dimension.totals,
                     "declared_totals.dimensions." + std::to_string(number), figures.declared);
  return figures;
}

}  // namespace oitgen
