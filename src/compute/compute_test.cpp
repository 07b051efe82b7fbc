#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "compute/compute.h"
#include "load/framework_loader.h"

using namespace oitgen;

namespace {

Report report(const std::string& id, int fiscal_year, Round round) {
  Report out;
  out.id = id;
  out.fiscal_year = fiscal_year;
  out.round = round;
  return out;
}

ItaYear ita(int year, std::string level) {
  ItaYear out;
  out.year = year;
  out.score = 90;
  out.level = std::move(level);
  return out;
}

// Two plans, their reports and ITA years, with 2567 as the current fiscal year.
Site two_plans() {
  Site site;
  site.config.current_fiscal_year = 2567;
  site.plans.resize(2);
  site.plans[0].id = "2561-2565";
  site.plans[0].reports = {report("2565-12-month", 2565, Round::twelve_month)};
  site.plans[1].id = "2566-2570";
  site.plans[1].reports = {report("2566-12-month", 2566, Round::twelve_month),
                           report("2567-6-month", 2567, Round::six_month),
                           report("2568-6-month", 2568, Round::six_month)};
  site.ita = {ita(2566, "ผ่านดี"), ita(2567, ""), ita(2568, "ผ่านดีเยี่ยม")};
  return site;
}

}  // namespace

TEST_CASE("the figures join every plan, report and ITA year of the site, in its order") {
  const Site site = two_plans();
  const Figures figures = compute(site, shipped_frameworks(), Date{2024, 1, 1});
  REQUIRE(figures.plans.size() == 2);
  CHECK(figures.plans[0].plan == &site.plans[0]);
  CHECK(figures.plans[1].plan == &site.plans[1]);
  REQUIRE(figures.plans[1].reports.size() == 3);
  CHECK(figures.plans[1].reports[2].report == &site.plans[1].reports[2]);
  CHECK(figures.plans[1].reports[2].plan == &site.plans[1]);
  REQUIRE(figures.ita.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(figures.ita[i].ita == &site.ita[i]);
}

TEST_CASE("the latest report and ITA result are those of the current fiscal year or before") {
  const Site site = two_plans();
  const Figures figures = compute(site, shipped_frameworks(), Date{2024, 1, 1});
  // 2568's report is of a later year than the current one.
  CHECK(figures.latest_report == &figures.plans[1].reports[1]);
  // 2567 has no level to show (no level announced, and 2567's scale is not confirmed), 2568 is
  // after the current year.
  CHECK(figures.latest_ita == &figures.ita[0]);

  const Site none;
  const Figures empty = compute(none, shipped_frameworks(), Date{2024, 1, 1});
  CHECK_FALSE(empty.latest_report);
  CHECK_FALSE(empty.latest_ita);
}

TEST_CASE("figures and their site may be moved: what they point at moves with them") {
  Site site = two_plans();
  Figures figures = compute(site, shipped_frameworks(), Date{2024, 1, 1});
  const Plan* plan = &site.plans[1];
  const ReportFigures* latest = figures.latest_report;
  const Site moved_site = std::move(site);
  const Figures moved = std::move(figures);
  CHECK(&moved_site.plans[1] == plan);  // a vector's elements stay where they are
  CHECK(moved.plans[1].plan == &moved_site.plans[1]);
  CHECK(moved.latest_report == latest);
  CHECK(moved.latest_report == &moved.plans[1].reports[1]);
  CHECK(moved.latest_ita == &moved.ita[0]);
}

TEST_CASE("SOURCE_DATE_EPOCH stands for the clock, in Thailand's time") {
  const char* before = std::getenv("SOURCE_DATE_EPOCH");
  const std::string saved = before ? before : "";
  // 2024-09-30 17:00 UTC is already 1 October in Bangkok: fiscal year 2568 has begun.
  setenv("SOURCE_DATE_EPOCH", "1727715600", 1);
  CHECK(today_in_thailand() == Date{2024, 10, 1});
  setenv("SOURCE_DATE_EPOCH", "1727715599", 1);
  CHECK(today_in_thailand() == Date{2024, 9, 30});
  setenv("SOURCE_DATE_EPOCH", "not a number", 1);
  CHECK(today_in_thailand().year >= 2024);  // the clock again
  if (before)
    setenv("SOURCE_DATE_EPOCH", saved.c_str(), 1);
  else
    unsetenv("SOURCE_DATE_EPOCH");
}
