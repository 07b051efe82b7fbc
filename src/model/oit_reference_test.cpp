#include "model/oit_reference.h"

#include <doctest/doctest.h>

using namespace oitgen;

namespace {

OitItem item(std::string code, std::vector<std::string> topics) {
  OitItem out;
  out.code = std::move(code);
  out.topics = std::move(topics);
  return out;
}

Framework framework(int year, std::vector<OitItem> items) {
  Framework out;
  out.id = "ita-" + std::to_string(year);
  out.assessment_year = year;
  out.file = "frameworks/" + out.id + ".json";
  out.items = std::move(items);
  return out;
}

// The action plan and the No Gift activity as the NACC numbered them for ITA 2566 and 2569.
std::vector<Framework> two_years() {
  return {framework(2565, {}),
          framework(2566, {item("O31", {"no_gift_declaration"}),
                           item("O36", {"anti_corruption_plan"}), item("O39", {})}),
          framework(2569, {item("O20", {"no_gift_declaration", "no_gift_activity"}),
                           item("O23", {"anti_corruption_plan"})})};
}

}  // namespace

TEST_CASE("topic keys are lower-case words; codes are not") {
  CHECK(looks_like_topic_key("anti_corruption_plan"));
  CHECK(looks_like_topic_key("news"));
  CHECK(looks_like_topic_key("anti_corruption_report_6_month"));
  CHECK_FALSE(looks_like_topic_key("O36"));
  CHECK_FALSE(looks_like_topic_key("o36"));
  CHECK_FALSE(looks_like_topic_key("ita-2569:O23"));
  CHECK_FALSE(looks_like_topic_key(""));
}

TEST_CASE("a code belongs to its qualifier's framework, else the default one") {
  const OitReference plain = parse_oit_reference("O36", "ita-2566");
  CHECK_FALSE(plain.topic);
  CHECK(plain.framework_id == "ita-2566");
  CHECK(plain.key == "O36");
  const OitReference qualified = parse_oit_reference("ita-2569:O23", "ita-2566");
  CHECK(qualified.qualified);
  CHECK(qualified.framework_id == "ita-2569");
  CHECK(qualified.key == "O23");
  const OitReference topic = parse_oit_reference("code_of_conduct", "ita-2566");
  CHECK(topic.topic);
  CHECK(topic.key == "code_of_conduct");

  SiteConfig config;
  CHECK(unqualified_code_framework(config) == "ita-2566");
  config.oit_framework = "ita-2569";
  CHECK(unqualified_code_framework(config) == "ita-2569");
}

TEST_CASE("the framework is the assessment year's own, never an older one") {
  const auto frameworks = two_years();
  SiteConfig config;
  OitChoice choice = choose_oit_framework(config, frameworks, 2569);
  REQUIRE(choice.framework);
  CHECK(choice.framework->id == "ita-2569");
  CHECK_FALSE(choice.named);

  choice = choose_oit_framework(config, frameworks, 2570);
  CHECK(choice.year == 2570);
  CHECK(choice.framework == nullptr);
  REQUIRE(choice.newest);
  CHECK(choice.newest->id == "ita-2569");
  CHECK(missing_framework_message(choice) ==
        "no OIT checklist for ITA 2570, the assessment year, is shipped with oitgen or in "
        "content/frameworks/, so no OIT coverage is computed and no oit-links.csv is written; "
        "the newest shipped is ita-2569 (ITA 2569); start the year's file with: oitgen "
        "framework new 2570 --from ita-2569");

  // A year between two lists has none either: ITA 2567's list is not ITA 2566's.
  CHECK(choose_oit_framework(config, frameworks, 2567).framework == nullptr);

  config.oit_year = 2566;
  choice = choose_oit_framework(config, frameworks, 2570);
  REQUIRE(choice.framework);
  CHECK(choice.framework->id == "ita-2566");

  config.oit_year.reset();
  config.oit_framework = "ita-2566";
  choice = choose_oit_framework(config, frameworks, 2569);
  REQUIRE(choice.framework);
  CHECK(choice.framework->id == "ita-2566");
  CHECK(choice.named);
  CHECK(choice.year == 2569);
}

TEST_CASE("the command that starts a year copies the newest list before it") {
  const auto frameworks = two_years();
  CHECK(framework_new_command(2570, frameworks) == "oitgen framework new 2570 --from ita-2569");
  CHECK(framework_new_command(2567, frameworks) == "oitgen framework new 2567 --from ita-2566");
  CHECK(framework_new_command(2560, frameworks) == "oitgen framework new 2560");
}

TEST_CASE("a code of another year maps through its item's topics") {
  const auto frameworks = two_years();
  const Framework& y2566 = frameworks[1];
  const Framework& y2569 = frameworks[2];
  CHECK(map_code(*find_item(y2566, "O36"), y2569).codes == std::vector<std::string>{"O23"});
  CHECK(map_code(*find_item(y2566, "O31"), y2569).codes == std::vector<std::string>{"O20"});
  const OitMapping none = map_code(*find_item(y2566, "O39"), y2569);
  CHECK(none.codes.empty());
  CHECK(none.topics.empty());
}
