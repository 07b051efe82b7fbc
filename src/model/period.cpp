#include "model/period.h"

#include <array>
#include <string>
#include <vector>

namespace oitgen {

namespace {

// Written by hand: no library reads Thai date text, and only a few certain shapes are read.

constexpr int first_year = 2400;
constexpr int last_year = 2700;

struct MonthName {
  std::string_view text;  // lower case
  int month;
};

// Thai full names and abbreviations, then English; matched at the end of the text before a year.
constexpr std::array<MonthName, 47> month_names = {{
    {"มกราคม", 1},    {"กุมภาพันธ์", 2}, {"มีนาคม", 3},     {"เมษายน", 4},   {"พฤษภาคม", 5},
    {"มิถุนายน", 6},    {"กรกฎาคม", 7}, {"สิงหาคม", 8},    {"กันยายน", 9},   {"ตุลาคม", 10},
    {"พฤศจิกายน", 11}, {"ธันวาคม", 12}, {"ม.ค.", 1},      {"ก.พ.", 2},     {"มี.ค.", 3},
    {"เม.ย.", 4},     {"พ.ค.", 5},    {"มิ.ย.", 6},      {"ก.ค.", 7},     {"ส.ค.", 8},
    {"ก.ย.", 9},      {"ต.ค.", 10},   {"พ.ย.", 11},     {"ธ.ค.", 12},    {"january", 1},
    {"february", 2},  {"march", 3},   {"april", 4},     {"may", 5},      {"june", 6},
    {"july", 7},      {"august", 8},  {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1},     {"feb", 2},       {"mar", 3},      {"apr", 4},
    {"jun", 6},       {"jul", 7},     {"aug", 8},       {"sep", 9},      {"oct", 10},
    {"nov", 11},      {"dec", 12},
}};

constexpr std::array<std::string_view, 5> era_marks = {"พ.ศ.", "พ.ศ", "b.e.", "b.e", "be"};
constexpr std::array<std::string_view, 8> range_marks = {"-",  "–",  "—",     "−",
                                                         "ถึง", "to", "until", "through"};

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Thai digits (U+0E50 to U+0E59) as ASCII digits, ASCII letters in lower case, no-break spaces
// as spaces.
std::string normalized(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (i + 2 < text.size() && byte(i) == 0xE0 && byte(i + 1) == 0xB9 && byte(i + 2) >= 0x90 &&
        byte(i + 2) <= 0x99) {
      out += static_cast<char>('0' + (byte(i + 2) - 0x90));
      i += 2;
    } else if (i + 1 < text.size() && byte(i) == 0xC2 && byte(i + 1) == 0xA0) {
      out += ' ';
      i += 1;
    } else if (text[i] >= 'A' && text[i] <= 'Z') {
      out += static_cast<char>(text[i] - 'A' + 'a');
    } else {
      out += text[i];
    }
  }
  return out;
}

std::size_t skip_spaces_back(std::string_view s, std::size_t end) {
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t')) --end;
  return end;
}

std::string_view trim_front(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// A year as written: where its words start (a month, an era mark), where it ends, and the
// fiscal year it names.
struct YearMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  int fiscal_year = 0;
};

// The month name, if any, that ends at `end` (spaces and an era mark may stand between it and
// the year); moves `begin` to where the mention's words start.
int month_before(std::string_view s, std::size_t end, std::size_t& begin) {
  std::size_t at = skip_spaces_back(s, end);
  for (std::string_view mark : era_marks) {
    if (at >= mark.size() && s.substr(at - mark.size(), mark.size()) == mark &&
        (at == mark.size() || !is_ascii_letter(s[at - mark.size() - 1]))) {
      at = skip_spaces_back(s, at - mark.size());
      break;
    }
  }
  begin = at;
  const MonthName* best = nullptr;
  for (const auto& name : month_names) {
    const std::size_t n = name.text.size();
    if (at < n || s.substr(at - n, n) != name.text) continue;
    // An English name is a whole word ("dec", not the end of "undec").
    if (is_ascii_letter(name.text.front()) && at > n && is_ascii_letter(s[at - n - 1])) continue;
    if (!best || n > best->text.size()) best = &name;
  }
  if (!best) return 0;
  begin = at - best->text.size();
  return best->month;
}

std::vector<YearMention> year_mentions(std::string_view s) {
  std::vector<YearMention> mentions;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] < '0' || s[i] > '9') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i - start != 4) continue;
    const int year = std::stoi(std::string(s.substr(start, 4)));
    if (year < first_year || year > last_year) continue;
    YearMention mention;
    mention.end = i;
    const int month = month_before(s, start, mention.begin);
    // October to December open the fiscal year named after the next calendar year.
    mention.fiscal_year = month >= 10 ? year + 1 : year;
    mentions.push_back(mention);
  }
  return mentions;
}

// Whether the text between two years joins them as a range: a range mark, then perhaps the
// day of the second date ("1 ตุลาคม 2565 - 31 มีนาคม 2566").
bool joins_as_range(std::string_view between) {
  between = trim_front(between);
  for (std::string_view mark : range_marks) {
    if (!between.starts_with(mark)) continue;
    std::string_view rest = between.substr(mark.size());
    if (is_ascii_letter(mark.front()) && !rest.empty() && is_ascii_letter(rest.front())) continue;
    rest = trim_front(rest);
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits <= 2) rest = trim_front(rest.substr(digits));
    return rest.empty();
  }
  return false;
}

}  // namespace

std::optional<std::set<int>> period_fiscal_years(std::string_view text) {
  const std::string s = normalized(text);
  const std::vector<YearMention> mentions = year_mentions(s);
  if (mentions.empty()) return std::nullopt;
  // One flag per year, so that a text of many long ranges costs no more than its length.
  std::vector<bool> named(last_year - first_year + 2, false);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    named[static_cast<std::size_t>(mentions[i].fiscal_year - first_year)] = true;
    if (i + 1 == mentions.size()) break;
    const YearMention& from = mentions[i];
    const YearMention& to = mentions[i + 1];
    if (to.begin < from.end ||
        !joins_as_range(std::string_view(s).substr(from.end, to.begin - from.end)))
      continue;
    if (to.fiscal_year < from.fiscal_year) return std::nullopt;
    for (int year = from.fiscal_year; year <= to.fiscal_year; ++year)
      named[static_cast<std::size_t>(year - first_year)] = true;
  }
  std::set<int> years;
  for (std::size_t i = 0; i < named.size(); ++i)
    if (named[i]) years.insert(first_year + static_cast<int>(i));
  return years;
}

}  // namespace oitgen
