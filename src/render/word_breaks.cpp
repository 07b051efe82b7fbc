#include "render/word_breaks.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "render/html_scan.h"

namespace oitgen {
namespace {

constexpr std::size_t thai_bytes = 3;

// Elements whose text is copied as it is, up to their end tag.
// Nothing in the head is shown as running text.
constexpr std::array<std::string_view, 9> kept_elements = {
    "head", "script", "style", "title", "textarea", "option", "pre", "code", "svg"};

class Breaker {
 public:
  Breaker(const ThaiWords& words, bool foreign_page) : words_(words), foreign_(foreign_page) {
    open_ = "<span class=\"" + std::string(thai_run_class) + "\"" +
            (foreign_page ? " lang=\"th\">" : ">");
  }

  void text(std::string_view text, std::string& out) const {
    for (std::size_t i = 0; i < text.size();) {
      if (!thai_at(text, i)) {
        const std::size_t start = i;
        while (i < text.size() && !thai_at(text, i)) ++i;
        if (foreign_)
          out.append(text.substr(start, i - start));
        else
          latin(text.substr(start, i - start), out);
        continue;
      }
      std::size_t end = i;
      while (thai_at(text, end)) end += thai_bytes;
      run(text.substr(i, end - i), out);
      i = end;
    }
  }

 private:
  static bool letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

  // The end of the Latin word at `at`: letters and digits, with an apostrophe, a dot or a
  // hyphen between two of them ("don't", "e.g", "No-Gift").
  static std::size_t word_end(std::string_view text, std::size_t at) {
    while (at < text.size()) {
      const char c = text[at];
      const bool inner =
          (c == '\'' || c == '.' || c == '-') && at + 1 < text.size() && letter(text[at + 1]);
      if (!letter(c) && !(c >= '0' && c <= '9') && !inner) break;
      ++at;
    }
    return at;
  }

  // On a Thai page a run of Latin words ("No Gift Policy", "ITA") is English, and says so for
  // a screen reader (WCAG 3.1.2). A character reference ("&amp;") is copied as it is.
  static void latin(std::string_view text, std::string& out) {
    for (std::size_t i = 0; i < text.size();) {
      if (text[i] == '&') {
        const std::size_t semicolon = text.find(';', i);
        const std::size_t end =
            semicolon == std::string_view::npos || semicolon - i > 10 ? i + 1 : semicolon + 1;
        out.append(text.substr(i, end - i));
        i = end;
        continue;
      }
      if (!letter(text[i])) {
        out += text[i++];
        continue;
      }
      std::size_t end = word_end(text, i);
      while (end + 1 < text.size() && text[end] == ' ' && letter(text[end + 1]))
        end = word_end(text, end + 1);
      const std::string_view words = text.substr(i, end - i);
      // A lone letter (a list's "a", a unit's "m") is not a language.
      if (std::count_if(words.begin(), words.end(), letter) >= 2) {
        out += "<span lang=\"en\">";
        out.append(words);
        out += "</span>";
      } else {
        out.append(words);
      }
      i = end;
    }
  }

  void run(std::string_view run, std::string& out) const {
    // One character cannot be broken: nothing to keep whole.
    if (run.size() <= thai_bytes && !foreign_) {
      out.append(run);
      return;
    }
    out += open_;
    std::size_t from = 0;
    for (const std::size_t at : words_.breaks(run)) {
      out.append(run.substr(from, at - from));
      out += "<wbr>";
      from = at;
    }
    out.append(run.substr(from));
    out += "</span>";
  }

  const ThaiWords& words_;
  bool foreign_;
  std::string open_;
};

constexpr std::array<std::string_view, 8> place_kinds = {"องค์การบริหารส่วนตำบล",
                                                         "องค์การบริหารส่วนจังหวัด",
                                                         "เทศบาลนคร",
                                                         "เทศบาลเมือง",
                                                         "เทศบาลตำบล",
                                                         "อำเภอ",
                                                         "จังหวัด",
                                                         "ตำบล"};

}  // namespace

std::string place_name(std::string_view name, std::string_view kind) {
  if (!kind.empty() && name.starts_with(kind) && name.size() > kind.size())
    return std::string(name.substr(kind.size()));
  for (const std::string_view known : place_kinds)
    if (name.starts_with(known) && name.size() > known.size())
      return std::string(name.substr(known.size()));
  return std::string(name);
}

std::string break_thai_words(std::string_view html, const ThaiWords& words, bool foreign_page) {
  const Breaker breaker(words, foreign_page);
  std::string out;
  out.reserve(html.size() + html.size() / 4);
  HtmlScanner scanner(html);
  HtmlPiece piece;
  while (scanner.next(piece)) {
    if (piece.kind == HtmlPiece::Kind::text) {
      breaker.text(piece.raw, out);
      continue;
    }
    out.append(piece.raw);
    if (piece.kind == HtmlPiece::Kind::start_tag && !piece.self_closing &&
        std::find(kept_elements.begin(), kept_elements.end(), piece.name) != kept_elements.end())
      out.append(scanner.skip_element(piece.name));
  }
  return out;
}

}  // namespace oitgen
