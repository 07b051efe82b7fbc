#pragma once
// What every fuzz target checks besides "no crash": the properties are stated as checks that
// abort with a message, so that libFuzzer (and fuzz/run_files.cpp) report them as crashes with
// the input that broke them.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.h"

namespace fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "property failed: %s\n", what);
  if (!detail.empty())
    std::fprintf(stderr, "  %.*s\n", static_cast<int>(detail.size()), detail.data());
  std::abort();
}

inline void check(bool ok, const char* what, std::string_view detail = {}) {
  if (!ok) fail(what, detail);
}

// Written here rather than taken from src/util/text.h so that the property does not trust the
// code under test: the UTF-8 of RFC 3629 (no overlongs, no surrogates, nothing past U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1, cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2, cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3, cp = c & 0x07u;
    } else {
      return false;
    }
    if (s.size() - i <= n) return false;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (d & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += n + 1;
  }
  return true;
}

// Every message names the file it was given, has a sane position and is UTF-8 that a terminal
// or a web page can show.
inline void check_diagnostics(const oitgen::Diagnostics& diags, const std::string& file) {
  for (const auto& d : diags.all()) {
    check(d.file == file, "a diagnostic names another file", d.file);
    check(d.pos.line >= 0 && d.pos.column >= 0, "a diagnostic has a negative position", d.message);
    check(d.pos.line > 0 || d.pos.column == 0, "a column without a line", d.message);
    check(!d.message.empty(), "an empty diagnostic message");
    check(valid_utf8(d.message), "a diagnostic message is not UTF-8", d.message);
    check(valid_utf8(oitgen::format_diagnostic(d)), "a formatted diagnostic is not UTF-8");
  }
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace fuzz
