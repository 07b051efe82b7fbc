#include "render/page_text.h"

#include <algorithm>
#include <array>

#include "render/html_scan.h"

namespace oitgen {
namespace {

// Elements whose content is not read as text: code, styles and drawings (a chart's figures
// are in its data table, which is text).
constexpr std::array<std::string_view, 6> unread = {"script",   "style",    "svg",
                                                    "template", "textarea", "noscript"};

// Elements inside a line of text: no space between what comes before and after them. Any
// other tag ends a word (a cell, a paragraph, a line break).
constexpr std::array<std::string_view, 22> inline_elements = {
    "a",    "abbr", "b", "bdi",  "bdo",   "cite", "data",   "dfn", "em",  "i",    "kbd",
    "mark", "q",    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "wbr"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Appends decoded text with every run of white space as one space.
void add_text(std::string_view raw, std::string& out) {
  for (const char c : decode_entities(raw)) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
}

void trim(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  const std::size_t first = text.find_first_not_of(' ');
  text.erase(0, first == std::string::npos ? text.size() : first);
}

}  // namespace

PageText page_text(std::string_view html) {
  PageText result;
  HtmlScanner scanner(html);
  HtmlPiece piece;
  bool in_main = false;
  int h1_depth = 0;  // inside the first <h1> of <main>
  bool title_done = false;
  bool in_current = false;  // inside the menu link of the page's own section
  bool section_done = false;
  while (scanner.next(piece)) {
    switch (piece.kind) {
      case HtmlPiece::Kind::text:
        if (in_main) add_text(piece.raw, result.text);
        if (h1_depth > 0) add_text(piece.raw, result.title);
        if (in_current) add_text(piece.raw, result.section);
        break;
      case HtmlPiece::Kind::start_tag:
        if (among(unread, piece.name) && !piece.self_closing) {
          scanner.skip_element(piece.name);
          if (in_main) add_text(" ", result.text);
          break;
        }
        if (piece.name == "main") in_main = true;
        if (in_main && piece.name == "h1" && !title_done) h1_depth = 1;
        if (piece.name == "a" && !section_done &&
            attribute(piece.raw, "aria-current") == std::string_view("page"))
          in_current = true;
        if (in_main && !among(inline_elements, piece.name)) add_text(" ", result.text);
        break;
      case HtmlPiece::Kind::end_tag:
        if (piece.name == "main") in_main = false;
        if (piece.name == "h1" && h1_depth > 0) {
          h1_depth = 0;
          title_done = true;
        }
        if (piece.name == "a" && in_current) {
          in_current = false;
          section_done = true;
        }
        if (in_main && !among(inline_elements, piece.name)) add_text(" ", result.text);
        break;
      case HtmlPiece::Kind::other:
        break;
    }
  }
  trim(result.text);
  trim(result.title);
  trim(result.section);
  return result;
}

}  // namespace oitgen
