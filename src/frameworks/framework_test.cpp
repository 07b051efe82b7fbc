#include "frameworks/framework.h"

#include <doctest/doctest.h>
#include <stdexcept>

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
      CHECK(framework.levels[i - 1].min_score > framework.levels[i].min_score);
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

TEST_CASE("a scale must end at 0") {
  CHECK_THROWS_AS(parse_framework(R"({"id": "x", "assessment_year": 2570, "title": {"th": "x"},
                                      "scale": {"levels": [{"level": "A", "min_score": 50}]}})",
                                  "x.json"),
                  std::runtime_error);
}
