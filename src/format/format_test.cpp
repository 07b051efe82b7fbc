#include "format/format.h"

#include <limits>

#include <doctest/doctest.h>

using namespace oitgen;

namespace {

const Formatter thai("th", Numerals::arabic);
const Formatter thai_digits("th", Numerals::thai);
const Formatter english("en", Numerals::arabic);
const Formatter english_on_thai_site("en", Numerals::thai);

constexpr Date kMarch30{2023, 3, 30};

}  // namespace

TEST_CASE("the formatter remembers its language") {
  CHECK(thai.language() == "th");
  CHECK(english_on_thai_site.language() == "en");
}

TEST_CASE("integers have thousands separators and keep their sign") {
  CHECK(thai.integer(0) == "0");
  CHECK(thai.integer(999) == "999");
  CHECK(thai.integer(1000) == "1,000");
  CHECK(thai.integer(1234567) == "1,234,567");
  CHECK(thai.integer(-1234) == "-1,234");
  CHECK(english.integer(1234567) == "1,234,567");
  CHECK(thai_digits.integer(1234567) == "๑,๒๓๔,๕๖๗");
  CHECK(thai_digits.integer(-1234) == "-๑,๒๓๔");
  CHECK(english_on_thai_site.integer(1234567) == "1,234,567");
  CHECK(thai.integer(std::numeric_limits<long long>::min()) == "-9,223,372,036,854,775,808");
  CHECK(thai.integer(std::numeric_limits<long long>::max()) == "9,223,372,036,854,775,807");
}

TEST_CASE("decimals pad, group and round half away from zero") {
  CHECK(thai.decimal(1234.5, 2) == "1,234.50");
  CHECK(thai.decimal(0, 2) == "0.00");
  CHECK(thai.decimal(1234567.891, 1) == "1,234,567.9");
  CHECK(thai.decimal(1234.5, 0) == "1,235");
  CHECK(thai.decimal(-1234.5, 0) == "-1,235");
  CHECK(thai.decimal(3, -1) == "3");  // a negative count of decimals means none
  // 0.125 and 0.375 are exact in binary: true ties.
  CHECK(thai.decimal(0.125, 2) == "0.13");
  CHECK(thai.decimal(0.375, 2) == "0.38");
  CHECK(thai.decimal(-0.125, 2) == "-0.13");
  // 2.675 is stored as 2.67499999...; it rounds as written, the way a reader rounds by hand.
  CHECK(thai.decimal(2.675, 2) == "2.68");
  CHECK(thai.decimal(1.005, 2) == "1.01");
  CHECK(thai.decimal(0.1 + 0.2, 2) == "0.30");
  CHECK(thai.decimal(2.674, 2) == "2.67");
  // Carries run into the whole part and across a new thousands group.
  CHECK(thai.decimal(0.995, 2) == "1.00");
  CHECK(thai.decimal(999.995, 2) == "1,000.00");
  CHECK(thai.decimal(9.5, 0) == "10");
  // Nothing rounds to a negative zero.
  CHECK(thai.decimal(-0.0, 2) == "0.00");
  CHECK(thai.decimal(-0.001, 2) == "0.00");
  CHECK(thai.decimal(-0.004, 2) == "0.00");
  CHECK(thai.decimal(-0.005, 2) == "-0.01");
  CHECK(thai.decimal(1e-300, 2) == "0.00");
  CHECK(thai.decimal(std::numeric_limits<double>::infinity(), 2) == "inf");
  CHECK(thai.decimal(std::numeric_limits<double>::quiet_NaN(), 2) == "nan");
  CHECK(english.decimal(1234.5, 2) == "1,234.50");
  CHECK(thai_digits.decimal(1234.5, 2) == "๑,๒๓๔.๕๐");
  CHECK(english_on_thai_site.decimal(1234.5, 2) == "1,234.50");
}

TEST_CASE("baht are printed exactly from satang with two decimals") {
  CHECK(thai.baht(12000000) == "120,000.00");
  CHECK(thai.baht(12000050) == "120,000.50");
  CHECK(thai.baht(5) == "0.05");
  CHECK(thai.baht(0) == "0.00");
  CHECK(thai.baht(-150050) == "-1,500.50");
  // Past 2^53 satang a double could not hold every value; the integer path keeps them all.
  CHECK(thai.baht(900719925474099301) == "9,007,199,254,740,993.01");
  CHECK(english.baht(12000050) == "120,000.50");
  CHECK(thai_digits.baht(12000050) == "๑๒๐,๐๐๐.๕๐");
  CHECK(english_on_thai_site.baht(12000050) == "120,000.50");
}

TEST_CASE("percentages and scores have two decimals and no sign") {
  CHECK(thai.percent(84) == "84.00");
  CHECK(thai.percent(37.5) == "37.50");
  CHECK(thai.percent(100) == "100.00");
  CHECK(english.percent(84) == "84.00");
  CHECK(thai_digits.percent(37.5) == "๓๗.๕๐");
  CHECK(english_on_thai_site.percent(37.5) == "37.50");

  CHECK(thai.score(95.54) == "95.54");
  CHECK(thai.score(70) == "70.00");
  CHECK(thai.score(85.125) == "85.13");
  CHECK(english.score(95.54) == "95.54");
  CHECK(thai_digits.score(95.54) == "๙๕.๕๔");
  CHECK(english_on_thai_site.score(95.54) == "95.54");
}

