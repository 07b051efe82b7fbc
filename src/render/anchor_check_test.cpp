#include "render/anchor_check.h"

#include <doctest/doctest.h>

using namespace oitgen;

namespace {

OitCoverage coverage_linking_to(const std::string& target, const std::string& anchor) {
  OitCoverage coverage;
  OitItemFigures item;
  item.item.code = "O34";
  OitSource source;
  source.target = target;
  source.anchor = anchor;
  item.sources = {source};
  coverage.items = {item};
  return coverage;
}

}  // namespace

TEST_CASE("an id is found only as an attribute") {
  CHECK(has_id(R"(<h2 id="risks-heading">)", "risks-heading"));
  CHECK(has_id("<h2 class=x id='risks-heading'>", "risks-heading"));
  CHECK_FALSE(has_id(R"(<h2 id="risks-heading-2">)", "risks-heading"));
  CHECK_FALSE(has_id(R"(<h2 data-id="risks-heading">)", "risks-heading"));
  CHECK_FALSE(has_id("<p>id=&quot;risks-heading&quot;</p>", "risks-heading"));
}

TEST_CASE("a page an OIT source links into must hold the anchor") {
  const std::optional<OitCoverage> coverage =
      coverage_linking_to("plans/x/#risks-heading", "risks-heading");
  AnchorCheck kept(coverage);
  kept.page("plans/x/", "templates/plan.mustache", R"(<h2 id="risks-heading">)");
  kept.page("plans/y/", "templates/plan.mustache", "<h2>");  // not linked to
  CHECK(kept.problems().empty());

  AnchorCheck dropped(coverage);
  dropped.page("plans/x/", "themes/civic/templates/plan.mustache", "<h2 id=\"risks\">");
  REQUIRE(dropped.problems().size() == 1);
  CHECK(dropped.problems()[0] ==
        "themes/civic/templates/plan.mustache: the page plans/x/ has no id=\"risks-heading\", "
        "which the OIT index links to for O34 (plans/x/#risks-heading); give its heading "
        "id=\"{{anchors.plan_risks}}\"");
  CHECK(AnchorCheck(std::nullopt).problems().empty());
}
