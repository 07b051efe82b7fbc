#pragma once
// The Thai words of the paper forms for the fields that take a fixed set of values: a clerk
// may type "ดำเนินการแล้วเสร็จ" where the format's code is "completed".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oitgen {

struct ThaiChoice {
  std::string_view words;  // as the forms write it
  std::string_view code;   // the format's value it means
};

// A report entry's status: the four columns of the report form, and the plan's "not planned".
extern const std::vector<ThaiChoice> status_words;
// A report's round: "รอบ 6 เดือน", "รอบ 12 เดือน".
extern const std::vector<ThaiChoice> round_words;
// A project's kind: โครงการ, กิจกรรม, มาตรการ.
extern const std::vector<ThaiChoice> kind_words;

// The code that `written` means, once spaces are dropped and Thai digits read as digits (the
// forms' narrow columns break "ดำเนิน การ" in two); nothing when it is none of `choices`.
std::optional<std::string> code_of_words(std::string_view written,
                                         const std::vector<ThaiChoice>& choices);

// The first words of each code, in order: what a message shows as the Thai values allowed.
std::vector<std::string> main_words(const std::vector<ThaiChoice>& choices);

}  // namespace oitgen
