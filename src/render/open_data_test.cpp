#include "render/open_data.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

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
        "มิติ,รายการ,ปีงบประมาณ,ตามแผนที่ประกาศ,ผลรวมที่คำนวณ,ผลต่าง\r\n"
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
  CHECK(totals_csv->bytes.find("ระดับ,มิติ,ภารกิจ,ชื่อ,งบประมาณ 2566,งบประมาณ 2567,งบประมาณ 2568,"
                               "รวมงบประมาณ,จำนวนโครงการ\r\n") != std::string::npos);
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

namespace {

// A plan with one project and one report, and two ITA years: one announced, one without a
// score yet.
struct SmallSite {
  Site site;
  std::vector<ItaYear> ita;
  Figures figures;

  SmallSite() {
    Plan plan;
    plan.id = "2566-2570";
    plan.title.th = "แผนปฏิบัติการ";
    plan.years = {2567, 2568};
    Project project;
    project.id = "p01";
    project.number = 1;
    project.title.th = "โครงการ, ที่หนึ่ง";
    project.budget[2567] = Money{150000};
    plan.projects.push_back(project);
    Report report;
    report.id = "2567-6-month";
    report.fiscal_year = 2567;
    report.entries.push_back({});
    report.entries.back().project = "p01";
    plan.reports.push_back(report);
    site.plans.push_back(plan);
    site.config.organization.name.th = "เทศบาลตำบลตัวอย่าง";
    figures.plans.push_back(compute_plan(site.plans[0]));

    ita.resize(2);
    ita[0].year = 2567;
    ita[0].score = 87.52;
    ita[0].parts = {{"IIT", 90.1}, {"EIT", 85}, {"OIT", 88.25}};
    ita[0].level = "ผ่านดี";
    ita[1].year = 2568;
    ItaFigures announced;
    announced.ita = &ita[0];
    announced.year = 2567;
    announced.score = 87.52;
    announced.level = "ผ่านดี";
    announced.level_source = ItaLevelSource::announced;
    announced.target = 85;
    announced.target_met = true;
    ItaFigures pending;
    pending.ita = &ita[1];
    pending.year = 2568;
    pending.estimate = "ผ่าน";  // an estimate: never in the open data
    pending.target = 90;
    figures.ita = {announced, pending};
  }
};

std::string bytes_of(const OpenData& data, const std::string& path) {
  const auto found = std::find_if(data.files.begin(), data.files.end(),
                                  [&](const DataFile& f) { return f.path == path; });
  REQUIRE(found != data.files.end());
  return found->bytes;
}

// The header row of a CSV that oitgen wrote: no cell of a header needs quotes.
std::vector<std::string> header_of(const std::string& csv) {
  REQUIRE(csv.starts_with("\xEF\xBB\xBF"));
  const std::string line = csv.substr(3, csv.find("\r\n") - 3);
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t comma; (comma = line.find(',', start)) != std::string::npos; start = comma + 1)
    cells.push_back(line.substr(start, comma - start));
  cells.push_back(line.substr(start));
  return cells;
}

}  // namespace

TEST_CASE("every CSV is a table whose Thai header row is its fields' names") {
  const SmallSite small;
  const OpenData data = open_data(small.figures);
  std::vector<std::string> paths;
  for (const auto& table : data.tables) paths.push_back(table.csv);
  CHECK(paths == std::vector<std::string>{
                     "data/plans/2566-2570/plan.csv", "data/plans/2566-2570/declared.csv",
                     "data/plans/2566-2570/totals.csv",
                     "data/plans/2566-2570/reports/2567-6-month.csv", "data/ita/2567.csv",
                     "data/ita/2568.csv", "data/ita/results.csv"});
  std::set<std::string> names;
  for (const auto& table : data.tables) {
    INFO(table.csv);
    CHECK(names.insert(table.name).second);
    const std::string csv = bytes_of(data, table.csv);
    std::vector<std::string> expected;
    std::set<std::string> keys;
    for (const auto& field : table.fields) {
      expected.push_back(field.name);
      CHECK(keys.insert(field.key).second);
      CHECK_FALSE(field.title.empty());
      CHECK(std::set<std::string>{"string", "integer", "number", "boolean", "date"}.count(
                field.type) == 1);
    }
    CHECK(header_of(csv) == expected);
    CHECK(table.csv_bytes == csv.size());
    CHECK(table.csv_sha256.size() == 64);
    if (!table.json.empty()) CHECK(table.json_bytes == bytes_of(data, table.json).size());
  }
  CHECK(header_of(bytes_of(data, "data/plans/2566-2570/plan.csv")) ==
        std::vector<std::string>{"ลำดับ", "รหัสโครงการ", "ชื่อโครงการ", "ประเภท", "มิติ", "ภารกิจ",
                                 "งบประมาณ 2567", "งบประมาณ 2568", "รวมงบประมาณ"});
  // The JSON keeps its machine keys.
  const auto plan = nlohmann::json::parse(bytes_of(data, "data/plans/2566-2570/plan.json"));
  CHECK(plan["projects"][0].contains("title"));
  CHECK(plan["projects"][0]["budget"].contains("2567"));
  CHECK(data.tables[0].fields[6].key == "budget_2567");
}

