#include <doctest/doctest.h>

#include "compute/compute.h"

using namespace oitgen;

namespace {

Framework checklist() {
  Framework framework;
  framework.id = "ita-test";
  const auto item = [](std::string code, std::string title, std::string indicator, std::string sub,
                       std::vector<std::string> topics, int offset) {
    OitItem out;
    out.code = std::move(code);
    out.title.th = std::move(title);
    out.indicator = std::move(indicator);
    out.sub_indicator = std::move(sub);
    out.topics = std::move(topics);
    out.content_year_offset = offset;
    return out;
  };
  framework.items = {
      item("O31", "ประกาศ No Gift", "10", "10.1", {"no_gift_declaration"}, 0),
      item("O36", "แผน", "10", "10.1", {"anti_corruption_plan"}, 0),
      item("O37", "รายงาน 6 เดือน", "10", "10.1", {"anti_corruption_report_6_month"}, 0),
      item("O38", "รายงานประจำปี", "10", "10.1", {"anti_corruption_report_annual"}, -1),
      item("O39", "ประมวลจริยธรรม", "10", "10.2", {}, 0),
      item("O1", "โครงสร้าง", "9", "9.1", {}, 0)};
  return framework;
}

Site site_of_2568() {
  Site site;
  site.config.base_url = "https://example.go.th/";
  Plan plan;
  plan.id = "2566-2570";
  plan.years = {2566, 2567, 2568, 2569, 2570};
  Report six;
  six.id = "2567-6-month";
  six.fiscal_year = 2567;
  six.round = Round::six_month;
  Report twelve = six;
  twelve.id = "2567-12-month";
  twelve.round = Round::twelve_month;
  plan.reports = {six, twelve};
  site.plans = {plan};
  Document notice;
  notice.fiscal_year = 2568;
  site.no_gift_policy = notice;
  Document code;
  code.slug = "code-of-conduct";
  code.oit = {"O39"};
  site.pages = {code};
  site.oit_links = {{"O1", "https://example.go.th/structure", {}, std::nullopt, {}}};
  return site;
}

OitStatus status_of(const OitCoverage& coverage, const std::string& code) {
  for (const auto& item : coverage.items)
    if (item.item.code == code) return item.status;
  FAIL("no item " << code);
  return OitStatus::missing;
}

}  // namespace

TEST_CASE("pages serve items by what they are, by their codes, and by links") {
  const OitCoverage coverage = compute_oit(site_of_2568(), checklist(), 2568);
  CHECK(coverage.total == 6);
  CHECK(status_of(coverage, "O31") == OitStatus::served);
  CHECK(status_of(coverage, "O36") == OitStatus::served);
  CHECK(status_of(coverage, "O39") == OitStatus::served);
  CHECK(status_of(coverage, "O1") == OitStatus::served);
  CHECK(coverage.items[0].sources.front().target == "notices/no-gift-policy/");
  CHECK(coverage.items[1].sources.front().target == "plans/2566-2570/");
  CHECK(coverage.items[5].sources.front().external);
}

TEST_CASE("content older than the assessment year leaves an item outdated") {
  const OitCoverage coverage = compute_oit(site_of_2568(), checklist(), 2568);
  // The only 6-month report is of 2567; the assessment of 2568 needs 2568's.
  CHECK(status_of(coverage, "O37") == OitStatus::outdated);
  // An annual report is assessed the year after: 2567's serves the assessment of 2568.
  CHECK(status_of(coverage, "O38") == OitStatus::served);
  CHECK(coverage.served == 5);

  Site site = site_of_2568();
  site.no_gift_policy->fiscal_year = 2567;
  CHECK(status_of(compute_oit(site, checklist(), 2568), "O31") == OitStatus::outdated);
  site.no_gift_policy.reset();
  CHECK(status_of(compute_oit(site, checklist(), 2568), "O31") == OitStatus::missing);
}

TEST_CASE("a current source comes before an older one") {
  Site site = site_of_2568();
  Report current = site.plans[0].reports[0];
  current.id = "2568-6-month";
  current.fiscal_year = 2568;
  site.plans[0].reports.push_back(current);
  const OitCoverage coverage = compute_oit(site, checklist(), 2568);
  REQUIRE(coverage.items[2].sources.size() == 2);
  CHECK(coverage.items[2].status == OitStatus::served);
  CHECK(coverage.items[2].sources.front().target == "plans/2566-2570/reports/2568-6-month/");
}
