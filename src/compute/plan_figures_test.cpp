#include <doctest/doctest.h>

#include <stdexcept>

#include "compute/compute.h"

using namespace oitgen;

namespace {

Project project(const std::string& id, int dimension, const std::string& mission,
                std::map<int, std::optional<Money>> budget) {
  Project p;
  p.id = id;
  p.dimension = dimension;
  p.mission = mission;
  p.budget = std::move(budget);
  return p;
}

constexpr Money baht(Money amount) {
  return amount * 100;
}

// The seed plan's 2566 column: the items add up to 120,000 while the document prints 110,000.
Plan seed_plan() {
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2566, 2567, 2568, 2569, 2570};
  plan.dimensions = {{1, {}, {{"1.1", {}, {}}, {"1.2", {}, {}}}, {}},
                     {2, {}, {{"2.1", {}, {}}}, {}},
                     {3, {}, {{"3.1", {}, {}}}, {}},
                     {4, {}, {{"4.1", {}, {}}}, {}}};
  plan.projects = {
      project("p02", 1, "1.1", {{2566, baht(20000)}, {2567, baht(20000)}}),
      project("p03", 1, "1.1", {{2566, baht(35000)}, {2567, baht(35000)}}),
      project("p05", 1, "1.1", {{2566, baht(20000)}, {2567, 0}}),
      project("p06", 1, "1.2", {{2566, 0}, {2567, baht(10000)}}),
      project("p09", 1, "1.2", {{2566, std::nullopt}, {2567, baht(30000)}}),
      project("p20", 2, "2.1", {{2566, baht(10000)}}),
      project("p22", 3, "3.1", {{2566, baht(35000)}, {2567, baht(20000)}}),
      project("p25", 4, "4.1", {{2566, 0}, {2567, 0}}),
  };
  plan.declared_totals.plan.budget = {{2566, baht(110000)}, {2567, baht(115000)}};
  return plan;
}

// A project's totals, found by the test (views never look a project up).
const BudgetTotals& totals_of(const PlanFigures& figures, const std::string& id) {
  for (const auto& row : figures.projects)
    if (row.project->id == id) return row.totals;
  FAIL("no project " << id);
  throw std::logic_error("unreachable");
}

std::vector<DeclaredFigure> differing(const PlanFigures& figures) {
  std::vector<DeclaredFigure> out;
  for (const auto& figure : figures.declared)
    if (figure.differs()) out.push_back(figure);
  return out;
}

}  // namespace

TEST_CASE("the seed plan's printed 2566 total of 110,000 is caught against 120,000") {
  const Plan plan = seed_plan();
  const PlanFigures figures = compute_plan(plan);
  CHECK(figures.totals.by_year.at(2566) == baht(120000));
  REQUIRE(figures.declared.size() == 2);  // both declared years, the agreeing one too
  const auto differences = differing(figures);
  REQUIRE(differences.size() == 1);
  CHECK(differences[0].kind == DeclaredKind::budget);
  CHECK_FALSE(differences[0].dimension);
  CHECK(differences[0].year == 2566);
  CHECK(differences[0].declared == baht(110000));
  CHECK(differences[0].computed == baht(120000));
  CHECK(differences[0].difference == -baht(10000));
  CHECK(differences[0].field == "declared_totals.2566");
  CHECK_FALSE(figures.declared[1].differs());
}

TEST_CASE("declared dimension subtotals and project counts are set beside the computed ones") {
  Plan plan = seed_plan();
  plan.declared_totals.plan.projects = 8;
  plan.declared_totals.plan.preface_projects = 62;  // the seed's preface counts 62
  // The seed prints 105,000 for dimension 1 in 2567 and "รวม ๙ โครงการ" under it.
  plan.declared_totals.dimensions[1] = {{{2566, baht(75000)}, {2567, baht(105000)}}, 9, 18};
  plan.declared_totals.dimensions[4] = {{}, 1, std::nullopt};
  const PlanFigures figures = compute_plan(plan);
  const auto differences = differing(figures);
  REQUIRE(differences.size() == 5);
  CHECK(differences[0].year == 2566);  // the plan's 110,000
  CHECK(differences[1].kind == DeclaredKind::preface_projects);
  CHECK(differences[1].declared == 62);
  CHECK(differences[1].computed == 8);
  CHECK(differences[1].difference == 54);
  CHECK(differences[1].field == "declared_totals.preface_projects");
  CHECK(differences[2].dimension == 1);
  CHECK(differences[2].year == 2567);
  CHECK(differences[2].declared == baht(105000));
  CHECK(differences[2].computed == baht(95000));
  CHECK(differences[2].field == "declared_totals.dimensions.1.2567");
  CHECK(differences[3].kind == DeclaredKind::projects);
  CHECK(differences[3].dimension == 1);
  CHECK(differences[3].declared == 9);
  CHECK(differences[3].computed == 5);
  CHECK(differences[4].kind == DeclaredKind::preface_projects);
  CHECK(differences[4].declared == 18);
  // Agreeing figures are kept (the open data lists them) but do not differ.
  CHECK(figures.declared.size() == 9);
}

