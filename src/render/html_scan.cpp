#include "render/html_scan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace oitgen {
namespace {

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

void append_utf8(char32_t code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// The named references that templates and the Markdown renderer write.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> named = {
    {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}}};

}  // namespace

bool HtmlScanner::next(HtmlPiece& piece) {
  if (at_ >= html_.size()) return false;
  const std::size_t start = at_;
  const bool tag = html_[at_] == '<' && at_ + 1 < html_.size() &&
                   (std::isalpha(static_cast<unsigned char>(html_[at_ + 1])) != 0 ||
                    html_[at_ + 1] == '/' || html_[at_ + 1] == '!' || html_[at_ + 1] == '?');
  piece.name.clear();
  piece.self_closing = false;
  if (!tag) {
    at_ = std::min(html_.find('<', at_ + 1), html_.size());
    piece.kind = HtmlPiece::Kind::text;
  } else if (html_.substr(at_, 4) == "<!--") {
    const std::size_t close = html_.find("-->", at_ + 4);
    at_ = close == std::string_view::npos ? html_.size() : close + 3;
    piece.kind = HtmlPiece::Kind::other;
  } else if (html_[at_ + 1] == '!' || html_[at_ + 1] == '?') {
    at_ = tag_end(html_, at_);
    piece.kind = HtmlPiece::Kind::other;
  } else {
    const bool closing = html_[at_ + 1] == '/';
    const std::size_t name_start = at_ + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < html_.size() && name_byte(html_[name_end])) ++name_end;
    piece.name = lower(html_.substr(name_start, name_end - name_start));
    at_ = tag_end(html_, at_);
    piece.kind = closing ? HtmlPiece::Kind::end_tag : HtmlPiece::Kind::start_tag;
    piece.self_closing = !closing && at_ >= 2 && html_[at_ - 2] == '/';
  }
  piece.raw = html_.substr(start, at_ - start);
  return true;
}

std::string_view HtmlScanner::skip_element(std::string_view name) {
  const std::size_t start = at_;
  const std::string closing = "</" + std::string(name);
  std::size_t end = html_.size();
  for (std::size_t at = html_.find("</", at_); at != std::string_view::npos;
       at = html_.find("</", at + 2)) {
    if (lower(html_.substr(at, closing.size())) == closing &&
        (at + closing.size() >= html_.size() || !name_byte(html_[at + closing.size()]))) {
      end = tag_end(html_, at);
      break;
    }
  }
  at_ = end;
  return html_.substr(start, end - start);
}

std::optional<std::string_view> attribute(std::string_view tag, std::string_view name) {
  for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const std::size_t after = at + name.size();
    if (at == 0 || std::isspace(static_cast<unsigned char>(tag[at - 1])) == 0) continue;
    if (after >= tag.size() || tag[after] != '=') continue;
    if (after + 1 >= tag.size()) return std::nullopt;
    const char quote = tag[after + 1];
    if (quote == '"' || quote == '\'') {
      const std::size_t end = tag.find(quote, after + 2);
      if (end == std::string_view::npos) return std::nullopt;
      return tag.substr(after + 2, end - after - 2);
    }
    std::size_t end = after + 1;
    while (end < tag.size() && std::isspace(static_cast<unsigned char>(tag[end])) == 0 &&
           tag[end] != '>')
      ++end;
    return tag.substr(after + 1, end - after - 1);
  }
  return std::nullopt;
}

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t semicolon = text[i] == '&' ? text.find(';', i + 1) : std::string_view::npos;
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
      out += text[i];
      continue;
    }
    const std::string_view reference = text.substr(i + 1, semicolon - i - 1);
    bool decoded = false;
    if (reference.size() > 1 && reference[0] == '#') {
      const bool hex = reference[1] == 'x' || reference[1] == 'X';
      const std::string_view digits = reference.substr(hex ? 2 : 1);
      unsigned long code = 0;
      const auto [end, error] =
          std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
      if (error == std::errc{} && end == digits.data() + digits.size() && code > 0 &&
          code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
        append_utf8(static_cast<char32_t>(code), out);
        decoded = true;
      }
    } else {
      for (const auto& [entity, value] : named)
        if (reference == entity) {
          out += value;
          decoded = true;
        }
    }
    if (decoded) {
      i = semicolon;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace oitgen
