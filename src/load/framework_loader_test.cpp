#include "load/framework_loader.h"

#include <doctest/doctest.h>
#include <stdexcept>

#include "diagnostics/diagnostics.h"

using namespace oitgen;

TEST_CASE("every shipped framework loads, ordered by year") {
  const auto& frameworks = shipped_frameworks();
  REQUIRE(frameworks.size() >= 2);
  for (std::size_t i = 1; i < frameworks.size(); ++i)
    CHECK(frameworks[i - 1].assessment_year < frameworks[i].assessment_year);
  for (const auto& framework : frameworks) {
    CHECK(framework.id == "ita-" + std::to_string(framework.assessment_year));
    CHECK(framework.levels.back().min_score == 0);
    for (std::size_t i = 1; i < framework.levels.size(); ++i)
      CHECK((framework.levels[i - 1].min_score > framework.levels[i].min_score ||
             (framework.levels[i - 1].min_score == framework.levels[i].min_score &&
              !framework.levels[i - 1].min_parts.empty())));
  }
  CHECK(find_framework(frameworks, "ita-2566"));
  CHECK_FALSE(find_framework(frameworks, "ita-1999"));
}

TEST_CASE("the scale of a year is the latest framework not after it") {
  const auto& frameworks = shipped_frameworks();
  CHECK(framework_for_year(frameworks, 2565)->id == "ita-2565");
  CHECK(framework_for_year(frameworks, 2566)->id == "ita-2566");
  CHECK(framework_for_year(frameworks, 2569)->assessment_year <= 2569);
  CHECK(framework_for_year(frameworks, 2560)->id == "ita-2565");
}

TEST_CASE("a scale must end at 0 and go down") {
  Diagnostics diags;
  parse_framework(R"({"id": "x", "assessment_year": 2570, "title": {"th": "x"},
                      "scale": {"levels": [{"level": "A", "min_score": 50}, {"level": "B", "min_score": 60}]}})",
                  "x.json", diags);
  REQUIRE(diags.error_count() == 2);
  CHECK(diags.all()[0].message.find("from the highest down") != std::string::npos);
  CHECK(diags.all()[1].message.find("min_score 0") != std::string::npos);
}

TEST_CASE("v1 \"serves\" kinds are read as topics") {
  Diagnostics diags;
  const auto framework =
      parse_framework(R"({"id": "ita-2599", "assessment_year": 2599, "title": "x",
      "scale": {"levels": [{"level": "ผ่าน", "min_score": 0}]},
      "items": [{"code": "O1", "title": "แผน", "indicator": "10", "serves": ["plan"]},
                {"code": "O2", "title": "รายงาน", "indicator": "10", "serves": ["report_12_month"],
                 "content_year": "previous"},
                {"code": "O3", "title": "x", "indicator": "10", "serves": ["poster"]}]})",
                      "x.json", diags);
  REQUIRE(framework);
  REQUIRE(framework->items.size() == 3);
  CHECK(framework->items[0].topics == std::vector<std::string>{"anti_corruption_plan"});
  CHECK(framework->items[1].content_year_offset == -1);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].pos.line == 6);
}

TEST_CASE("OIT items name topic keys, sources and whether they are confirmed") {
  Diagnostics diags;
  const auto framework =
      parse_framework(R"({"id": "ita-2599", "assessment_year": 2599, "title": "x",
      "sources": ["https://example.org/manual.pdf"],
      "scale": {"confirmed": false, "levels": [{"level": "ผ่าน", "min_score": 0}]},
      "items": [{"code": "O1", "title": "แผน", "indicator": "10", "heading": "แผน",
                 "topics": ["anti_corruption_plan"], "confirmed": true,
                 "sources": ["https://example.org/list"]},
                {"code": "O2", "title": "x", "indicator": "10", "topics": ["anti_corruption_pln"]}]})",
                      "x.json", diags);
  REQUIRE(framework);
  CHECK_FALSE(framework->scale_confirmed);
  CHECK(framework->sources == std::vector<std::string>{"https://example.org/manual.pdf"});
  CHECK(framework->items[0].confirmed);
  CHECK(framework->items[0].heading == "แผน");
  CHECK(framework->items[0].sources.size() == 1);
  CHECK_FALSE(framework->items[1].confirmed);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].message.find("did you mean \"anti_corruption_plan\"?") != std::string::npos);
}

TEST_CASE("the topic vocabulary holds the keys generated pages serve") {
  for (const char* key :
       {"anti_corruption_plan", "corruption_risk_assessment", "anti_corruption_report_6_month",
        "anti_corruption_report_annual", "integrity_measures", "integrity_measures_actions",
        "no_gift_declaration"})
    CHECK_MESSAGE(find_topic(key), key);
}