TEST_CASE("a declared year the projects leave empty is compared with 0") {
  Plan plan = seed_plan();
  plan.declared_totals.plan.budget = {{2570, baht(5000)}};
  const auto differences = differing(compute_plan(plan));
  REQUIRE(differences.size() == 1);
  CHECK(differences[0].computed == 0);
}

TEST_CASE("a declared year outside the plan is not compared (validate reports it)") {
  Plan plan = seed_plan();
  plan.declared_totals.plan.budget = {{2571, baht(5000)}};
  plan.declared_totals.dimensions[1].budget = {{2565, baht(5000)}};
  CHECK(compute_plan(plan).declared.empty());
}

TEST_CASE("totals per project, mission, dimension and plan, per year and over all years") {
  const Plan plan = seed_plan();
  const PlanFigures figures = compute_plan(plan);
  CHECK(totals_of(figures, "p03").all_years == baht(70000));
  CHECK(totals_of(figures, "p09").by_year.at(2566) == 0);
  CHECK(totals_of(figures, "p09").planned_by_year.at(2566) == 0);  // null: not planned
  CHECK(totals_of(figures, "p06").planned_by_year.at(2566) == 1);  // 0: planned, no money

  const DimensionFigures& first = figures.dimensions[0];
  CHECK(first.totals.by_year.at(2566) == baht(75000));
  CHECK(first.totals.by_year.at(2567) == baht(95000));  // the seed prints 105,000 here
  CHECK(first.totals.projects == 5);
  CHECK(first.missions[0].totals.by_year.at(2566) == baht(75000));
  CHECK(first.missions[0].totals.projects == 3);
  CHECK(first.missions[1].totals.by_year.at(2567) == baht(40000));
  CHECK(first.missions[1].totals.planned_by_year.at(2566) == 1);

  CHECK(figures.dimensions[1].totals.by_year.at(2566) == baht(10000));
  CHECK(figures.dimensions[3].totals.all_years == 0);
  CHECK(figures.dimensions[3].totals.projects == 1);

  CHECK(figures.totals.projects == 8);
  CHECK(figures.totals.by_year.at(2567) == baht(115000));
  CHECK(figures.totals.by_year.at(2570) == 0);
  CHECK(figures.totals.all_years == baht(235000));
}

TEST_CASE("declared totals that match produce no difference") {
  Plan plan = seed_plan();
  plan.declared_totals.plan.budget = {{2566, baht(120000)}};
  plan.declared_totals.plan.projects = 8;
  plan.declared_totals.dimensions[2] = {{{2566, baht(10000)}}, 1, 1};
  const PlanFigures figures = compute_plan(plan);
  CHECK(figures.declared.size() == 5);
  CHECK(differing(figures).empty());
}

namespace {

ReportEntry entry_for(const std::string& project, Status status = Status::completed) {
  ReportEntry entry;
  entry.project = project;
  entry.status = status;
  return entry;
}

Report report(const std::string& id, int fiscal_year, std::vector<ReportEntry> entries) {
  Report out;
  out.id = id;
  out.fiscal_year = fiscal_year;
  out.entries = std::move(entries);
  return out;
}

}  // namespace

TEST_CASE("each project's row points at its project, in the plan's order, with its place") {
  Plan plan = seed_plan();
  plan.projects.push_back(project("p30", 9, "9.1", {{2566, baht(1000)}}));  // no such dimension
  plan.projects.push_back(project("p31", 2, "2.9", {{2566, baht(1000)}}));  // no such mission
  const PlanFigures figures = compute_plan(plan);
  CHECK(figures.plan == &plan);
  REQUIRE(figures.projects.size() == plan.projects.size());
  for (std::size_t i = 0; i < plan.projects.size(); ++i)
    CHECK(figures.projects[i].project == &plan.projects[i]);
  CHECK(figures.projects[1].totals.all_years == baht(70000));  // p03's own, not another's
  CHECK(figures.projects[0].dimension == &plan.dimensions[0]);
  CHECK(figures.projects[0].mission == &plan.dimensions[0].missions[0]);
  CHECK(figures.projects[3].mission == &plan.dimensions[0].missions[1]);  // p06, mission 1.2
  CHECK(figures.projects[5].dimension == &plan.dimensions[1]);            // p20
  CHECK_FALSE(figures.projects[8].dimension);                             // p30
  CHECK_FALSE(figures.projects[8].mission);
  CHECK(figures.projects[9].dimension == &plan.dimensions[1]);  // p31: the dimension, no mission
  CHECK_FALSE(figures.projects[9].mission);
}

