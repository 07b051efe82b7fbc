#include "render/open_data.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "compute/compute.h"

using namespace oitgen;

TEST_CASE("a text cell that a spreadsheet would run is shown as text (OWASP)") {
  CHECK(csv_field("=HYPERLINK(\"http://x\",\"y\")") ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_field("+1") == "\"'+1\"");
  CHECK(csv_field("-2") == "\"'-2\"");
  CHECK(csv_field("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_field("\t=1") == "\"'\t=1\"");
  CHECK(csv_field("\r=1") == "\"'\r=1\"");
  CHECK(csv_field("\n=1") == "\"'\n=1\"");
  CHECK(csv_field("   =1+2") == "\"'   =1+2\"");  // after leading spaces too
  CHECK(csv_field(" @x") == "\"' @x\"");
}

TEST_CASE("other text cells are quoted only when they must be") {
  CHECK(csv_field("โครงการ") == "โครงการ");
  CHECK(csv_field("a-b=c") == "a-b=c");  // a formula only at the start
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("") == "");
  CHECK(csv_field("   ") == "   ");
  CHECK_FALSE(runs_as_formula("1.1"));
  CHECK(runs_as_formula("  -1"));
}

TEST_CASE("figures stay numbers: a negative amount is not neutralised") {
  CHECK(csv_number("-12.50") == "-12.50");

  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2567};
  Project project;
  project.id = "p01";
  project.number = 1;
  project.title.th = "=HYPERLINK(\"http://x\",\"y\")";
  project.mission = "+1";
  project.budget[2567] = Money{-50};  // -0.50 baht: only a test can make one
  plan.projects.push_back(project);
  Site site;
  site.plans.push_back(plan);
  Figures figures;
  figures.plans.push_back(compute_plan(site.plans[0]));

  const auto files = open_data_files(figures);
  const auto csv = std::find_if(files.begin(), files.end(), [](const DataFile& f) {
    return f.path == "data/plans/2566-2570/plan.csv";
  });
  REQUIRE(csv != files.end());
  CHECK(csv->bytes.find("\r\n1,p01,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",") !=
        std::string::npos);
  CHECK(csv->bytes.find(",\"'+1\",-0.50,-0.50\r\n") != std::string::npos);
}

TEST_CASE("a plan's declared figures leave beside the computed ones, in JSON and CSV") {
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2566, 2567};
  plan.dimensions = {{1, {}, {{"1.1", {}, {}}}, {}}};
  Project project;
  project.id = "p01";
  project.dimension = 1;
  project.mission = "1.1";
  project.budget = {{2566, Money{12000000}}, {2567, Money{0}}};
  plan.projects.push_back(project);
  plan.declared_totals.plan.budget = {{2566, Money{11000000}}, {2567, Money{0}}};
  plan.declared_totals.dimensions[1].projects = 9;
  Site site;
  site.plans.push_back(plan);
  Figures figures;
  figures.plans.push_back(compute_plan(site.plans[0]));

  const auto files = open_data_files(figures);
  auto file = [&](const std::string& path) {
    const auto found =
        std::find_if(files.begin(), files.end(), [&](const DataFile& f) { return f.path == path; });
    REQUIRE(found != files.end());
    return found->bytes;
  };
  const auto json = nlohmann::json::parse(file("data/plans/2566-2570/plan.json"));
  REQUIRE(json["declared"].size() == 3);
  CHECK(json["declared"][0] == nlohmann::json::parse(R"({"dimension": null, "figure": "budget",
      "year": 2566, "declared": 110000.0, "computed": 120000.0, "difference": -10000.0,
      "differs": true})"));
  CHECK(json["declared"][1]["differs"] == false);
  CHECK(json["declared"][2] == nlohmann::json::parse(R"({"dimension": 1, "figure": "projects",
      "year": null, "declared": 9, "computed": 1, "difference": 8, "differs": true})"));
  CHECK(file("data/plans/2566-2570/declared.csv") ==
        "\xEF\xBB\xBF"
        "dimension,figure,year,declared,computed,difference\r\n"
        ",budget,2566,110000.00,120000.00,-10000.00\r\n"
        ",budget,2567,0.00,0.00,0.00\r\n"
        "1,projects,,9,1,8\r\n");
}

