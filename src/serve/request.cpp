#include "serve/request.h"

#include <array>
#include <utility>

namespace oitgen {

namespace {

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

}  // namespace

Resolved resolve_request(const SiteFiles& files, std::string_view request_path) {
  if (request_path.empty() || request_path.front() != '/') return {Resolved::Kind::refused, ""};
  // The site's files are keyed by clean relative paths, so a lookup cannot leave the site; a
  // path that tries is still refused outright rather than answered with "not found".
  std::string key;
  std::size_t start = 1;
  while (start <= request_path.size()) {
    std::size_t end = request_path.find('/', start);
    if (end == std::string_view::npos) end = request_path.size();
    const std::string_view segment = request_path.substr(start, end - start);
    if (segment == ".." || segment == "." ||
        segment.find_first_of(std::string_view("\\\0", 2)) != std::string_view::npos)
      return {Resolved::Kind::refused, ""};
    if (!segment.empty()) {
      if (!key.empty()) key += '/';
      key += segment;
    }
    start = end + 1;
  }
  const bool folder = request_path.back() == '/';
  if (folder) {
    key = key.empty() ? "index.html" : key + "/index.html";
    if (files.count(key)) return {Resolved::Kind::file, key};
    return {Resolved::Kind::not_found, ""};
  }
  if (files.count(key)) return {Resolved::Kind::file, key};
  if (files.count(key + "/index.html"))
    return {Resolved::Kind::redirect, std::string(request_path) + "/"};
  return {Resolved::Kind::not_found, ""};
}

std::string content_type(std::string_view path) {
  // The kinds of file a site holds: what oitgen writes and what content/static/ usually has.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> types{{
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".csv", "text/csv; charset=utf-8"},
      {".xml", "application/xml"},
      {".txt", "text/plain; charset=utf-8"},
      {".pem", "application/x-pem-file"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".pdf", "application/pdf"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
  }};
  std::string name(path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/')));
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');  // "SCAN.PDF" too
  for (const auto& [extension, type] : types)
    if (ends_with(name, extension)) return std::string(type);
  return "application/octet-stream";
}

}  // namespace oitgen
