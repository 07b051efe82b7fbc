#include <doctest/doctest.h>

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

std::vector<DeclaredFigure> differing(const PlanFigures& figures) {
  std::vector<DeclaredFigure> out;
  for (const auto& figure : figures.declared)
    if (figure.differs()) out.push_back(figure);
  return out;
}

}  // namespace

TEST_CASE("the seed plan's printed 2566 total of 110,000 is caught against 120,000") {
  const PlanFigures figures = compute_plan(seed_plan());
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
  const PlanFigures figures = compute_plan(seed_plan());
  CHECK(figures.projects.at("p03").all_years == baht(70000));
  CHECK(figures.projects.at("p09").by_year.at(2566) == 0);
  CHECK(figures.projects.at("p09").planned_by_year.at(2566) == 0);  // null: not planned
  CHECK(figures.projects.at("p06").planned_by_year.at(2566) == 1);  // 0: planned, no money

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
