#include "import/front_matter_edit.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace oitgen {

namespace {

struct Line {
  std::string_view text;  // without its line break
  std::string_view end;   // "\n", "\r\n" or "" for the last line
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    if (newline == std::string_view::npos) {
      lines.push_back({text, {}});
      break;
    }
    std::string_view line = text.substr(0, newline);
    std::string_view end = text.substr(newline, 1);
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
      end = text.substr(newline - 1, 2);
    }
    lines.push_back({line, end});
    text.remove_prefix(newline + 1);
  }
  return lines;
}

bool is_key_line(std::string_view line, std::string_view key) {
  return line.starts_with(key) && line.size() > key.size() && line[key.size()] == ':';
}

// A line that continues the field above: indented, or an item of a block list.
bool continues(std::string_view line) {
  return !line.empty() &&
         (line[0] == ' ' || line[0] == '\t' || line.starts_with("- ") || line == "-");
}

}  // namespace

std::optional<std::string> set_front_matter_field(std::string_view text, std::string_view key,
                                                  const std::optional<std::string>& value) {
  const std::vector<Line> lines = split_lines(text);
  if (lines.empty() || lines[0].text != "---") return std::nullopt;
  std::size_t close = 1;
  while (close < lines.size() && lines[close].text != "---" && lines[close].text != "...") ++close;
  if (close == lines.size()) return std::nullopt;
  const std::string_view newline = lines[0].end.empty() ? std::string_view("\n") : lines[0].end;
  const std::string replacement =
      value ? std::string(key) + ": " + *value + std::string(newline) : std::string();

  std::string out;
  out.reserve(text.size() + replacement.size());
  bool done = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0 && i < close && !done && is_key_line(lines[i].text, key)) {
      out += replacement;
      while (i + 1 < close && continues(lines[i + 1].text)) ++i;
      done = true;
      continue;
    }
    if (i == close && !done) out += replacement;
    out += lines[i].text;
    out += lines[i].end;
  }
  return out;
}

std::string yaml_quoted(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string yaml_string(std::string_view text) {
  if (text.empty()) return "\"\"";
  const char first = text.front();
  bool plain = std::string_view("-?:,[]{}#&*!|>'\"%@` \t").find(first) == std::string_view::npos &&
               !(first >= '0' && first <= '9') && first != '+' && first != '.' &&
               text.back() != ' ' && text.back() != ':' &&
               text.find(": ") == std::string_view::npos &&
               text.find(" #") == std::string_view::npos;
  for (const char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) plain = false;
  // Words YAML reads as booleans or null, in any case.
  std::string lower;
  for (const char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const std::string_view word :
       {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"})
    if (lower == word) plain = false;
  return plain ? std::string(text) : yaml_quoted(text);
}

std::string baht_literal(Money amount) {
  const bool negative = amount < 0;
  const Money value = negative ? -amount : amount;
  std::string out = (negative ? "-" : "") + std::to_string(value / 100);
  if (value % 100 != 0) {
    const auto satang = static_cast<int>(value % 100);
    out += (satang < 10 ? ".0" : ".") + std::to_string(satang);
  }
  return out;
}

std::string yaml_budget(const std::map<int, std::optional<Money>>& budget) {
  std::string out = "{";
  bool first = true;
  for (const auto& [year, amount] : budget) {
    if (!first) out += ", ";
    first = false;
    out += std::to_string(year) + ": " + (amount ? baht_literal(*amount) : "null");
  }
  return out + "}";
}

}  // namespace oitgen
