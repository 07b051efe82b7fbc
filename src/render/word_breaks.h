#pragma once
// Thai words kept whole in a page: each run of Thai text in the body becomes a span that does
// not wrap, with <wbr> between its words, so that a line breaks between words and never inside
// one (a browser's own Thai breaking splits words and names). On a page in another language the
// span also says lang="th", so that a screen reader reads the run as Thai.

#include <string>
#include <string_view>

#include "util/thai_words.h"

namespace oitgen {

// The CSS class of the spans, which the theme's style sheet makes white-space: nowrap.
inline constexpr std::string_view thai_run_class = "tw";

// `html` is a page or a part of one. Text inside tags and comments, and the text of elements
// that are not running text or where markup cannot go (head, script, style, title, textarea,
// option, pre, code, svg), is left as it is.
std::string break_thai_words(std::string_view html, const ThaiWords& words, bool foreign_page);

// A place's own name, to be kept whole, without the word for its kind in front ("เทศบาลตำบล",
// "อำเภอ", "จังหวัด" … or `kind`, the organization's): a line may break after the kind.
std::string place_name(std::string_view name, std::string_view kind = {});

}  // namespace oitgen
