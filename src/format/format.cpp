#include "format/format.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace oitgen {

namespace {

constexpr std::array<std::string_view, 12> kThaiMonths = {
    "มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
    "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
constexpr std::array<std::string_view, 12> kThaiMonthsShort = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.",
                                                               "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
                                                               "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// U+2013, between the years of a plan period.
constexpr std::string_view kEnDash = "\u2013";

// "1234567" -> "1,234,567"; `whole` holds digits only.
std::string group_thousands(std::string_view whole) {
  std::string out;
  out.reserve(whole.size() + whole.size() / 3);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  return out;
}

// Adds one unit in the last place to a string of decimal digits, carrying leftwards;
// "0999" -> "1000". The caller leaves a leading "0" so that a carry always has room.
void increment_digits(std::string& number) {
  for (auto it = number.rbegin(); it != number.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return;
    }
    *it = '0';
  }
}

}  // namespace

Formatter::Formatter(std::string language, Numerals numerals)
    : language_(std::move(language)),
      thai_(language_ == "th"),
      thai_digits_(thai_ && numerals == Numerals::thai) {}

std::string Formatter::integer(long long value) const {
  // Negating the smallest long long overflows, so the magnitude is taken in unsigned arithmetic.
  const bool negative = value < 0;
  const auto magnitude = negative ? static_cast<unsigned long long>(-(value + 1)) + 1
                                  : static_cast<unsigned long long>(value);
  return digits((negative ? "-" : "") + group_thousands(std::to_string(magnitude)));
}

std::string Formatter::decimal(double value, int decimals) const {
  decimals = std::max(decimals, 0);
  // A value that is not a number comes from a bug upstream; show it rather than a made-up figure.
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  // The shortest decimal text that reads back as `value` is the number as the content author
  // wrote it (2.675, not 2.67499999999999982236431605997495353221893310546875), so rounding
  // that text half away from zero gives what a reader rounding by hand expects: 2.675 -> 2.68.
  std::array<char, 512> buffer{};  // the longest double in fixed notation needs 327 characters
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (error != std::errc{}) return {};  // cannot happen: the buffer fits any double
  std::string_view text(buffer.data(), static_cast<std::size_t>(end - buffer.data()));

  bool negative = text.front() == '-';
  if (negative) text.remove_prefix(1);
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  const auto kept = static_cast<std::size_t>(decimals);

  // All kept digits in one string, behind a spare "0" for a carry out of the whole part.
  std::string number = "0";
  number += whole;
  number += fraction.substr(0, kept);
  number.append(kept - std::min(kept, fraction.size()), '0');
  if (fraction.size() > kept && fraction[kept] >= '5') increment_digits(number);

  // A value that rounds to zero is zero: "-0.00" would suggest a loss that is not there.
  if (number.find_first_not_of('0') == std::string::npos) negative = false;

  const std::size_t whole_size = number.size() - kept;
  std::string whole_digits = number.substr(0, whole_size);
  whole_digits.erase(0, std::min(whole_digits.find_first_not_of('0'), whole_digits.size() - 1));
  std::string out = negative ? "-" : "";
  out += group_thousands(whole_digits);
  if (kept > 0) out += "." + number.substr(whole_size);
  return digits(out);
}

std::string Formatter::baht(Money amount) const {
  return digits(format_baht(amount));
}

std::string Formatter::percent(double value) const {
  return decimal(value, 2);
}

std::string Formatter::score(double value) const {
  return decimal(value, 2);
}

std::string Formatter::date(const Date& date) const {
  if (date.month < 1 || date.month > 12) return digits(iso_date(date));  // never a real date
  const auto month = static_cast<std::size_t>(date.month - 1);
  const auto name = thai_ ? kThaiMonths[month] : kEnglishMonths[month];
  const int year = thai_ ? buddhist_era(date.year) : date.year;
  return digits(std::to_string(date.day) + " " + std::string(name) + " " + std::to_string(year));
}

std::string Formatter::date_short(const Date& date) const {
  if (date.month < 1 || date.month > 12) return digits(iso_date(date));  // never a real date
  const auto month = static_cast<std::size_t>(date.month - 1);
  // English short names are the first three letters of the full ones.
  const auto name = thai_ ? kThaiMonthsShort[month] : kEnglishMonths[month].substr(0, 3);
  const int year = thai_ ? buddhist_era(date.year) : date.year;
  return digits(std::to_string(date.day) + " " + std::string(name) + " " + std::to_string(year));
}

std::string Formatter::month_year(const Date& date) const {
  if (date.month < 1 || date.month > 12) return digits(iso_date(date));  // never a real date
  const auto month = static_cast<std::size_t>(date.month - 1);
  const auto name = thai_ ? kThaiMonths[month] : kEnglishMonths[month];
  const int year = thai_ ? buddhist_era(date.year) : date.year;
  return digits(std::string(name) + " " + std::to_string(year));
}

std::string Formatter::document_date(const Date& date) const {
  if (date.month < 1 || date.month > 12) return digits(iso_date(date));  // never a real date
  const auto month = static_cast<std::size_t>(date.month - 1);
  if (!thai_)
    return std::to_string(date.day) + " " + std::string(kEnglishMonths[month]) + " " +
           std::to_string(date.year);
  // Announcements name the era before the year: "ประกาศ ณ วันที่ 24 กันยายน พ.ศ. 2565".
  return digits(std::to_string(date.day) + " " + std::string(kThaiMonths[month]) + " พ.ศ. " +
                std::to_string(buddhist_era(date.year)));
}

std::string Formatter::year(int fiscal_year) const {
  // Thai fiscal year 2567 runs from October 2023 to September 2024, and English readers name a
  // fiscal year after the calendar year it ends in: 2024.
  return digits(std::to_string(thai_ ? fiscal_year : fiscal_year - 543));
}

std::string Formatter::fiscal_year(int fiscal_year) const {
  return thai_ ? "ปีงบประมาณ พ.ศ. " + year(fiscal_year) : "Fiscal year " + year(fiscal_year);
}

std::string Formatter::year_range(int first, int last) const {
  std::string range = year(first) + std::string(kEnDash) + year(last);
  return thai_ ? "พ.ศ. " + range : range;
}

std::string Formatter::digits(std::string_view text) const {
  if (!thai_digits_) return std::string(text);
  // Thai digits are U+0E50..U+0E59, whose UTF-8 forms differ only in the last byte: E0 B9 90+d.
  std::string out;
  out.reserve(text.size() * 3);
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      out += "\xE0\xB9";
      out += static_cast<char>(0x90 + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

std::string iso_date(const Date& date) {
  return to_iso(date);
}

}  // namespace oitgen
