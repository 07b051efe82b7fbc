#pragma once
// The fiscal years named by a project's free-text `period` ("ปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๗๐",
// "ตุลาคม 2566 – กันยายน 2567"), read only where the reading is certain.

#include <optional>
#include <set>
#include <string_view>

namespace oitgen {

// Buddhist Era years (four digits, 2400 to 2700, Arabic or Thai digits) are read:
// - a year alone is a fiscal year ("ปีงบประมาณ 2567", "พ.ศ. 2567");
// - a year after a month name ("ตุลาคม 2566", "ต.ค. 2566", "October 2566") is a calendar year,
//   and names the fiscal year that month falls in (October to December: the next one);
// - two years joined by "-", "–", "—", "ถึง" or "to" (a day number may stand before the second
//   month) are a range and name every fiscal year from the first to the second;
// - other years ("2567 2568 และ 2570") are each named.
// Nothing when the text names no such year (Common Era years, two-digit years and month names
// alone are not read), or when a range runs backwards.
std::optional<std::set<int>> period_fiscal_years(std::string_view text);

}  // namespace oitgen
