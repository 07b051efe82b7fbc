#include "render/sites_index.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace oitgen;

namespace {

// A site with two reports of one plan, two ITA years and an OIT checklist, and its figures.
struct Sample {
  Sample() {
    site.config.organization.name = {"เทศบาลตำบลตัวอย่าง", "Example Municipality"};
    site.config.organization.province = "ขอนแก่น";
    Plan plan;
    plan.id = "2566-2570";
    Report six;
    six.id = "2567-6-month";
    six.fiscal_year = 2567;
    six.round = Round::six_month;
    Report twelve = six;
    twelve.id = "2567-12-month";
    twelve.round = Round::twelve_month;
    plan.reports = {six, twelve};
    site.plans.push_back(plan);
    figures.current_fiscal_year = 2568;
    const Plan& record = site.plans.front();
    ReportFigures first;
    first.plan = &record;
    first.report = &record.reports[0];
    first.implementation_level = 50.0;
    ReportFigures second;
    second.plan = &record;
    second.report = &record.reports[1];
    second.implementation_level = 84.0;
    PlanFigures plan_figures;
    plan_figures.plan = &record;
    plan_figures.reports.push_back(std::move(first));
    plan_figures.reports.push_back(std::move(second));
    figures.plans.push_back(std::move(plan_figures));
    // As compute chooses it: the newest report of the current year or before.
    figures.latest_report = &figures.plans.front().reports[1];
    ItaFigures announced;
    announced.year = 2567;
    announced.score = 91.25;
    announced.level = "A";
    announced.level_source = ItaLevelSource::announced;
    ItaFigures later;  // not announced yet: the 2567 result stays the one shown
    later.year = 2568;
    figures.ita.push_back(std::move(announced));
    figures.ita.push_back(std::move(later));
    figures.latest_ita = &figures.ita.front();
    OitCoverage coverage;
    coverage.assessment_year = 2568;
    coverage.served = 30;
    coverage.total = 43;
    figures.oit = coverage;
  }
  Site site;
  Figures figures;
};

Theme default_theme() {
  Diagnostics diags;
  return Theme::load(".", "default", diags);
}

std::string file(const std::vector<DataFile>& files, const std::string& path) {
  for (const auto& f : files)
    if (f.path == path) return f.bytes;
  FAIL("no file " << path);
  return "";
}

}  // namespace

TEST_CASE("a site's row holds the report and ITA result its home page shows") {
  const Sample sample;
  const SiteSummary row =
      summarize_site("khon-kaen", sample.site, sample.figures, 45, "2025-12-02T04:00:00Z");
  CHECK(row.built);
  CHECK(row.has_output);
  CHECK(row.name.en == "Example Municipality");
  REQUIRE(row.report);
  CHECK(row.report->report == "2567-12-month");
  CHECK(row.report->round == "12-month");
  CHECK(row.report->implementation_level == 84.0);
  REQUIRE(row.ita);
  CHECK(row.ita->year == 2567);
  CHECK(row.ita->level == "A");
  CHECK(row.ita->level_source == "announced");
  REQUIRE(row.oit);
  CHECK(row.oit->served == 30);
  CHECK(row.oit->total == 43);
}

TEST_CASE("sites.json reads back as it was written") {
  const Sample sample;
  SiteSummary failed;
  failed.id = "broken";
  const std::vector<SiteSummary> rows = {
      summarize_site("khon-kaen", sample.site, sample.figures, 45, "2025-12-02T04:00:00Z"), failed};
  const auto files = sites_index_files(rows, "2025-12-02T04:00:00Z", default_theme());
  const auto back = parse_sites_json(file(files, "sites.json"));
  REQUIRE(back.size() == 2);
  CHECK(back[0].id == "khon-kaen");
  CHECK(back[0].built);
  CHECK(back[0].built_at == "2025-12-02T04:00:00Z");
  CHECK(back[0].name.th == "เทศบาลตำบลตัวอย่าง");
  CHECK(back[0].pages == 45);
  REQUIRE(back[0].report);
  CHECK(back[0].report->implementation_level == 84.0);
  REQUIRE(back[0].ita);
  CHECK(back[0].ita->score == 91.25);
  CHECK(back[1].id == "broken");
  CHECK_FALSE(back[1].built);
  CHECK_FALSE(back[1].report);
}

