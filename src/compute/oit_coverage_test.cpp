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
  CHECK(coverage.percent == 83);  // 5 of 6, rounded down

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

TEST_CASE("an item is served only by content of the year it asks for") {
  Framework framework = checklist();
  framework.items.push_back([] {
    OitItem item;
    item.code = "O34";
    item.topics = {"corruption_risk_assessment"};
    return item;
  }());
  framework.items.push_back([] {
    OitItem item;
    item.code = "O35";
    item.topics = {"corruption_risk_management"};
    item.content_year_offset = -1;  // as ITA 2569 asks for 2568's
    return item;
  }());
  const auto item_of = [](const OitCoverage& coverage, const std::string& code) {
    for (const auto& item : coverage.items)
      if (item.item.code == code) return item;
    FAIL("no item " << code);
    return OitItemFigures{};
  };

  Site site = site_of_2568();
  // A later year's annual report does not report on the year the item asks for.
  Report later = site.plans[0].reports[1];
  later.id = "2568-12-month";
  later.fiscal_year = 2568;
  site.plans[0].reports = {later};
  CHECK(status_of(compute_oit(site, framework, 2568), "O38") == OitStatus::outdated);
  CHECK(status_of(compute_oit(site, framework, 2569), "O38") == OitStatus::served);

  // The plan serves its item in each of its years, and only those.
  CHECK(status_of(compute_oit(site, framework, 2566), "O36") == OitStatus::served);
  CHECK(status_of(compute_oit(site, framework, 2570), "O36") == OitStatus::served);
  CHECK(status_of(compute_oit(site, framework, 2571), "O36") == OitStatus::outdated);
  CHECK(status_of(compute_oit(site, framework, 2565), "O36") == OitStatus::outdated);

  // The plan's own risk table is the assessment of the plan's first year only.
  site.plans[0].risks = {Risk{}};
  CHECK(status_of(compute_oit(site, framework, 2566), "O34") == OitStatus::served);
  const OitItemFigures later_year = item_of(compute_oit(site, framework, 2568), "O34");
  CHECK(later_year.status == OitStatus::outdated);
  CHECK(later_year.sources.front().target == "plans/2566-2570/#risks-heading");
  CHECK(later_year.sources.front().fiscal_year == 2566);

  // A yearly file serves its own year, before the plan's table; its management serves the
  // item that asks for that year's.
  RiskAssessment yearly;
  yearly.fiscal_year = 2568;
  yearly.risks = {Risk{}};
  site.plans[0].risk_assessments = {yearly};
  const OitCoverage of_2568 = compute_oit(site, framework, 2568);
  CHECK(item_of(of_2568, "O34").status == OitStatus::served);
  CHECK(item_of(of_2568, "O34").sources.front().target == "plans/2566-2570/risks/2568/");
  CHECK(item_of(of_2568, "O35").status == OitStatus::missing);  // no management written
  CHECK(item_of(compute_oit(site, framework, 2566), "O34").sources.front().target ==
        "plans/2566-2570/#risks-heading");
  site.plans[0].risk_assessments[0].management_summary = "ดำเนินการครบ";
  CHECK(status_of(compute_oit(site, framework, 2568), "O35") == OitStatus::outdated);
  const OitItemFigures management = item_of(compute_oit(site, framework, 2569), "O35");
  CHECK(management.status == OitStatus::served);
  CHECK(management.sources.front().target == "plans/2566-2570/risks/2568/#risk-management-heading");
  CHECK(management.sources.front().anchor == "risk-management-heading");
  CHECK(status_of(compute_oit(site, framework, 2569), "O34") == OitStatus::outdated);
}

TEST_CASE("a source for the one year comes before the plan's years") {
  Site site = site_of_2568();
  site.plans[0].projects = {Project{}};
  site.plans[0].projects[0].id = "p01";
  site.plans[0].projects[0].oit = {"O37"};
  Report current = site.plans[0].reports[0];
  current.id = "2568-6-month";
  current.fiscal_year = 2568;
  site.plans[0].reports.push_back(current);
  const OitCoverage coverage = compute_oit(site, checklist(), 2568);
  REQUIRE(coverage.items[2].sources.size() == 3);
  CHECK(coverage.items[2].sources[0].target == "plans/2566-2570/reports/2568-6-month/");
  CHECK(coverage.items[2].sources[1].target == "plans/2566-2570/projects/p01/");
}
