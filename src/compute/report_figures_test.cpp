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
  const Report report = report_with(plan, 17, 8);
  const ReportFigures figures = compute_report(plan, report);
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

namespace {

// p1 and p2 planned for 2567 (p2 with no money), p3 not planned (null), p4 without the year.
Plan plan_with_an_unplanned_year() {
  Plan plan = plan_with_projects(4);
  plan.projects[0].budget[2567] = 1000000;
  plan.projects[1].budget[2567] = 0;
  plan.projects[2].budget[2567] = std::nullopt;
  return plan;
}

Report report_2567(const std::vector<std::pair<std::string, Status>>& entries) {
  Report report;
  report.id = "2567-6-month";
  report.fiscal_year = 2567;
  for (const auto& [project, status] : entries) {
    ReportEntry entry;
    entry.project = project;
    entry.status = status;
    report.entries.push_back(entry);
  }
  return report;
}

}  // namespace

TEST_CASE("a report counts only the projects planned in its year") {
  const Plan plan = plan_with_an_unplanned_year();
  const Report report = report_2567({{"p1", Status::completed}, {"p2", Status::in_progress}});
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.planned == 2);
  CHECK(figures.entries == 2);
  CHECK(figures.missing == 0);
  CHECK(figures.not_counted == 0);
  REQUIRE(figures.implementation_level);
  CHECK(*figures.implementation_level == doctest::Approx(75.0));  // (1 + ½) ÷ 2, not ÷ 4
  CHECK(figures.budget == 1000000);
}

TEST_CASE("not_planned entries are shown but left out of every figure") {
  const Plan plan = plan_with_an_unplanned_year();
  Report report = report_2567({{"p1", Status::completed},
                               {"p3", Status::not_planned},
                               {"p2", Status::completed},
                               {"p4", Status::not_planned}});
  report.entries[1].disbursed = 300000;  // money on an unplanned project is not counted either
  const ReportFigures figures = compute_report(plan, report);
  REQUIRE(figures.rows.size() == 4);
  CHECK_FALSE(figures.rows[1].counted);
  CHECK_FALSE(figures.rows[1].budget);
  CHECK(figures.rows[1].disbursed == 300000);
  CHECK_FALSE(figures.rows[3].counted);
  CHECK(figures.rows[2].counted);
  CHECK(figures.not_counted == 2);
  CHECK(figures.planned == 2);
  CHECK(figures.counts.at(Status::completed) == 2);
  CHECK(figures.counts.count(Status::not_planned) == 0);
  CHECK(figures.disbursed == 0);
  CHECK(*figures.implementation_level == doctest::Approx(100.0));
}

TEST_CASE("an unplanned project reported with a status is still not counted") {
  const Plan plan = plan_with_an_unplanned_year();
  const Report report = report_2567(
      {{"p1", Status::completed}, {"p2", Status::completed}, {"p3", Status::completed}});
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.counts.at(Status::completed) == 2);
  CHECK(figures.not_counted == 1);
  CHECK(*figures.implementation_level == doctest::Approx(100.0));
}

TEST_CASE("a planned project left out of a report counts as not reported") {
  const Plan plan = plan_with_an_unplanned_year();
  const Report report = report_2567({{"p1", Status::completed}});
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.missing == 1);
  CHECK(figures.planned == 2);
  CHECK(figures.counts.at(Status::not_reported) == 1);
  CHECK(*figures.implementation_level == doctest::Approx(50.0));  // not 100: omitting never helps
}

TEST_CASE("a planned project written as not_planned still counts, as not reported") {
  const Plan plan = plan_with_an_unplanned_year();
  const Report report = report_2567({{"p1", Status::completed}, {"p2", Status::not_planned}});
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.planned == 2);
  CHECK(figures.not_counted == 0);
  CHECK(figures.counts.at(Status::not_reported) == 1);
  CHECK(*figures.implementation_level == doctest::Approx(50.0));
}

TEST_CASE("projects added after the plan was announced are counted and told apart") {
  Plan plan = plan_with_an_unplanned_year();
  plan.projects[1].added = Date{2024, 1, 15};
  plan.projects[2].added = Date{2024, 6, 20};  // not planned in 2567: neither counted nor added
  const Report report = report_2567({{"p1", Status::completed}, {"p3", Status::not_planned}});
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.added == 1);  // p2, missing from the report but planned
  CHECK(figures.original == 1);
  CHECK(figures.planned == 2);
}

TEST_CASE("no project planned in the year gives no level") {
  Plan plan = plan_with_projects(2);
  const Report report = report_2567({{"p1", Status::not_planned}});
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.planned == 0);
  CHECK_FALSE(figures.implementation_level);
}

TEST_CASE("a report's rows follow its entries and point at the projects they name") {
  const Plan plan = plan_with_an_unplanned_year();
  // Written in another order than the plan's, with an id the plan does not have.
  const Report report = report_2567({{"p3", Status::not_planned},
                                     {"p1", Status::completed},
                                     {"p404", Status::completed},
                                     {"p2", Status::in_progress}});
  const ReportFigures figures = compute_report(plan, report);
  CHECK(figures.plan == &plan);
  CHECK(figures.report == &report);
  REQUIRE(figures.rows.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) CHECK(figures.rows[i].entry == &report.entries[i]);
  CHECK(figures.rows[0].project == &plan.projects[2]);
  CHECK(figures.rows[1].project == &plan.projects[0]);
  CHECK_FALSE(figures.rows[2].project);  // an unknown project is joined to none
  CHECK(figures.rows[3].project == &plan.projects[1]);
  // An entry the plan cannot place is still counted: nothing tells it apart.
  CHECK(figures.rows[2].counted);
  CHECK_FALSE(figures.rows[2].budget);
}

TEST_CASE("a report that lists a project added after the plan was announced says so") {
  Plan plan = plan_with_an_unplanned_year();
  const Report report = report_2567({{"p1", Status::completed}, {"p3", Status::not_planned}});
  CHECK_FALSE(compute_report(plan, report).lists_added);
  plan.projects[2].added = Date{2024, 6, 20};  // p3: listed, though not counted
  CHECK(compute_report(plan, report).lists_added);
  plan.projects[2].added.reset();
  plan.projects[1].added = Date{2024, 1, 15};  // p2: counted as missing, but not listed
  CHECK_FALSE(compute_report(plan, report).lists_added);
}
