#pragma once
// Figures and dates as readers see them: Thai or English words, Buddhist Era or Gregorian years,
// and Thai or Arabic digits, so that every page writes the same value the same way.

#include <string>
#include <string_view>

#include "model/date.h"
#include "model/money.h"
#include "model/site.h"

namespace oitgen {

// How figures and dates are written on one page: the page's language and the site's numerals.
// Years passed in as `fiscal_year`, `first` and `last` are Buddhist Era years, as in the content.
class Formatter {
 public:
  // `language` is "th" or "en"; any other language is written as English, since its readers are
  // not Thai. Thai digits are used only on Thai pages of sites that ask for them.
  Formatter(std::string language, Numerals numerals);

  const std::string& language() const { return language_; }

  std::string integer(long long value) const;             // 1234567 -> "1,234,567"
  std::string decimal(double value, int decimals) const;  // (1234.5, 2) -> "1,234.50"
  std::string baht(Money amount) const;                   // 12000050 satang -> "120,000.50"
  std::string percent(double value) const;                // 37.5 -> "37.50" (no % sign)
  std::string score(double value) const;                  // ITA score: 70 -> "70.00"
  std::string date(const Date& date) const;        // "30 มีนาคม 2566" / "30 March 2023"
  std::string date_short(const Date& date) const;  // "30 มี.ค. 2566" / "30 Mar 2023"
  std::string month_year(const Date& date) const;  // "มีนาคม 2566" / "March 2023"
  // The date of a signed document as the paper writes it after "ประกาศ ณ วันที่":
  // "15 ตุลาคม พ.ศ. 2566" / "15 October 2023".
  std::string document_date(const Date& date) const;
  std::string year(int fiscal_year) const;  // a column heading: "2567" / "2024"
  std::string fiscal_year(int fiscal_year) const;  // "ปีงบประมาณ พ.ศ. 2567" / "Fiscal year 2024"
  std::string year_range(int first, int last) const;  // "พ.ศ. 2566–2570" / "2023–2027"

  // `text` with ASCII digits written as Thai digits (๐-๙) when Thai numerals apply.
  std::string digits(std::string_view text) const;

 private:
  std::string language_;
  bool thai_;         // Thai words and Buddhist Era years
  bool thai_digits_;  // Thai digits as well
};

// "2023-03-30", for <time datetime> and data files, which are read by programs, not people.
std::string iso_date(const Date& date);

}  // namespace oitgen
