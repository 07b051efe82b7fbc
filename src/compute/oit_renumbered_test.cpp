// The same content under the checklists of two years: each year's own codes.
#include <doctest/doctest.h>

#include "compute/compute.h"

using namespace oitgen;

namespace {

OitItem item(std::string code, std::vector<std::string> topics) {
  OitItem out;
  out.code = std::move(code);
  out.title.th = "ข้อ " + out.code;
  out.topics = std::move(topics);
  return out;
}

Framework framework(int year, std::vector<OitItem> items) {
  Framework out;
  out.id = "ita-" + std::to_string(year);
  out.assessment_year = year;
  out.items = std::move(items);
  return out;
}

// As the NACC numbered them: the action plan O36 then O23, the No Gift items O31/O32 then O20.
std::vector<Framework> frameworks() {
  return {
      framework(2566, {item("O31", {"no_gift_declaration"}), item("O32", {"no_gift_activity"}),
                       item("O36", {"anti_corruption_plan"}), item("O39", {"code_of_conduct"})}),
      framework(2569, {item("O20", {"no_gift_declaration", "no_gift_activity"}),
                       item("O23", {"anti_corruption_plan"}), item("O26", {"code_of_conduct"})})};
}

Site site() {
  Site out;
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2566, 2567, 2568, 2569, 2570};
  out.plans = {plan};
  Document code;
  code.slug = "code-of-conduct";
  code.oit = {"code_of_conduct"};
  Document day;
  day.slug = "no-gift-day";
  day.date = Date{2025, 11, 3};
  day.oit = {"O32"};  // a 2566 code: unqualified codes belong to ita-2566
  out.pages = {code};
  out.news = {day};
  return out;
}

std::vector<std::string> targets(const OitCoverage& coverage, const std::string& code) {
  std::vector<std::string> out;
  for (const auto& figures : coverage.items)
    if (figures.item.code == code)
      for (const auto& source : figures.sources) out.push_back(source.target);
  return out;
}

}  // namespace

TEST_CASE("the same content lands under each year's own codes") {
  const auto all = frameworks();
  const OitCoverage old_list = compute_oit(site(), all[0], 2566, all);
  const OitCoverage new_list = compute_oit(site(), all[1], 2569, all);
  CHECK(targets(old_list, "O36") == std::vector<std::string>{"plans/2566-2570/"});
  CHECK(targets(new_list, "O23") == std::vector<std::string>{"plans/2566-2570/"});
  CHECK(targets(old_list, "O39") == std::vector<std::string>{"pages/code-of-conduct/"});
  CHECK(targets(new_list, "O26") == std::vector<std::string>{"pages/code-of-conduct/"});
  // O32 of 2566 (No Gift activity) is part of O20 in 2569.
  CHECK(targets(old_list, "O32").size() == 1);
  CHECK(targets(new_list, "O20").size() == 1);
  CHECK(targets(new_list, "O23").size() == 1);
  CHECK(new_list.framework_id == "ita-2569");
}

TEST_CASE("a qualified code belongs to the framework it names") {
  auto content = site();
  content.news.front().oit = {"ita-2569:O20"};
  const auto all = frameworks();
  CHECK(targets(compute_oit(content, all[1], 2569, all), "O20").size() == 1);
  CHECK(targets(compute_oit(content, all[0], 2566, all), "O31").size() == 1);
  CHECK(targets(compute_oit(content, all[0], 2566, all), "O32").size() == 1);
}

TEST_CASE("an unqualified code belongs to oit_framework when site.json names it") {
  auto content = site();
  content.config.oit_framework = "ita-2569";
  content.news.front().oit = {"O23"};
  const auto all = frameworks();
  CHECK(targets(compute_oit(content, all[1], 2569, all), "O23").size() == 2);
}

TEST_CASE("the year's framework is chosen by compute, and none for a year without one") {
  auto content = site();
  const auto all = frameworks();
  content.config.current_fiscal_year = 2569;
  Figures figures = compute(content, all, Date{2026, 1, 1});
  REQUIRE(figures.oit);
  CHECK(figures.oit->framework_id == "ita-2569");
  CHECK(figures.oit_year == 2569);
  content.config.current_fiscal_year = 2570;
  figures = compute(content, all, Date{2026, 1, 1});
  CHECK_FALSE(figures.oit);
  CHECK(figures.oit_year == 2570);
  content.config.oit_year = 2566;
  figures = compute(content, all, Date{2026, 1, 1});
  REQUIRE(figures.oit);
  CHECK(figures.oit->framework_id == "ita-2566");
}
