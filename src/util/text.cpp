#include "util/text.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "util/i18n.h"
#include "util/nearest.h"

namespace oitgen {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      length = 2;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > text.size()) return i;
    unsigned code = c & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      code = (code << 6) | (next & 0x3Fu);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    if (code < min || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return i;
    i += length;
  }
  return std::nullopt;
}

std::string not_utf8_message(std::string_view text, std::size_t offset) {
  const auto byte = offset < text.size() ? static_cast<unsigned char>(text[offset]) : 0;
  // TIS-620 puts the Thai letters, one byte each, in 0xA1-0xFB.
  if (byte >= 0xA1 && byte <= 0xFB)
    return tr(
        "the file is not valid UTF-8 text; it looks like Thai saved as TIS-620 (Windows-874): "
        "save it again as UTF-8");
  return tr("the file is not valid UTF-8 text; save it as UTF-8");
}

Position position_at(std::string_view text, std::size_t offset) {
  Position pos{1, 1};
  offset = std::min(offset, text.size());
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

std::string_view strip_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  return NearestIndex(candidates).find(word);
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

std::string quote(std::string_view value) {
  return "\"" + std::string(value) + "\"";
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  auto allowed = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  };
  return id[0] != '-' && std::all_of(id.begin(), id.end(), allowed);
}

std::size_t control_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x20 || c == 0x7F) return 1;
  // U+0080 to U+009F are 0xC2 0x80 to 0xC2 0x9F in UTF-8.
  if (c == 0xC2 && i + 1 < text.size()) {
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (next >= 0x80 && next <= 0x9F) return 2;
  }
  return 0;
}

namespace {

bool kept_in_text(char c) {
  return c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

std::string strip_controls(std::string_view text) {
  // Every text of every page passes here: plain runs are copied whole.
  std::string out;
  std::size_t run = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 0x20 && c != 0x7F && c != 0xC2) || kept_in_text(text[i])) {
      ++i;
      continue;
    }
    const std::size_t length = control_length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    out.append(text.substr(run, i - run));
    i += length;
    run = i;
  }
  if (run == 0) return std::string(text);
  out.append(text.substr(run));
  return out;
}

std::string visible_control(std::string_view control) {
  char buffer[8];
  if (control.size() == 2)
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(control[1]));
  else
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(control[0]));
  return buffer;
}

std::string visible_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = control_length(text, i);
    if (length == 0) {
      out += text[i++];
      continue;
    }
    out += visible_control(text.substr(i, length));
    i += length;
  }
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (const std::size_t length = control_length(text, i); length > 0 && !kept_in_text(c)) {
          i += length - 1;
          break;
        }
        out += c;
    }
  }
  return out;
}

}  // namespace oitgen