TEST_CASE("the ITA results give the score only as the content records it, never an estimate") {
  const SmallSite small;
  const OpenData data = open_data(small.figures);
  CHECK(bytes_of(data, "data/ita/results.csv") ==
        "\xEF\xBB\xBF"
        "ปีที่ประเมิน,คะแนน,คะแนน IIT,คะแนน EIT,คะแนน OIT,ระดับผลการประเมิน,ที่มาของระดับ,"
        "ค่าเป้าหมาย,บรรลุค่าเป้าหมาย\r\n"
        "2567,87.52,90.1,85.0,88.25,ผ่านดี,announced,85.0,true\r\n"
        "2568,,,,,,,90.0,\r\n");
  const auto year = nlohmann::json::parse(bytes_of(data, "data/ita/2568.json"));
  CHECK(year["score"].is_null());
  CHECK(year["level"].is_null());
}

TEST_CASE("datapackage.json describes every table, and a licence only when site.json gives one") {
  const SmallSite small;
  OpenData data = open_data(small.figures);
  add_published_table(data, oit_links_table(),
                      "\xEF\xBB\xBF"
                      "code,title,url,status\r\n");
  Links links{"https://www.example.go.th/ita/", false};
  SiteConfig config = small.site.config;

  const auto unlicensed = datapackage_file(data, config, links);
  REQUIRE(unlicensed);
  CHECK(unlicensed->path == "data/datapackage.json");
  const auto package = nlohmann::json::parse(unlicensed->bytes);
  CHECK_FALSE(package.contains("licenses"));  // never invented
  CHECK(package["profile"] == "tabular-data-package");
  CHECK(package["homepage"] == "https://www.example.go.th/ita/data/");
  REQUIRE(package["resources"].size() == data.tables.size());
  const auto& plan = package["resources"][0];
  CHECK(plan["name"] == "plan-2566-2570");
  CHECK(plan["path"] == "plans/2566-2570/plan.csv");  // relative to data/
  CHECK(plan["format"] == "csv");
  CHECK(plan["mediatype"] == "text/csv");
  CHECK(plan["encoding"] == "utf-8");
  CHECK(plan["bytes"] == data.tables[0].csv_bytes);
  CHECK(plan["hash"] == "sha256:" + data.tables[0].csv_sha256);
  CHECK(plan["schema"]["fields"][2] == nlohmann::json::parse(R"({"name": "ชื่อโครงการ",
      "title": "ชื่อโครงการ กิจกรรม หรือมาตรการ", "type": "string", "oitgen:key": "title"})"));
  // A file outside data/ is named by its URL: a package's paths may not climb out of it.
  CHECK(package["resources"].back()["path"] == "https://www.example.go.th/ita/oit/oit-links.csv");

  config.license = License{"CC-BY-4.0",
                           {"ครีเอทีฟคอมมอนส์", "Creative Commons"},
                           "https://creativecommons.org/licenses/by/4.0/"};
  const auto licensed = nlohmann::json::parse(datapackage_file(data, config, links)->bytes);
  CHECK(licensed["licenses"] == nlohmann::json::parse(R"([{"name": "CC-BY-4.0",
      "path": "https://creativecommons.org/licenses/by/4.0/", "title": "ครีเอทีฟคอมมอนส์"}])"));
  config.license = License{"", {"ข้อตกลงของเทศบาล", ""}, "https://www.example.go.th/terms"};
  const auto own = nlohmann::json::parse(datapackage_file(data, config, links)->bytes);
  CHECK_FALSE(own["licenses"][0].contains("name"));

  // The same figures give the same bytes.
  CHECK(datapackage_file(open_data(small.figures), small.site.config, links)->bytes ==
        datapackage_file(open_data(small.figures), small.site.config, links)->bytes);
}

TEST_CASE("a site without tables has no datapackage.json, which needs one resource at least") {
  const Figures none;
  const OpenData data = open_data(none);
  CHECK(data.tables.empty());
  CHECK_FALSE(datapackage_file(data, SiteConfig{}, Links{"https://x.go.th/", false}));
}