TEST_CASE("a year in which nothing is planned is null in the totals, and 0 stays 0") {
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2566, 2567, 2568};
  plan.dimensions.push_back({1, {}, {{"1.1", {}, {}}}, {}});
  Project project;
  project.id = "p01";
  project.number = 1;
  project.dimension = 1;
  project.mission = "1.1";
  project.budget[2566] = Money{2000000};
  project.budget[2567] = Money{0};  // planned, no money needed
  project.budget[2568] = std::nullopt;
  plan.projects.push_back(project);
  Site site;
  site.plans.push_back(plan);
  Figures figures;
  figures.plans.push_back(compute_plan(site.plans[0]));

  const auto files = open_data_files(figures);
  const auto file = std::find_if(files.begin(), files.end(), [](const DataFile& f) {
    return f.path == "data/plans/2566-2570/plan.json";
  });
  REQUIRE(file != files.end());
  const auto data = nlohmann::json::parse(file->bytes);
  for (const auto& totals : {data["totals"], data["dimensions"][0]["totals"],
                             data["dimensions"][0]["missions"][0]["totals"]}) {
    CHECK(totals["by_year"]["2566"] == 20000.0);
    CHECK(totals["by_year"]["2567"] == 0.0);
    CHECK(totals["by_year"]["2568"].is_null());
  }

  const auto totals_csv = std::find_if(files.begin(), files.end(), [](const DataFile& f) {
    return f.path == "data/plans/2566-2570/totals.csv";
  });
  REQUIRE(totals_csv != files.end());
  CHECK(totals_csv->bytes.find("level,dimension,mission,title,budget_2566,budget_2567,budget_2568,"
                               "total,projects\r\n") != std::string::npos);
  // Planned with money, planned without, not planned: 20000.00, 0.00 and an empty cell.
  CHECK(totals_csv->bytes.find("\r\nmission,1,1.1,,20000.00,0.00,,20000.00,1\r\n") !=
        std::string::npos);
  CHECK(totals_csv->bytes.find("\r\ndimension,1,,,20000.00,0.00,,20000.00,1\r\n") !=
        std::string::npos);
  CHECK(totals_csv->bytes.find("\r\nplan,,,,20000.00,0.00,,20000.00,1\r\n") != std::string::npos);
}

TEST_CASE("a report's rows leave with the number and title of the project they name") {
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2567};
  for (int i = 1; i <= 2; ++i) {
    Project project;
    project.id = "p0" + std::to_string(i);
    project.number = i;
    project.title.th = "โครงการที่ " + std::to_string(i);
    project.budget[2567] = Money{0};
    plan.projects.push_back(project);
  }
  Report report;
  report.id = "2567-6-month";
  report.fiscal_year = 2567;
  for (const char* id : {"p02", "p99", "p01"}) {
    ReportEntry entry;
    entry.project = id;
    report.entries.push_back(entry);
  }
  plan.reports.push_back(report);
  Site site;
  site.plans.push_back(plan);
  Figures figures;
  figures.plans.push_back(compute_plan(site.plans[0]));

  const auto files = open_data_files(figures);
  const auto csv = std::find_if(files.begin(), files.end(), [](const DataFile& f) {
    return f.path == "data/plans/2566-2570/reports/2567-6-month.csv";
  });
  REQUIRE(csv != files.end());
  // In the report's order; an id the plan does not have has no number or title.
  CHECK(csv->bytes.find("\r\n2,p02,โครงการที่ 2,not_reported,0.00,0.00,,true,\r\n"
                        ",p99,,not_reported,,0.00,,true,\r\n"
                        "1,p01,โครงการที่ 1,not_reported,0.00,0.00,,true,\r\n") != std::string::npos);
}