TEST_CASE("each mission lists its projects' rows in the plan's order") {
  const Plan plan = seed_plan();
  const PlanFigures figures = compute_plan(plan);
  REQUIRE(figures.dimensions.size() == plan.dimensions.size());
  CHECK(figures.dimensions[0].dimension == &plan.dimensions[0]);
  const MissionFigures& first = figures.dimensions[0].missions[0];
  CHECK(first.mission == &plan.dimensions[0].missions[0]);
  REQUIRE(first.projects.size() == 3);
  CHECK(first.projects[0] == &figures.projects[0]);  // p02
  CHECK(first.projects[1] == &figures.projects[1]);  // p03
  CHECK(first.projects[2] == &figures.projects[2]);  // p05
  const MissionFigures& second = figures.dimensions[0].missions[1];
  REQUIRE(second.projects.size() == 2);
  CHECK(second.projects[0]->project->id == "p06");
  CHECK(second.projects[1]->project->id == "p09");
  CHECK(figures.dimensions[3].missions[0].projects.size() == 1);
}

TEST_CASE("each project's report entries, in the plan's report order") {
  Plan plan = seed_plan();
  plan.reports.push_back(
      report("2566-6-month", 2566, {entry_for("p03"), entry_for("p99"), entry_for("p02")}));
  plan.reports.push_back(report("2566-12-month", 2566, {entry_for("p02"), entry_for("p03")}));
  const PlanFigures figures = compute_plan(plan);
  REQUIRE(figures.reports.size() == 2);
  CHECK(figures.reports[0].plan == &plan);
  CHECK(figures.reports[0].report == &plan.reports[0]);
  CHECK(figures.reports[1].report == &plan.reports[1]);

  const auto& p02 = figures.projects[0].entries;
  REQUIRE(p02.size() == 2);
  CHECK(p02[0].report == &figures.reports[0]);
  CHECK(p02[0].row == &figures.reports[0].rows[2]);
  CHECK(p02[0].row->entry == &plan.reports[0].entries[2]);
  CHECK(p02[1].report == &figures.reports[1]);
  CHECK(p02[1].row->entry == &plan.reports[1].entries[0]);
  const auto& p03 = figures.projects[1].entries;
  REQUIRE(p03.size() == 2);
  CHECK(p03[0].row->entry == &plan.reports[0].entries[0]);
  CHECK(p03[1].row->entry == &plan.reports[1].entries[1]);
  // An entry for a project the plan does not have is joined to none.
  CHECK_FALSE(figures.reports[0].rows[1].project);
  std::size_t joined = 0;
  for (const auto& row : figures.projects) joined += row.entries.size();
  CHECK(joined == 4);
  CHECK(figures.projects[2].entries.empty());  // p05: in no report
}

TEST_CASE("figures moved elsewhere still point at the plan and at themselves") {
  Plan plan = seed_plan();
  plan.reports.push_back(report("2566-6-month", 2566, {entry_for("p02")}));
  PlanFigures figures = compute_plan(plan);
  std::vector<PlanFigures> moved;
  moved.push_back(std::move(figures));
  moved.emplace_back();  // grows the vector: its rows move again
  const PlanFigures& kept = moved[0];
  CHECK(kept.plan == &plan);
  REQUIRE(kept.projects[0].entries.size() == 1);
  CHECK(kept.projects[0].entries[0].report == &kept.reports[0]);
  CHECK(kept.projects[0].entries[0].row == &kept.reports[0].rows[0]);
  CHECK(kept.dimensions[0].missions[0].projects[0] == &kept.projects[0]);
}

TEST_CASE("risk controls and actions are joined to the projects they name") {
  Plan plan = seed_plan();
  Risk risk;
  risk.controls = {"p05", "ตรวจสอบเอกสารทุกฉบับ", "p404"};
  plan.risks = {risk};
  RiskAssessment assessment;
  assessment.fiscal_year = 2567;
  assessment.risks = {risk, Risk{}};
  RiskAction named, unnamed, unknown;
  named.project = "p22";
  unknown.project = "p404";
  assessment.actions = {named, unnamed, unknown};
  plan.risk_assessments = {assessment};
  const PlanFigures figures = compute_plan(plan);

  REQUIRE(figures.risks.size() == 1);
  CHECK(figures.risks[0].risk == &plan.risks[0]);
  const auto& controls = figures.risks[0].controls;
  REQUIRE(controls.size() == 3);
  CHECK(controls[0].text == &plan.risks[0].controls[0]);
  CHECK(controls[0].project == &plan.projects[2]);
  CHECK(*controls[1].text == "ตรวจสอบเอกสารทุกฉบับ");
  CHECK_FALSE(controls[1].project);  // free text
  CHECK_FALSE(controls[2].project);  // an id the plan does not have

  REQUIRE(figures.risk_assessments.size() == 1);
  const RiskAssessmentFigures& year = figures.risk_assessments[0];
  CHECK(year.assessment == &plan.risk_assessments[0]);
  REQUIRE(year.risks.size() == 2);
  CHECK(year.risks[0].risk == &plan.risk_assessments[0].risks[0]);
  CHECK(year.risks[0].controls[0].project == &plan.projects[2]);
  CHECK(year.risks[1].controls.empty());
  REQUIRE(year.actions.size() == 3);
  CHECK(year.actions[0].action == &plan.risk_assessments[0].actions[0]);
  CHECK(year.actions[0].project == &plan.projects[6]);  // p22
  CHECK_FALSE(year.actions[1].project);
  CHECK_FALSE(year.actions[2].project);
}
