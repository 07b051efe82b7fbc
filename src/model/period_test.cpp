#include "model/period.h"

#include <doctest/doctest.h>

using namespace oitgen;

namespace {

std::optional<std::set<int>> years(std::set<int> set) {
  return set;
}

}  // namespace

TEST_CASE("a range of fiscal years, in Arabic or Thai digits, with any dash") {
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ. 2566 – 2570") == years({2566, 2567, 2568, 2569, 2570}));
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐") == years({2566, 2567, 2568, 2569, 2570}));
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ. ๒๕๖๖ -๒๕๗๐") == period_fiscal_years("2566–2570"));
  CHECK(period_fiscal_years("ปีงบประมาณ 2566—2567") == years({2566, 2567}));
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ. 2567 ถึง พ.ศ. 2569") == years({2567, 2568, 2569}));
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ. 2566 – 2570 (ปีละ 1 ครั้ง ในไตรมาสที่ 2)") ==
        years({2566, 2567, 2568, 2569, 2570}));
}

TEST_CASE("years named one by one are each named, and only those") {
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ.๒๕๗๐") == years({2570}));
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ. 2567 2568 และ 2570") == years({2567, 2568, 2570}));
  CHECK(period_fiscal_years("ปีงบประมาณ พ.ศ. 2567 และ 2569") == years({2567, 2569}));
  CHECK(period_fiscal_years("2567, 2569") == years({2567, 2569}));
}

TEST_CASE("a month before a year names the fiscal year that month falls in") {
  CHECK(period_fiscal_years("ตุลาคม 2566 – กันยายน 2567") == years({2567}));
  CHECK(period_fiscal_years("1 ตุลาคม 2565 - 31 มีนาคม 2566") == years({2566}));
  CHECK(period_fiscal_years("ต.ค. 2566 - ก.ย. 2568") == years({2567, 2568}));
  CHECK(period_fiscal_years("ธันวาคม พ.ศ. ๒๕๖๖") == years({2567}));
  CHECK(period_fiscal_years("มกราคม – มีนาคม 2567") == years({2567}));
  CHECK(period_fiscal_years("October 2566 to September 2567") == years({2567}));
  CHECK(period_fiscal_years("พฤศจิกายน 2566") == years({2567}));
  CHECK(period_fiscal_years("กันยายน 2566") == years({2566}));
}

TEST_CASE("Common Era years beside Buddhist Era ones are left out") {
  CHECK(period_fiscal_years("Fiscal years 2023 – 2027 (B.E. 2566 – 2570)") ==
        years({2566, 2567, 2568, 2569, 2570}));
}

TEST_CASE("text that names no year with certainty gives nothing") {
  CHECK_FALSE(period_fiscal_years(""));
  CHECK_FALSE(period_fiscal_years("ตลอดปี"));
  CHECK_FALSE(period_fiscal_years("ปีละ 2 ครั้ง (รอบเมษายนและรอบตุลาคม)"));
  CHECK_FALSE(period_fiscal_years("ต.ค. 66 – ก.ย. 67"));              // two-digit years
  CHECK_FALSE(period_fiscal_years("October 2023 – September 2024"));  // Common Era only
  CHECK_FALSE(period_fiscal_years("ปีงบประมาณ 2570 – 2566"));          // runs backwards
  CHECK_FALSE(period_fiscal_years("งบ 125660 บาท"));                  // six digits: not a year
}
