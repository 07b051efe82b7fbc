#include <doctest/doctest.h>

#include "compute/compute.h"
#include "load/framework_loader.h"

using namespace oitgen;

namespace {

ItaYear ita(int year, double score, std::map<std::string, double> parts = {},
            std::string level = "") {
  ItaYear out;
  out.year = year;
  out.score = score;
  out.parts = std::move(parts);
  out.level = std::move(level);
  return out;
}

std::string computed_level(int year, double score, std::map<std::string, double> parts = {}) {
  return compute_ita(ita(year, score, std::move(parts)), {}, shipped_frameworks()).computed_level;
}

}  // namespace

TEST_CASE("through ITA 2565 the grade comes from the total score") {
  CHECK(computed_level(2565, 95) == "AA");
  CHECK(computed_level(2565, 94.99) == "A");
  CHECK(computed_level(2565, 93.81) == "A");
  CHECK(computed_level(2565, 85) == "A");
  CHECK(computed_level(2565, 75) == "B");
  CHECK(computed_level(2565, 65) == "C");
  CHECK(computed_level(2565, 55) == "D");
  CHECK(computed_level(2565, 50) == "E");
  CHECK(computed_level(2565, 49.99) == "F");
  CHECK(computed_level(2563, 80) == "B");  // years before the first scale use the earliest one
}

TEST_CASE("from ITA 2566 the pass level also depends on the part scores") {
  // The thresholds from 2566 on are an unconfirmed estimate (see frameworks/README.md).
  // A part below 95 keeps a high total out of the top level.
  CHECK(computed_level(2566, 95.54, {{"IIT", 96.1}, {"EIT", 94.8}, {"OIT", 95.9}}) == "ผ่านดี");
  CHECK(computed_level(2566, 95.54, {{"IIT", 99}, {"EIT", 99}, {"OIT", 80}}) == "ผ่าน");
  CHECK(computed_level(2567, 88.45, {{"IIT", 92.1}, {"EIT", 86.3}, {"OIT", 87}}) == "ผ่านดี");
  CHECK(computed_level(2568, 80) == "ต้องปรับปรุง");
  CHECK(computed_level(2568, 60) == "ต้องปรับปรุงโดยด่วน");
  CHECK(computed_level(2568, 10) == "ต้องปรับปรุงโดยด่วน");
  // Without parts, only the score is checked.
  CHECK(computed_level(2568, 96) == "ผ่านดีเยี่ยม");
}

TEST_CASE("an announced level is shown, and a disagreement is flagged") {
  const auto agreed = compute_ita(ita(2568, 95.54, {}, "ผ่านดีเยี่ยม"), {}, shipped_frameworks());
  CHECK(agreed.level == "ผ่านดีเยี่ยม");
  CHECK(agreed.announced);
  CHECK_FALSE(agreed.disagrees);
  const auto disputed = compute_ita(ita(2568, 95.54, {}, "ผ่านดี"), {}, shipped_frameworks());
  CHECK(disputed.level == "ผ่านดี");
  CHECK(disputed.computed_level == "ผ่านดีเยี่ยม");
  CHECK(disputed.disagrees);
  CHECK(disputed.framework_id == "ita-2568");
}

TEST_CASE("the score is compared with the plan's ITA target for the year") {
  Plan plan;
  plan.years = {2566, 2567, 2568, 2569, 2570};
  Target cases;
  cases.title.th = "จำนวนคดีทุจริตลดลง";
  cases.values = {{2567, 20}};
  Target score;
  score.title.th = "คะแนน ITA";
  score.values = {{2567, 70}, {2568, 75}};
  plan.targets = {cases, score};
  const auto met = compute_ita(ita(2567, 88.45), {plan}, shipped_frameworks());
  REQUIRE(met.target);
  CHECK(*met.target == 70);
  CHECK(*met.target_met);
  const auto missed = compute_ita(ita(2568, 74.9), {plan}, shipped_frameworks());
  CHECK_FALSE(*missed.target_met);
  const auto none = compute_ita(ita(2571, 90), {plan}, shipped_frameworks());
  CHECK_FALSE(none.target);

  // "kind": "ita_score" marks the target even when its title does not say ITA.
  plan.targets[0].kind = "ita_score";
  CHECK(*compute_ita(ita(2567, 88.45), {plan}, shipped_frameworks()).target == 20);
}
