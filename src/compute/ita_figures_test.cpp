#include <doctest/doctest.h>

#include "compute/compute.h"
#include "compute/ita_levels.h"
#include "load/framework_loader.h"

using namespace oitgen;

namespace {

ItaYear ita(int year, std::optional<double> score, std::map<std::string, double> parts = {},
            std::string level = "") {
  ItaYear out;
  out.year = year;
  out.score = score;
  out.parts = std::move(parts);
  out.level = std::move(level);
  return out;
}

// Only the figures' values are read here: the records they point into are gone once the
// test's statement ends.
ItaFigures values_of(const ItaYear& year, const std::vector<Plan>& plans,
                     const std::vector<Framework>& frameworks) {
  return compute_ita(year, plans, frameworks);
}

ItaFigures figures_of(const ItaYear& year) {
  return values_of(year, {}, shipped_frameworks());
}

std::string computed_level(int year, double score, std::map<std::string, double> parts = {}) {
  return figures_of(ita(year, score, std::move(parts))).computed_level;
}

// A scale shaped like the shipped ones, with the confirmation given.
Framework scale(int year, bool confirmed) {
  Framework framework;
  framework.id = "ita-" + std::to_string(year);
  framework.assessment_year = year;
  framework.scale_confirmed = confirmed;
  framework.levels = {{"ผ่านดีเยี่ยม", "", 95, {{"IIT", 85}, {"EIT", 85}, {"OIT", 85}}},
                      {"ผ่านดี", "", 85, {}},
                      {"ผ่าน", "", 0, {}}};
  return framework;
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

TEST_CASE("a level's part minima keep a high total out of it") {
  const Framework framework = scale(2570, true);
  CHECK(level_for(framework, 96, {{"IIT", 96}, {"EIT", 96}, {"OIT", 96}}) == "ผ่านดีเยี่ยม");
  CHECK(level_for(framework, 96, {{"IIT", 99}, {"EIT", 99}, {"OIT", 80}}) == "ผ่านดี");
  CHECK(level_for(framework, 96, {}) == "ผ่านดีเยี่ยม");  // parts not given are not checked
  CHECK(level_for(framework, 10, {}) == "ผ่าน");
}

TEST_CASE("a year up to 2565 without an announced level shows the computed one, with its rule") {
  const auto figures = figures_of(ita(2565, 93.81));
  CHECK(figures.scale_confirmed);
  CHECK(figures.level_source == ItaLevelSource::computed);
  CHECK(figures.level == "A");
  CHECK(figures.level_rule == "AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F < 50");
  CHECK(figures.estimate.empty());
}

TEST_CASE("the rule text is written from the scale, part minima included") {
  CHECK(rule_text(scale(2570, true)) ==
        "ผ่านดีเยี่ยม ≥ 95 (IIT ≥ 85, EIT ≥ 85, OIT ≥ 85), ผ่านดี ≥ 85, ผ่าน < 85");
  Framework odd = scale(2570, true);
  odd.levels[1].min_score = 84.995;
  CHECK(rule_text(odd).find("ผ่านดี ≥ 84.995, ผ่าน < 84.995") != std::string::npos);
}

TEST_CASE("no computed level is presented as a result on an unconfirmed scale") {
  for (int year : {2566, 2567, 2568, 2569}) {
    CAPTURE(year);
    // 97.43 with every part high: the old shipped rule said ผ่านดีเยี่ยม; the NACC said ผ่านดี.
    const auto figures = figures_of(ita(year, 97.43, {{"IIT", 97}, {"EIT", 98}, {"OIT", 97}}));
    CHECK_FALSE(figures.scale_confirmed);
    CHECK(figures.level_source == ItaLevelSource::none);
    CHECK(figures.level.empty());
    CHECK(figures.level_rule.empty());
    CHECK(figures.computed_level.empty());
    CHECK_FALSE(figures.estimate.empty());  // for `check` to mention, never for a page
  }
  // Whatever the thresholds, a framework decides by its own "confirmed", not by its year.
  const auto confirmed =
      values_of(ita(2570, 96, {{"IIT", 90}, {"EIT", 90}, {"OIT", 90}}), {}, {scale(2570, true)});
  CHECK(confirmed.level_source == ItaLevelSource::computed);
  CHECK(confirmed.level == "ผ่านดีเยี่ยม");
  const auto unconfirmed =
      values_of(ita(2570, 96, {{"IIT", 90}, {"EIT", 90}, {"OIT", 90}}), {}, {scale(2570, false)});
  CHECK(unconfirmed.level_source == ItaLevelSource::none);
  CHECK(unconfirmed.level.empty());
  CHECK(unconfirmed.estimate == "ผ่านดีเยี่ยม");
}

TEST_CASE("an announced level is shown verbatim") {
  const auto figures =
      figures_of(ita(2568, 97.43, {{"IIT", 97}, {"EIT", 98}, {"OIT", 97}}, "ผ่านดี"));
  CHECK(figures.level == "ผ่านดี");
  CHECK(figures.level_source == ItaLevelSource::announced);
  CHECK(figures.level_rule.empty());
  // An unconfirmed scale is no ground for saying that the NACC's level is wrong.
  CHECK_FALSE(figures.disagrees);
  CHECK(figures_of(ita(2566, 97.90, {}, "ผ่านดี")).framework_id == "ita-2566");
  // A level announced without its score is shown all the same.
  const auto level_only = figures_of(ita(2568, std::nullopt, {}, "ผ่านดี"));
  CHECK(level_only.level == "ผ่านดี");
  CHECK(level_only.level_source == ItaLevelSource::announced);
  CHECK_FALSE(level_only.score);
}

TEST_CASE("an announced level that differs from a confirmed scale is flagged") {
  const auto agreed = figures_of(ita(2565, 93.81, {}, "A"));
  CHECK(agreed.level == "A");
  CHECK_FALSE(agreed.disagrees);
  const auto disputed = figures_of(ita(2565, 93.81, {}, "AA"));
  CHECK(disputed.level == "AA");
  CHECK(disputed.level_source == ItaLevelSource::announced);
  CHECK(disputed.computed_level == "A");
  CHECK(disputed.disagrees);
  CHECK(disputed.framework_id == "ita-2565");
}

TEST_CASE("a year without a score has no level and no target result") {
  Plan plan;
  plan.years = {2566, 2567, 2568, 2569, 2570};
  Target score;
  score.kind = "ita_score";
  score.values = {{2569, 80}};
  plan.targets = {score};
  const auto figures = values_of(ita(2569, std::nullopt), {plan}, shipped_frameworks());
  CHECK_FALSE(figures.score);
  CHECK(figures.level.empty());
  CHECK(figures.level_source == ItaLevelSource::none);
  CHECK(figures.estimate.empty());
  REQUIRE(figures.target);
  CHECK(*figures.target == 80);
  CHECK_FALSE(figures.target_met);  // only an announced score meets or misses the target
  // A score outside 0 to 100 (an error of the loader's) is no score either.
  CHECK_FALSE(figures_of(ita(2565, 101)).score);
  CHECK(figures_of(ita(2565, 101)).level.empty());
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
  const auto met = values_of(ita(2567, 88.45), {plan}, shipped_frameworks());
  REQUIRE(met.target);
  CHECK(*met.target == 70);
  CHECK(*met.target_met);
  const auto missed = values_of(ita(2568, 74.9), {plan}, shipped_frameworks());
  CHECK_FALSE(*missed.target_met);
  const auto none = values_of(ita(2571, 90), {plan}, shipped_frameworks());
  CHECK_FALSE(none.target);

  // "kind": "ita_score" marks the target even when its title does not say ITA.
  plan.targets[0].kind = "ita_score";
  CHECK(*values_of(ita(2567, 88.45), {plan}, shipped_frameworks()).target == 20);
}

TEST_CASE("an ITA year's measures are joined to the projects they name") {
  std::vector<Plan> plans(2);
  plans[0].id = "2561-2565";
  plans[1].id = "2566-2570";
  for (auto& plan : plans) {
    Project project;
    project.id = "p01";
    plan.projects.push_back(project);
  }
  Project only_in_the_first;
  only_in_the_first.id = "p02";
  plans[0].projects.push_back(only_in_the_first);
  ItaYear year = ita(2567, 88.45);
  year.measures.resize(4);
  year.measures[0].project = "p01";
  year.measures[1].project = "p02";
  year.measures[2].project = "p404";
  const ItaFigures figures = compute_ita(year, plans, shipped_frameworks());
  CHECK(figures.ita == &year);
  REQUIRE(figures.measures.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) CHECK(figures.measures[i].measure == &year.measures[i]);
  // An id in two plans is the last plan's.
  CHECK(figures.measures[0].plan == &plans[1]);
  CHECK(figures.measures[0].project == &plans[1].projects[0]);
  CHECK(figures.measures[1].plan == &plans[0]);
  CHECK(figures.measures[1].project == &plans[0].projects[1]);
  CHECK_FALSE(figures.measures[2].project);  // no plan has it
  CHECK_FALSE(figures.measures[2].plan);
  CHECK_FALSE(figures.measures[3].project);  // names none
}
