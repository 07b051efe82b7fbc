#include "util/url.h"

#include <algorithm>

#include <cctype>

namespace oitgen {

namespace {

// Written by hand rather than with libcurl's URL parser: it must also find URLs inside free
// text and cope with ones that a parser rejects, which still must not be printed whole.

// The end of the authority that starts at `start` (just after "://").
std::size_t authority_end(std::string_view text, std::size_t start) {
  std::size_t end = start;
  while (end < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[end]);
    if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>' ||
        c == '`' || std::isspace(c))
      break;
    ++end;
  }
  return end;
}

bool is_scheme_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
}

}  // namespace

std::string redact_urls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;
  for (std::size_t at = text.find("://"); at != std::string_view::npos;
       at = text.find("://", at + 3)) {
    if (at == 0 || !is_scheme_char(text[at - 1])) continue;
    const std::size_t start = at + 3;
    const std::size_t end = authority_end(text, start);
    const std::size_t last_at = text.substr(start, end - start).rfind('@');
    if (last_at == std::string_view::npos) continue;
    out.append(text.substr(copied, start - copied));
    out += "***";
    copied = start + last_at;  // from the '@' on
  }
  out.append(text.substr(copied));
  return out;
}

bool has_user_info(std::string_view url) {
  const std::size_t at = url.find("://");
  if (at == std::string_view::npos) return false;
  const std::size_t start = at + 3;
  return url.substr(start, authority_end(url, start) - start).find('@') != std::string_view::npos;
}

namespace {

// White space as std::regex's \s has it in the classic locale.
bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

}  // namespace

bool is_absolute_http_url(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("https://"))
    rest = url.substr(8);
  else if (url.starts_with("http://"))
    rest = url.substr(7);
  else
    return false;
  return !rest.empty() && rest.front() != '/' && std::none_of(rest.begin(), rest.end(), is_space);
}

bool has_scheme_and_host(std::string_view url, std::initializer_list<std::string_view> schemes) {
  const std::size_t at = url.find("://");
  if (at == std::string_view::npos ||
      std::find(schemes.begin(), schemes.end(), url.substr(0, at)) == schemes.end())
    return false;
  const std::string_view rest = url.substr(at + 3);
  return !rest.empty() && rest.front() != '/' && !is_space(rest.front()) &&
         rest.find_first_of("\r\n") == std::string_view::npos;
}

std::string encode_path(std::string_view path) {
  static constexpr std::string_view hex = "0123456789ABCDEF";
  std::string encoded;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
        (byte >= '0' && byte <= '9') ||
        std::string_view("-._~/").find(c) != std::string_view::npos) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += hex[byte >> 4];
      encoded += hex[byte & 0xF];
    }
  }
  return encoded;
}

}  // namespace oitgen
