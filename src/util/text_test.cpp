#include "util/text.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("valid UTF-8, Thai included, has no invalid byte") {
  CHECK_FALSE(find_invalid_utf8("plain ascii"));
  CHECK_FALSE(find_invalid_utf8("เทศบาลตำบล"));
}

TEST_CASE("invalid UTF-8 is found at its first bad byte") {
  CHECK(find_invalid_utf8("ab\xff") == std::optional<std::size_t>(2));
  CHECK(find_invalid_utf8("\xe0\xb8") == std::optional<std::size_t>(0));      // cut short
  CHECK(find_invalid_utf8("\xc0\xaf") == std::optional<std::size_t>(0));      // overlong '/'
  CHECK(find_invalid_utf8("\xed\xa0\x80") == std::optional<std::size_t>(0));  // surrogate
}

TEST_CASE("positions count lines and characters, not bytes") {
  const std::string text = "{\n  \"ชื่อ\": 1\n}";
  const auto colon = text.find(':');
  const Position pos = position_at(text, colon);
  CHECK(pos.line == 2);
  CHECK(pos.column == 9);  // two spaces, quote, four Thai characters, quote, then ':'
}

TEST_CASE("a byte order mark is dropped") {
  CHECK(strip_bom("\xEF\xBB\xBF{}") == "{}");
  CHECK(strip_bom("{}") == "{}");
}

TEST_CASE("nearest suggests close words only") {
  const std::vector<std::string> ids = {"p01", "p02", "p20"};
  CHECK(nearest("p1", ids) == std::optional<std::string>("p01"));
  CHECK(nearest("titel", {"title", "years"}) == std::optional<std::string>("title"));
  CHECK_FALSE(nearest("completely-different", ids));
  CHECK_FALSE(nearest("p04", ids));  // p01 and p02 are equally close: no guess
  // Leading zeros do not count: "p5" means p05 even among p15 and p25.
  CHECK(nearest("p5", {"p05", "p15", "p25"}) == std::optional<std::string>("p05"));
  CHECK(nearest("p005", {"p05", "p15"}) == std::optional<std::string>("p05"));
  CHECK(nearest("2566-2570", {"2566-2570x"}) == std::optional<std::string>("2566-2570x"));
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("ids follow [a-z0-9][a-z0-9-]{0,63}") {
  CHECK(is_valid_id("p01"));
  CHECK(is_valid_id("2566-2570"));
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id("-p01"));
  CHECK_FALSE(is_valid_id("P01"));
  CHECK_FALSE(is_valid_id("../p01"));
  CHECK_FALSE(is_valid_id("p 01"));
  CHECK_FALSE(is_valid_id(std::string(65, 'a')));
  CHECK(is_valid_id(std::string(64, 'a')));
}

TEST_CASE("control characters are stripped for HTML and XML, except tab and line breaks") {
  CHECK(strip_controls("a\x1b[31mb\x07\x7f") == "a[31mb");
  CHECK(strip_controls(std::string("a\0b", 3)) == "ab");
  CHECK(strip_controls("a\tb\nc\rd") == "a\tb\nc\rd");
  CHECK(strip_controls("ไทย\xC2\x85\xC2\x9B"
                       "2J") == "ไทย2J");             // NEL and CSI (C1)
  CHECK(strip_controls("\xC2\xA0©") == "\xC2\xA0©");  // U+00A0 and U+00A9 stay
  CHECK(xml_escape("<a>\x1b\xC2\x85\x7f&") == "&lt;a&gt;&amp;");
}

TEST_CASE("control characters are written out for the terminal") {
  CHECK(visible_controls("a\x1b[31mb") == "a\\x1b[31mb");
  CHECK(visible_controls("a\nb\tc\r") == "a\\x0ab\\x09c\\x0d");
  CHECK(visible_controls(std::string("\0\x7f", 2)) == "\\x00\\x7f");
  CHECK(visible_controls("ไทย\xC2\x9B"
                         "2J\xC2\x85") == "ไทย\\u009b2J\\u0085");
  CHECK(visible_controls("plain ไทย \xC2\xA0") == "plain ไทย \xC2\xA0");
}
