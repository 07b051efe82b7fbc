#include "render/word_breaks.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace oitgen {
namespace {

constexpr std::size_t thai_bytes = 3;

// Elements whose text is copied as it is, up to their end tag.
// Nothing in the head is shown as running text.
constexpr std::array<std::string_view, 9> kept_elements = {
    "head", "script", "style", "title", "textarea", "option", "pre", "code", "svg"};

bool name_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == ':';
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The end of the tag that starts at `at` (just past its '>'), quotes in attribute values
// respected; the end of the text when it is not closed.
std::size_t tag_end(std::string_view html, std::size_t at) {
  char quote = 0;
  for (std::size_t i = at + 1; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

// Just past the end tag of `name` at or after `from`, matched without regard to case.
std::size_t end_tag_end(std::string_view html, std::size_t from, std::string_view name) {
  const std::string closing = "</" + std::string(name);
  for (std::size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (lower(html.substr(at, closing.size())) == closing &&
        (at + closing.size() >= html.size() || !name_byte(html[at + closing.size()])))
      return tag_end(html, at);
  }
  return html.size();
}

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
        out.append(text.substr(start, i - start));
        continue;
      }
      std::size_t end = i;
      while (thai_at(text, end)) end += thai_bytes;
      run(text.substr(i, end - i), out);
      i = end;
    }
  }

 private:
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
  std::size_t i = 0;
  while (i < html.size()) {
    // A '<' that starts no tag ("a < b") is text, as in HTML.
    const bool tag = html[i] == '<' && i + 1 < html.size() &&
                     (std::isalpha(static_cast<unsigned char>(html[i + 1])) != 0 ||
                      html[i + 1] == '/' || html[i + 1] == '!' || html[i + 1] == '?');
    if (!tag) {
      const std::size_t next = std::min(html.find('<', i + 1), html.size());
      breaker.text(html.substr(i, next - i), out);
      i = next;
      continue;
    }
    std::size_t end;
    if (html.substr(i, 4) == "<!--") {
      const std::size_t close = html.find("-->", i + 4);
      end = close == std::string_view::npos ? html.size() : close + 3;
    } else {
      end = tag_end(html, i);
      std::size_t name_end = i + 1;
      while (name_end < html.size() && name_byte(html[name_end])) ++name_end;
      const std::string name = lower(html.substr(i + 1, name_end - i - 1));
      const bool self_closing = end >= 2 && html[end - 2] == '/';
      if (!self_closing &&
          std::find(kept_elements.begin(), kept_elements.end(), name) != kept_elements.end())
        end = end_tag_end(html, end, name);
    }
    out.append(html.substr(i, end - i));
    i = end;
  }
  return out;
}

}  // namespace oitgen