TEST_CASE("dates use Thai months and Buddhist Era years on Thai pages") {
  CHECK(thai.date(kMarch30) == "30 มีนาคม 2566");
  CHECK(thai.date({2024, 1, 1}) == "1 มกราคม 2567");
  CHECK(thai.date({2023, 12, 5}) == "5 ธันวาคม 2566");
  CHECK(thai_digits.date(kMarch30) == "๓๐ มีนาคม ๒๕๖๖");
  CHECK(english.date(kMarch30) == "30 March 2023");
  CHECK(english.date({2024, 1, 1}) == "1 January 2024");
  CHECK(english_on_thai_site.date(kMarch30) == "30 March 2023");
}

TEST_CASE("every month has its full and short name") {
  const char* const thai_full[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                                   "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
  const char* const thai_short[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
  const char* const english_full[] = {"January",   "February", "March",    "April",
                                      "May",       "June",     "July",     "August",
                                      "September", "October",  "November", "December"};
  const char* const english_short[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int month = 1; month <= 12; ++month) {
    CAPTURE(month);
    const Date first{2023, month, 1};
    const auto i = static_cast<std::size_t>(month - 1);
    CHECK(thai.date(first) == "1 " + std::string(thai_full[i]) + " 2566");
    CHECK(thai.date_short(first) == "1 " + std::string(thai_short[i]) + " 2566");
    CHECK(thai.month_year(first) == std::string(thai_full[i]) + " 2566");
    CHECK(english.date(first) == "1 " + std::string(english_full[i]) + " 2023");
    CHECK(english.date_short(first) == "1 " + std::string(english_short[i]) + " 2023");
    CHECK(english.month_year(first) == std::string(english_full[i]) + " 2023");
  }
}

TEST_CASE("a signed document's date names the Buddhist Era as announcements write it") {
  CHECK(thai.document_date({2023, 10, 15}) == "15 ตุลาคม พ.ศ. 2566");
  CHECK(thai.document_date({2022, 9, 24}) == "24 กันยายน พ.ศ. 2565");
  CHECK(thai.document_date({2024, 1, 1}) == "1 มกราคม พ.ศ. 2567");
  CHECK(thai_digits.document_date({2023, 10, 15}) == "๑๕ ตุลาคม พ.ศ. ๒๕๖๖");
  CHECK(english.document_date({2023, 10, 15}) == "15 October 2023");
  CHECK(english_on_thai_site.document_date({2023, 10, 15}) == "15 October 2023");
  CHECK(thai.document_date({2023, 13, 1}) == "2023-13-01");
}

TEST_CASE("short dates abbreviate the month") {
  CHECK(thai.date_short(kMarch30) == "30 มี.ค. 2566");
  CHECK(thai_digits.date_short(kMarch30) == "๓๐ มี.ค. ๒๕๖๖");
  CHECK(english.date_short(kMarch30) == "30 Mar 2023");
  CHECK(english_on_thai_site.date_short(kMarch30) == "30 Mar 2023");
}

TEST_CASE("month and year") {
  CHECK(thai.month_year(kMarch30) == "มีนาคม 2566");
  CHECK(thai_digits.month_year(kMarch30) == "มีนาคม ๒๕๖๖");
  CHECK(english.month_year(kMarch30) == "March 2023");
  CHECK(english_on_thai_site.month_year(kMarch30) == "March 2023");
}

TEST_CASE("a date with no month is shown as ISO rather than read past the month names") {
  CHECK(thai.date(Date{}) == "0000-00-00");
  CHECK(english.date_short({2023, 13, 1}) == "2023-13-01");
  CHECK(thai_digits.month_year({2023, 0, 1}) == "๒๐๒๓-๐๐-๐๑");
}

TEST_CASE("fiscal years are Buddhist Era in Thai and the year they end in English") {
  CHECK(thai.year(2567) == "2567");
  CHECK(thai_digits.year(2567) == "๒๕๖๗");
  CHECK(english.year(2567) == "2024");
  CHECK(english_on_thai_site.year(2567) == "2024");

  CHECK(thai.fiscal_year(2567) == "ปีงบประมาณ พ.ศ. 2567");
  CHECK(thai_digits.fiscal_year(2567) == "ปีงบประมาณ พ.ศ. ๒๕๖๗");
  CHECK(english.fiscal_year(2567) == "Fiscal year 2024");
  CHECK(english_on_thai_site.fiscal_year(2567) == "Fiscal year 2024");
}

TEST_CASE("plan periods are joined by an en dash") {
  CHECK(thai.year_range(2566, 2570) == "พ.ศ. 2566\u20132570");
  CHECK(thai_digits.year_range(2566, 2570) == "พ.ศ. ๒๕๖๖–๒๕๗๐");
  CHECK(english.year_range(2566, 2570) == "2023\u20132027");
  CHECK(english_on_thai_site.year_range(2566, 2570) == "2023–2027");
}

TEST_CASE("digits become Thai only on Thai pages of sites with Thai numerals") {
  CHECK(thai_digits.digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙");
  CHECK(thai_digits.digits("ข้อ 1.2 (30%)") == "ข้อ ๑.๒ (๓๐%)");
  CHECK(thai_digits.digits("") == "");
  CHECK(thai.digits("ข้อ 1.2") == "ข้อ 1.2");
  CHECK(english.digits("item 1.2") == "item 1.2");
  CHECK(english_on_thai_site.digits("item 1.2") == "item 1.2");
  // A language other than Thai is not Thai, whatever the site's numerals.
  CHECK(Formatter("fr", Numerals::thai).digits("12") == "12");
}

TEST_CASE("ISO dates are for programs and never change") {
  CHECK(iso_date(kMarch30) == "2023-03-30");
  CHECK(iso_date({2024, 1, 5}) == "2024-01-05");
}
