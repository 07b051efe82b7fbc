#include "load/thai_choices.h"

#include <algorithm>

#include "load/clerk_advice.h"

namespace oitgen {

// The report form's column heads (รอรายงาน, อยู่ระหว่างดำเนินการ, ดำเนินการแล้วเสร็จ,
// ไม่สามารถดำเนินการได้; see the progress reports in the seeds) and the default theme's
// wording of each status, which a clerk copies from the site.
const std::vector<ThaiChoice> status_words = {
    {"รอการรายงาน", "not_reported"},
    {"รอรายงาน", "not_reported"},
    {"อยู่ระหว่างดำเนินการ", "in_progress"},
    {"ดำเนินการแล้วเสร็จ", "completed"},
    {"แล้วเสร็จ", "completed"},
    {"ไม่สามารถดำเนินการได้", "not_possible"},
    {"ไม่ได้บรรจุในแผนปีนี้", "not_planned"},
    {"ไม่ได้วางแผนในปีนี้", "not_planned"},
};

const std::vector<ThaiChoice> round_words = {
    {"รอบ 6 เดือน", "6-month"},
    {"6 เดือน", "6-month"},
    {"รอบ 12 เดือน", "12-month"},
    {"12 เดือน", "12-month"},
};

const std::vector<ThaiChoice> kind_words = {
    {"โครงการ", "project"},
    {"กิจกรรม", "activity"},
    {"มาตรการ", "measure"},
};

namespace {

// Spaces (ASCII, no-break and zero-width) dropped, Thai digits as ASCII digits.
std::string plain(std::string_view input) {
  const std::string text = with_arabic_digits(input);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == ' ' || byte == '\t') continue;
    if (text.substr(i, 2) == "\xC2\xA0") {  // U+00A0
      ++i;
      continue;
    }
    if (text.substr(i, 3) == "\xE2\x80\x8B") {  // U+200B
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::optional<std::string> code_of_words(std::string_view written,
                                         const std::vector<ThaiChoice>& choices) {
  const std::string typed = plain(written);
  for (const auto& choice : choices)
    if (typed == plain(choice.words)) return std::string(choice.code);
  return std::nullopt;
}

std::vector<std::string> main_words(const std::vector<ThaiChoice>& choices) {
  std::vector<std::string> out;
  std::vector<std::string_view> codes;
  for (const auto& choice : choices) {
    if (std::find(codes.begin(), codes.end(), choice.code) != codes.end()) continue;
    codes.push_back(choice.code);
    out.emplace_back(choice.words);
  }
  return out;
}

}  // namespace oitgen
