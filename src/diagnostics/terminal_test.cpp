#include "diagnostics/terminal.h"

#include <doctest/doctest.h>

#include <sstream>

#include "diagnostics/diagnostics.h"

using namespace oitgen;

TEST_CASE("a stream shows control characters written out, keeping newlines and tabs") {
  std::ostringstream target;
  {
    const VisibleControls visible(target);
    target << "a\x1b[31mb\x07\n"
           << "\tไทย\xC2\x85" << '\xC2' << '\x9B' << "2J" << '\xC2';
    target << "\xA0 " << std::string("\0\x7f", 2) << "\r\n";
  }
  CHECK(target.str() == "a\\x1b[31mb\\x07\n\tไทย\\u0085\\u009b2J\xC2\xA0 \\x00\\x7f\\x0d\n");
}

TEST_CASE("a diagnostic is one line whatever its file name and message hold") {
  const Diagnostic d{Severity::error,
                     "content/news/a\x1b[31m\nb.md",
                     {2, 3},
                     "title \"x\xC2\x9B"
                     "2J\" is bad",
                     {},
                     {}};
  CHECK(format_diagnostic(d) ==
        "content/news/a\\x1b[31m\\x0ab.md:2:3: error: title \"x\\u009b2J\" is bad");
}
