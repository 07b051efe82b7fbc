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
  plan.declared_totals = {{2566, baht(110000)}, {2567, baht(115000)}};
  return plan;
}

}  // namespace

TEST_CASE("the seed plan's printed 2566 total of 110,000 is caught against 120,000") {
  const PlanFigures figures = compute_plan(seed_plan());
  CHECK(figures.totals.by_year.at(2566) == baht(120000));
  REQUIRE(figures.declared_differences.size() == 1);
  CHECK(figures.declared_differences[0].year == 2566);
  CHECK(figures.declared_differences[0].declared == baht(110000));
  CHECK(figures.declared_differences[0].computed == baht(120000));
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
  plan.declared_totals = {{2566, baht(120000)}};
  CHECK(compute_plan(plan).declared_differences.empty());
}
