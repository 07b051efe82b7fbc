#include "validate/report_checks.h"

#include <doctest/doctest.h>

using namespace oitgen;

namespace {

// p1 planned for 2567 with 20,000 baht, p2 planned with no money, p3 not planned (null).
Plan plan_2566_2570() {
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2566, 2567, 2568, 2569, 2570};
  plan.announced.date = Date{2022, 9, 23};
  for (int i = 1; i <= 3; ++i) {
    Project project;
    project.id = "p" + std::to_string(i);
    project.number = i;
    project.source.file = "content/plans/2566-2570/projects/p" + std::to_string(i) + ".md";
    plan.projects.push_back(project);
  }
  plan.projects[0].budget[2567] = 2000000;
  plan.projects[1].budget[2567] = 0;
  plan.projects[2].budget[2567] = std::nullopt;
  return plan;
}

Report report_of(std::vector<std::pair<std::string, Status>> entries) {
  Report report;
  report.id = "2567-6-month";
  report.fiscal_year = 2567;
  report.round = Round::six_month;
  report.source.file = "content/plans/2566-2570/reports/2567-6-month.json";
  for (auto& [project, status] : entries) {
    ReportEntry entry;
    entry.project = project;
    entry.status = status;
    report.entries.push_back(entry);
  }
  return report;
}

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.all())
    out.push_back(std::string(d.severity == Severity::error ? "error: " : "warning: ") + d.message);
  return out;
}

}  // namespace

TEST_CASE("entries of planned projects and not_planned entries of the others are clean") {
  Diagnostics diags;
  check_planned_entries(
      plan_2566_2570(),
      report_of(
          {{"p1", Status::completed}, {"p2", Status::not_reported}, {"p3", Status::not_planned}}),
      diags);
  CHECK(diags.all().empty());
}

TEST_CASE("a planned project written not_planned is an error naming its budget and the fix") {
  Diagnostics diags;
  check_planned_entries(plan_2566_2570(), report_of({{"p1", Status::not_planned}}), diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(messages(diags)[0] ==
        "error: project p1 (number 1) is planned for 2567 in plan 2566-2570 (budget "
        "20,000.00), so its status cannot be not_planned; give the status it has (not_reported, "
        "in_progress, completed or not_possible), or, if the plan no longer has it for 2567, set "
        "its budget for 2567 to null in content/plans/2566-2570/projects/p1.md");
}

TEST_CASE("an unplanned project with a status is a warning naming the year and the fix") {
  Diagnostics diags;
  check_planned_entries(plan_2566_2570(), report_of({{"p3", Status::completed}}), diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(messages(diags)[0] ==
        "warning: project p3 (number 3) is not planned for 2567 in plan 2566-2570 (no budget for "
        "2567), so this entry is not counted; give it status \"not_planned\", or, if the plan now "
        "has it for 2567, give it a budget for 2567 (0 when no money is needed)");
}

TEST_CASE("money on a not_planned entry is named, since no figure shows it") {
  Diagnostics diags;
  Report report = report_of({{"p3", Status::not_planned}});
  report.entries[0].disbursed = 150000;
  check_planned_entries(plan_2566_2570(), report, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(messages(diags)[0] ==
        "warning: disbursed 1,500.00 of p3 is not counted in this report's figures, since the "
        "project is not planned for 2567; if it was carried out in 2567, give it a budget for 2567 "
        "and report its status");
}

TEST_CASE("a project whose budget could not be read is not judged") {
  Plan plan = plan_2566_2570();
  plan.projects[2].budget_unreadable = true;
  Diagnostics diags;
  check_planned_entries(plan, report_of({{"p3", Status::completed}}), diags);
  CHECK(diags.all().empty());
}

TEST_CASE("as_of from the period's start to 90 days after its end is clean") {
  Report report = report_of({});
  report.from = Date{2023, 10, 1};
  report.to = Date{2024, 3, 31};
  for (Date clean : {Date{2023, 10, 1}, Date{2024, 3, 30}, Date{2024, 4, 5}, Date{2024, 6, 29}}) {
    Diagnostics diags;
    report.as_of = clean;
    check_as_of(report, diags);
    CHECK_MESSAGE(diags.all().empty(), to_iso(clean));
  }
  Diagnostics late;
  report.as_of = Date{2024, 6, 30};
  check_as_of(report, late);
  REQUIRE(late.all().size() == 1);
  CHECK(messages(late)[0] ==
        "warning: as_of 2024-06-30 is long after the report's period (2023-10-01 to 2024-03-31); "
        "the data of a report is dated from 2023-10-01 to 2024-06-29 (its period and up to 90 "
        "days after it)");
  Diagnostics early;
  report.as_of = Date{2023, 9, 30};
  check_as_of(report, early);
  REQUIRE(early.all().size() == 1);
  CHECK(messages(early)[0].starts_with(
      "warning: as_of 2023-09-30 is before the report's period (2023-10-01 to 2024-03-31) "
      "starts"));
}

TEST_CASE("without a period, as_of is checked against the round's months of the fiscal year") {
  Report report = report_of({});
  report.round = Round::twelve_month;
  report.as_of = Date{2025, 4, 1};
  Diagnostics diags;
  check_as_of(report, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(messages(diags)[0].find("(2023-10-01 to 2024-09-30)") != std::string::npos);
  report.round = Round::six_month;
  report.as_of = Date{2024, 9, 1};
  Diagnostics six;
  check_as_of(report, six);
  REQUIRE(six.all().size() == 1);
  CHECK(messages(six)[0].find("(2023-10-01 to 2024-03-31)") != std::string::npos);
}

TEST_CASE("added must follow the announcement, and no budget may precede it") {
  Plan plan = plan_2566_2570();
  Project& project = plan.projects[1];
  project.added = Date{2024, 6, 20};
  project.budget[2568] = 0;
  Diagnostics clean;
  check_added(plan, project, clean);
  CHECK(clean.all().empty());  // the budget for 2567 is fine: 2024-06-20 is in 2567
  project.budget.erase(2567);
  project.budget[2566] = 0;
  Diagnostics before;
  check_added(plan, project, before);
  REQUIRE(before.all().size() == 1);
  CHECK(messages(before)[0] ==
        "warning: project p2 was added on 2024-06-20 (fiscal year 2567) but has a budget for "
        "2566, which ended before it was added; set the budget for 2566 to null, or correct "
        "\"added\"");
  project.budget.erase(2566);
  project.added = Date{2022, 9, 1};
  Diagnostics early;
  check_added(plan, project, early);
  REQUIRE(early.all().size() == 1);
  CHECK(
      messages(early)[0].starts_with("warning: project p2 is marked added on 2022-09-01, "
                                     "before plan 2566-2570 was announced on 2022-09-23"));
}
