#include "load/clerk_advice.h"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "util/text.h"

namespace oitgen {

namespace {

// Thai month names, full and abbreviated, as Thai documents write dates.
constexpr std::array<std::pair<std::string_view, int>, 24> thai_months = {{
    {"มกราคม", 1},  {"ม.ค.", 1},  {"กุมภาพันธ์", 2},   {"ก.พ.", 2},  {"มีนาคม", 3},   {"มี.ค.", 3},
    {"เมษายน", 4},  {"เม.ย.", 4}, {"พฤษภาคม", 5},   {"พ.ค.", 5},  {"มิถุนายน", 6},  {"มิ.ย.", 6},
    {"กรกฎาคม", 7}, {"ก.ค.", 7},  {"สิงหาคม", 8},    {"ส.ค.", 8},  {"กันยายน", 9},  {"ก.ย.", 9},
    {"ตุลาคม", 10},  {"ต.ค.", 10}, {"พฤศจิกายน", 11}, {"พ.ย.", 11}, {"ธันวาคม", 12}, {"ธ.ค.", 12},
}};

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

// Splits "30 มี.ค. 2567" into its words; runs of spaces are one separator.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

std::optional<int> number_of(const std::string& digits) {
  if (digits.empty() || digits.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<Date> real_day(int day, int month, int year) {
  if (year > 2400) year -= 543;  // Buddhist Era
  if (year < 1900 || year > 2200 || !is_real_date(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

}  // namespace

std::string with_arabic_digits(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+0E50..U+0E59 are E0 B9 90..99 in UTF-8.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE0 &&
        static_cast<unsigned char>(text[i + 1]) == 0xB9) {
      const auto last = static_cast<unsigned char>(text[i + 2]);
      if (last >= 0x90 && last <= 0x99) {
        out += static_cast<char>('0' + (last - 0x90));
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::optional<Date> date_as_written_on_forms(std::string_view text) {
  const std::string plain = trimmed(with_arabic_digits(text));
  // 30/03/2567, 30-03-2567, 30.3.2567
  for (char separator : {'/', '-', '.'}) {
    const auto first = plain.find(separator);
    if (first == std::string::npos) continue;
    const auto second = plain.find(separator, first + 1);
    if (second == std::string::npos || plain.find(separator, second + 1) != std::string::npos)
      continue;
    const auto day = number_of(plain.substr(0, first));
    const auto month = number_of(plain.substr(first + 1, second - first - 1));
    const std::string year_text = plain.substr(second + 1);
    const auto year = number_of(year_text);
    if (!day || !month || !year || year_text.size() != 4) continue;
    return real_day(*day, *month, *year);
  }
  // 30 มี.ค. 2567, 30 มีนาคม พ.ศ. 2567
  std::vector<std::string> words = words_of(plain);
  std::erase(words, "พ.ศ.");
  std::erase(words, "ค.ศ.");
  if (words.size() != 3 || words[2].size() != 4) return std::nullopt;
  const auto day = number_of(words[0]);
  const auto year = number_of(words[2]);
  if (!day || !year) return std::nullopt;
  for (const auto& [name, month] : thai_months)
    if (words[1] == name) return real_day(*day, month, *year);
  return std::nullopt;
}

std::optional<std::string> amount_as_written_on_forms(std::string_view text) {
  std::string plain = trimmed(with_arabic_digits(text));
  for (std::string_view unit : {"บาท", ".-", "-"})
    if (plain.size() > unit.size() && plain.ends_with(unit)) {
      plain.erase(plain.size() - unit.size());
      plain = trimmed(plain);
    }
  std::string out;
  bool point = false;
  std::size_t digits_since_comma = 0;
  bool after_comma = false;
  for (char c : plain) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      out += c;
      ++digits_since_comma;
    } else if (c == ',' && !point && !out.empty() && (!after_comma || digits_since_comma == 3)) {
      after_comma = true;
      digits_since_comma = 0;
    } else if (c == '.' && !point && !out.empty() && (!after_comma || digits_since_comma == 3)) {
      point = true;
      after_comma = false;
      out += c;
    } else {
      return std::nullopt;
    }
  }
  if (out.empty() || out.back() == '.' || (after_comma && digits_since_comma != 3))
    return std::nullopt;
  return out;
}

std::optional<std::string> id_for_file_name(std::string_view stem) {
  std::string out;
  for (char c : stem) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) && byte < 0x80) {
      out += static_cast<char>(std::tolower(byte));
    } else if ((c == ' ' || c == '_' || c == '-' || c == '.') && !out.empty() &&
               out.back() != '-') {
      out += '-';
    } else if (c != ' ' && c != '_' && c != '-' && c != '.') {
      return std::nullopt;  // a Thai name cannot be turned into a-z by rule, nor a symbol
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty() || out.size() > 64 || !is_valid_id(out)) return std::nullopt;
  return out;
}

std::optional<std::string> quoted_yaml_line(std::string_view line) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  const auto colon = line.find(": ");
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view key = line.substr(0, colon);
  const auto indent = key.find_first_not_of(' ');
  if (indent == std::string_view::npos) return std::nullopt;
  for (char c : key.substr(indent))
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return std::nullopt;
  const std::string value = trimmed(line.substr(colon + 2));
  if (value.empty() || value.find(": ") == std::string::npos) return std::nullopt;
  if (std::string_view("\"'[{|>&*!%@`").find(value.front()) != std::string_view::npos)
    return std::nullopt;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return std::string(line.substr(0, colon)) + ": " + quoted + "\"";
}

}  // namespace oitgen
