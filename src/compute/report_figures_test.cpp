#include <doctest/doctest.h>

#include "compute/compute.h"

using namespace oitgen;

namespace {

Plan plan_with_projects(int count) {
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2566, 2567, 2568, 2569, 2570};
  for (int i = 1; i <= count; ++i) {
    Project p;
    p.id = "p" + std::to_string(i);
    p.number = i;
    p.budget[2566] = 0;
    plan.projects.push_back(p);
  }
  return plan;
}

Report report_with(const Plan& plan, int completed, int in_progress) {
  Report report;
  report.id = "2566-6-month";
  report.fiscal_year = 2566;
  int i = 0;
  for (const auto& project : plan.projects) {
    ReportEntry entry;
    entry.project = project.id;
    entry.status = i < completed                 ? Status::completed
                   : i < completed + in_progress ? Status::in_progress
                                                 : Status::not_reported;
    report.entries.push_back(entry);
    ++i;
  }
  return report;
}

}  // namespace

TEST_CASE("the seed report: 17 completed and 8 in progress of 25 give 84") {
  const Plan plan = plan_with_projects(25);
  const ReportFigures figures = compute_report(plan, report_with(plan, 17, 8));
  CHECK(figures.entries == 25);
  CHECK(figures.counts.at(Status::completed) == 17);
  CHECK(figures.counts.at(Status::in_progress) == 8);
  CHECK(figures.counts.at(Status::not_reported) == 0);
  CHECK(figures.counts.at(Status::not_possible) == 0);
  REQUIRE(figures.implementation_level);
  CHECK(*figures.implementation_level == doctest::Approx(84.0));
  // The seed's budget is all 0: no percentage, never a division by zero.
  CHECK(figures.budget == 0);
  CHECK_FALSE(figures.disbursed_percent);
}

TEST_CASE("implementation level counts in-progress as half") {
  CHECK(*implementation_level(0, 0, 4) == doctest::Approx(0.0));
  CHECK(*implementation_level(4, 0, 4) == doctest::Approx(100.0));
  CHECK(*implementation_level(1, 1, 4) == doctest::Approx(37.5));
  CHECK_FALSE(implementation_level(0, 0, 0));
}

TEST_CASE("entry budgets default to the plan's budget of the report's year") {
  Plan plan = plan_with_projects(3);
  plan.projects[0].budget[2567] = 2000000;       // 20,000 baht
  plan.projects[1].budget[2567] = std::nullopt;  // not planned
  plan.projects[2].budget[2567] = 1000000;
  Report report = report_with(plan, 3, 0);
  report.fiscal_year = 2567;
  report.entries[0].disbursed = 1500000;
  report.entries[2].budget = 500000;  // an explicit allotment wins over the plan
  report.entries[2].disbursed = 500000;
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.budget == 2500000);
  CHECK(figures.disbursed == 2000000);
  REQUIRE(figures.disbursed_percent);
  CHECK(*figures.disbursed_percent == doctest::Approx(80.0));
}
