#include "compute/ita_levels.h"

#include <doctest/doctest.h>

#include "diagnostics/diagnostics.h"
#include "load/framework_loader.h"

using namespace oitgen;

TEST_CASE("two levels may share a total when the higher one also asks for part scores") {
  Diagnostics diags;
  const auto framework =
      parse_framework(R"({"id": "x", "assessment_year": 2570, "title": {"th": "x"},
      "scale": {"levels": [{"level": "ผ่านดี", "min_score": 85, "min_parts": {"OIT": 85}},
                           {"level": "ผ่าน", "min_score": 85},
                           {"level": "ต่ำ", "min_score": 85},
                           {"level": "F", "min_score": 0}]}})",
                      "x.json", diags);
  REQUIRE(framework);
  REQUIRE(diags.error_count() == 1);  // ต่ำ repeats 85 after a level without part minima
  CHECK(diags.all()[0].pos.line == 4);
  CHECK(level_for(*framework, 90, {{"OIT", 80}}) == "ผ่าน");
}
