// render_markdown, the one way Markdown written by a clerk becomes HTML.
//
// Properties: nothing throws; the HTML of UTF-8 text is UTF-8; it holds only the tags and
// attributes that Markdown makes (raw HTML in the text is escaped, so no <script>, no on...=
// handlers); no link or image points at a scheme that runs code; a text without "<" ">" "&" '"' and
// without any Markdown punctuation comes out with its words intact.

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "fuzz_check.h"
#include "markdown/markdown.h"

namespace {

constexpr std::array<std::string_view, 29> allowed_tags = {
    "p",     "h1",    "h2",    "h3", "h4", "h5", "h6",  "a",       "em",  "strong",
    "del",   "code",  "pre",   "ul", "ol", "li", "br",  "hr",      "img", "blockquote",
    "table", "thead", "tbody", "tr", "th", "td", "sup", "section", "div"};
constexpr std::array<std::string_view, 8> allowed_attributes = {"href",  "src",   "alt",   "title",
                                                                "align", "start", "class", "lang"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
}

// A URL value as the browser reads it: character references are decoded ("&#58;" and "&colon;"
// are a colon) and tabs, line breaks and other control characters are dropped, as URL parsing
// does, before the scheme is looked at.
bool dangerous_url(std::string_view value) {
  std::string plain;
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == '&') {
      const auto end = value.find(';', i);
      if (end == std::string_view::npos) break;
      const std::string entity = lower(value.substr(i + 1, end - i - 1));
      i = end;
      unsigned long code = 0;
      if (entity.starts_with("#x"))
        code = std::strtoul(entity.c_str() + 2, nullptr, 16);
      else if (entity.starts_with("#"))
        code = std::strtoul(entity.c_str() + 1, nullptr, 10);
      else if (entity == "colon")
        code = ':';
      else if (entity == "tab" || entity == "newline")
        code = '\t';
      else
        code = '?';  // any other named reference is not a letter of a scheme
      c = code < 0x80 ? static_cast<char>(code) : '?';
    }
    if (static_cast<unsigned char>(c) > ' ' && c != 0x7F) plain += c;
  }
  plain = lower(plain);
  for (std::string_view scheme : {"javascript:", "vbscript:", "file:"})
    if (plain.starts_with(scheme)) return true;
  if (plain.starts_with("data:"))
    return !(plain.starts_with("data:image/png") || plain.starts_with("data:image/gif") ||
             plain.starts_with("data:image/jpeg") || plain.starts_with("data:image/webp"));
  return false;
}

// Walks the tags of cmark's output: it writes them in one regular shape, <name attr="value">,
// and escapes every "<" of the text as "&lt;".
void check_html(std::string_view html) {
  fuzz::check(lower(html).find("<script") == std::string::npos, "raw <script in the HTML");
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    std::size_t j = i + 1;
    if (j < html.size() && html[j] == '/') ++j;
    const std::size_t name_start = j;
    while (j < html.size() && is_name_char(html[j])) ++j;
    const std::string name = lower(html.substr(name_start, j - name_start));
    fuzz::check(std::find(allowed_tags.begin(), allowed_tags.end(), name) != allowed_tags.end(),
                "a tag that Markdown does not make", html.substr(i, 40));
    while (j < html.size() && html[j] != '>') {
      if (html[j] == ' ') {
        ++j;
        continue;
      }
      if (html[j] == '/') {  // <br />
        ++j;
        continue;
      }
      const std::size_t attr_start = j;
      while (j < html.size() && is_name_char(html[j])) ++j;
      const std::string attribute = lower(html.substr(attr_start, j - attr_start));
      fuzz::check(std::find(allowed_attributes.begin(), allowed_attributes.end(), attribute) !=
                      allowed_attributes.end(),
                  "an attribute that Markdown does not make", html.substr(i, 60));
      if (j < html.size() && html[j] == '=') {
        fuzz::check(j + 1 < html.size() && html[j + 1] == '"', "an unquoted attribute value",
                    html.substr(i, 60));
        const auto end = html.find('"', j + 2);
        fuzz::check(end != std::string_view::npos, "an attribute value is not closed");
        const std::string_view value = html.substr(j + 2, end - j - 2);
        fuzz::check(value.find('<') == std::string_view::npos, "a raw < in an attribute");
        if (attribute == "href" || attribute == "src")
          fuzz::check(!dangerous_url(value), "a link to a scheme that runs code", value);
        j = end + 1;
      }
    }
    fuzz::check(j < html.size(), "a tag is not closed", html.substr(i, 40));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view markdown = fuzz::as_text(data, size);
  const std::string html = oitgen::render_markdown(markdown);
  check_html(html);
  // read_markdown refuses files that are not UTF-8, so only UTF-8 reaches the renderer; there
  // the HTML must be UTF-8 as well.
  if (fuzz::valid_utf8(markdown)) fuzz::check(fuzz::valid_utf8(html), "the HTML is not UTF-8");

  // Plain words (letters, digits, spaces) come through as they are.
  const bool plain = !markdown.empty() && std::all_of(markdown.begin(), markdown.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == ' ';
  });
  if (plain && markdown.find_first_not_of(' ') != std::string_view::npos) {
    std::string words(markdown);
    words.erase(0, words.find_first_not_of(' '));
    words.erase(words.find_last_not_of(' ') + 1);
    fuzz::check(html.find(words) != std::string::npos, "plain words were lost", words);
  }
  return 0;
}
