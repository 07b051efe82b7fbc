#include "model/date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace oitgen {

namespace {

bool read_digits(std::string_view text, int& out) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return std::from_chars(text.data(), text.data() + text.size(), out).ec == std::errc{};
}

}  // namespace

bool is_real_date(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int last = month == 2 && leap ? 29 : days_in_month[month - 1];
  return day <= last;
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date d;
  if (!read_digits(text.substr(0, 4), d.year) || !read_digits(text.substr(5, 2), d.month) ||
      !read_digits(text.substr(8, 2), d.day))
    return std::nullopt;
  if (!is_real_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::string to_iso(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

Date add_days(const Date& date, int days) {
  using namespace std::chrono;
  const year_month_day day{
      sys_days{year_month_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                              std::chrono::day{static_cast<unsigned>(date.day)}}} +
      std::chrono::days{days}};
  return {static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
          static_cast<int>(static_cast<unsigned>(day.day()))};
}

int fiscal_year_of(const Date& date) {
  return buddhist_era(date.year) + (date.month >= 10 ? 1 : 0);
}

Date fiscal_year_start(int fiscal_year) {
  return {fiscal_year - 544, 10, 1};
}

Date fiscal_year_end(int fiscal_year) {
  return {fiscal_year - 543, 9, 30};
}

}  // namespace oitgen
