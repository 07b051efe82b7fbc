// parse_date, the fiscal year of what it accepts and every way src/format/ writes a date, in
// Thai and English, with Arabic and Thai digits; then the same text through Reader::date as a
// JSON string, the way content files give dates.
//
// Properties: parse_date accepts exactly the real days of the Gregorian calendar written
// YYYY-MM-DD (checked against std::chrono), and to_iso writes back the same text; the date lies
// in its fiscal year; the formatted text is UTF-8, names the day, the month and the right year
// (Buddhist Era on Thai pages), and has no ASCII digit left where Thai digits are asked for.

#include <chrono>
#include <nlohmann/json.hpp>

#include "format/format.h"
#include "fuzz_check.h"
#include "load/json_reader.h"
#include "load/reader.h"
#include "model/date.h"

namespace {

using oitgen::Date;
using oitgen::Formatter;
using oitgen::Numerals;

bool iso_shape(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// The oracle: std::chrono's calendar, with year 0 excluded as the content format does.
bool real_day(std::string_view text) {
  if (!iso_shape(text)) return false;
  const int year = number(text.substr(0, 4));
  const std::chrono::year_month_day ymd{
      std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(number(text.substr(5, 2)))},
      std::chrono::day{static_cast<unsigned>(number(text.substr(8, 2)))}};
  return year >= 1 && ymd.ok();
}

bool has_ascii_digit(std::string_view text) {
  return text.find_first_of("0123456789") != std::string_view::npos;
}

void check_formats(const Date& date) {
  const int fiscal = oitgen::fiscal_year_of(date);
  fuzz::check(oitgen::fiscal_year_start(fiscal) <= date && date <= oitgen::fiscal_year_end(fiscal),
              "a date outside its fiscal year", oitgen::to_iso(date));
  fuzz::check(oitgen::iso_date(date) == oitgen::to_iso(date), "iso_date and to_iso differ");
  for (const char* language : {"th", "en"}) {
    for (const Numerals numerals : {Numerals::arabic, Numerals::thai}) {
      const Formatter format(language, numerals);
      const bool thai = std::string_view(language) == "th";
      const bool thai_digits = thai && numerals == Numerals::thai;
      const std::string year = format.digits(std::to_string(thai ? date.year + 543 : date.year));
      const std::string day = format.digits(std::to_string(date.day));
      for (const std::string& text :
           {format.date(date), format.date_short(date), format.month_year(date),
            format.fiscal_year(fiscal), format.year_range(fiscal, fiscal + 4)}) {
        fuzz::check(fuzz::valid_utf8(text), "a formatted date is not UTF-8", text);
        fuzz::check(!thai_digits || !has_ascii_digit(text), "ASCII digits on a Thai-digit page",
                    text);
      }
      const std::string long_form = format.date(date);
      fuzz::check(long_form.starts_with(day + " "), "the day is not written first", long_form);
      fuzz::check(long_form.ends_with(" " + year), "the year is not written last", long_form);
      fuzz::check(format.month_year(date).ends_with(" " + year), "month_year has another year");
      fuzz::check(format.date_short(date).ends_with(" " + year), "date_short has another year");
      const Date next_month{date.year, date.month % 12 + 1, 1};
      fuzz::check(format.month_year(date) != format.month_year(next_month),
                  "two months are written alike", format.month_year(date));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  const auto date = oitgen::parse_date(text);
  fuzz::check(date.has_value() == real_day(text),
              date ? "a date that is no real day was accepted" : "a real day was refused", text);
  if (date) {
    fuzz::check(oitgen::to_iso(*date) == text, "to_iso does not write the date back", text);
    fuzz::check(oitgen::is_real_date(date->year, date->month, date->day), "is_real_date refused");
    check_formats(*date);
  }

  // Through the Reader, as a string in a JSON file.
  if (!fuzz::valid_utf8(text)) return 0;
  const std::string file = "content/news/x.json";
  const std::string json = "{\"date\": " + nlohmann::json(std::string(text)).dump() + "}";
  oitgen::Diagnostics diags;
  const auto root = oitgen::read_json(json, file, diags);
  fuzz::check(root.has_value(), "a JSON string was not read", json);
  oitgen::Reader reader(file, diags);
  const auto read = reader.date(*root, "date");
  fuzz::check_diagnostics(diags, file);
  fuzz::check(read == date, "Reader::date and parse_date disagree", text);
  fuzz::check(read.has_value() == (diags.error_count() == 0) || (read && read->year > 2400),
              "Reader::date refused without an error, or accepted with one", text);
  return 0;
}
