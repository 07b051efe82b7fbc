#pragma once
// Gregorian calendar dates and Thai fiscal years.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace oitgen {

struct Date {
  int year = 0;  // Gregorian (Common Era)
  int month = 0;
  int day = 0;

  auto operator<=>(const Date&) const =
      default;  // NOLINT(modernize-use-nullptr): a tidy 14 false positive
};

// Parses "YYYY-MM-DD"; nothing when the text has another shape or names no real day.
std::optional<Date> parse_date(std::string_view text);
bool is_real_date(int year, int month, int day);
std::string to_iso(const Date& date);

// `days` days later (earlier when negative), through std::chrono's civil calendar.
Date add_days(const Date& date, int days);

// The Thai fiscal year (Buddhist Era) a date falls in: 1 October 2022 is in 2566.
int fiscal_year_of(const Date& date);
Date fiscal_year_start(int fiscal_year);  // 1 October of the Gregorian year before
Date fiscal_year_end(int fiscal_year);    // 30 September

// Buddhist Era year of a Gregorian year.
constexpr int buddhist_era(int gregorian_year) {
  return gregorian_year + 543;
}

}  // namespace oitgen