TEST_CASE("rows of another shape are left out of a previous sites.json") {
  CHECK(parse_sites_json("not json").empty());
  CHECK(parse_sites_json(R"({"format": "other", "sites": [{"id": "a"}]})").empty());
  const auto rows = parse_sites_json(
      R"({"format": "oitgen-sites-1", "sites": [{"id": "../x"}, 7, {"id": "a", "pages": "many",
          "report": {"fiscal_year": -5, "implementation_level": "high"}, "oit": []}]})");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == "a");
  CHECK(rows[0].pages == 0);
  REQUIRE(rows[0].report);
  CHECK(rows[0].report->fiscal_year == 0);
  CHECK_FALSE(rows[0].report->implementation_level);
  CHECK_FALSE(rows[0].oit);
}

TEST_CASE("the index page escapes names, and its CSV keeps formulas as text") {
  SiteSummary row;
  row.id = "x";
  row.built = true;
  row.has_output = true;
  row.built_at = "2025-12-02T20:30:00Z";
  row.name = {"<script>alert(1)</script>", ""};
  row.province = "=HYPERLINK(\"http://evil\")";
  const auto files = sites_index_files({row}, "2025-12-02T20:30:00Z", default_theme());
  const std::string html = file(files, "index.html");
  CHECK(html.find("<script>") == std::string::npos);
  // Escaped; its Latin words are marked English on the Thai page.
  CHECK(html.find("&lt;<span lang=\"en\">script</span>&gt;") != std::string::npos);
  // 20:30 UTC is 03:30 the next day in Thailand.
  CHECK(html.find("<time datetime=\"2025-12-02T20:30:00Z\">3 ธ.ค. 2568 03:30 น.</time>") !=
        std::string::npos);
  const std::string csv = file(files, "sites.csv");
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://evil\"\")\"") != std::string::npos);
  const std::string english = file(files, "index.en.html");
  // Thai text on the English page says that it is Thai.
  CHECK(english.find("<a href=\"x/\" lang=\"th\">&lt;script&gt;") != std::string::npos);
  CHECK(english.find("3 Dec 2025 03:30 (Thailand time)") != std::string::npos);
}

TEST_CASE("the index page has the sites' favicon and OpenGraph tags") {
  SiteSummary row;
  row.id = "x";
  const auto files = sites_index_files({row}, "2025-12-02T04:00:00Z", default_theme());
  CHECK(file(files, "favicon.svg").starts_with("<svg"));
  const std::string html = file(files, "index.html");
  CHECK(html.find("<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">") !=
        std::string::npos);
  CHECK(html.find("<meta property=\"og:title\" content=\"") != std::string::npos);
  CHECK(html.find("<meta property=\"og:type\" content=\"website\">") != std::string::npos);
  CHECK(html.find("<meta property=\"og:site_name\" content=\"") != std::string::npos);
  CHECK(html.find("<meta property=\"og:description\" content=\"") != std::string::npos);
  CHECK(html.find("<meta property=\"og:locale\" content=\"th_TH\">") != std::string::npos);
  CHECK(html.find("<meta property=\"og:locale:alternate\" content=\"en_US\">") !=
        std::string::npos);
  const std::string english = file(files, "index.en.html");
  CHECK(english.find("<meta property=\"og:locale\" content=\"en_US\">") != std::string::npos);
  CHECK(english.find("<meta property=\"og:title\" content=\"All transparency sites\">") !=
        std::string::npos);
}

TEST_CASE("times are written in UTC") {
  CHECK(iso_utc(0) == "1970-01-01T00:00:00Z");
  CHECK(iso_utc(1764648000) == "2025-12-02T04:00:00Z");
}
