#include "render/html_scan.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace oitgen {

TEST_CASE("a page scans into text, tags and comments, each with its bytes") {
  HtmlScanner scanner("<!DOCTYPE html><p class=\"a>b\">x &lt; y<br/>z</P><!-- c -->a < b");
  std::vector<std::string> seen;
  HtmlPiece piece;
  while (scanner.next(piece)) {
    const char* kinds[] = {"text", "start", "end", "other"};
    seen.push_back(std::string(kinds[static_cast<int>(piece.kind)]) + ":" + piece.name + ":" +
                   std::string(piece.raw) + (piece.self_closing ? ":/" : ""));
  }
  CHECK(seen == std::vector<std::string>{"other::<!DOCTYPE html>", "start:p:<p class=\"a>b\">",
                                         "text::x &lt; y", "start:br:<br/>:/", "text::z",
                                         "end:p:</P>", "other::<!-- c -->", "text::a ",
                                         "text::< b"});
}

TEST_CASE("an element's content is skipped whole, up to its own end tag") {
  HtmlScanner scanner("<svg><text>a</text><g></g></SVG>after");
  HtmlPiece piece;
  REQUIRE(scanner.next(piece));
  CHECK(scanner.skip_element("svg") == "<text>a</text><g></g></SVG>");
  REQUIRE(scanner.next(piece));
  CHECK(piece.raw == "after");
  HtmlScanner unclosed("<script>never closed");
  REQUIRE(unclosed.next(piece));
  CHECK(unclosed.skip_element("script") == "never closed");
  CHECK_FALSE(unclosed.next(piece));
}

TEST_CASE("attributes are read with either quote, or none, and not from inside another") {
  const std::string tag = "<a data-x=\"aria-current=page\" aria-current='page' href=/x>";
  CHECK(attribute(tag, "aria-current") == std::string_view("page"));
  CHECK(attribute(tag, "href") == std::string_view("/x"));
  CHECK_FALSE(attribute(tag, "current"));
  CHECK_FALSE(attribute("<a title>", "title"));
}

TEST_CASE("character references decode; what is not one stays as it is") {
  CHECK(decode_entities("a &amp; b &lt;c&gt; &quot;q&quot; &#39;s&#x27;") == "a & b <c> \"q\" 's'");
  CHECK(decode_entities("&#3585;&#xE02;") == "กข");
  CHECK(decode_entities("x&nbsp;y") == "x y");
  CHECK(decode_entities("AT&T; &unknown; &#xD800; &#99999999; & ;") ==
        "AT&T; &unknown; &#xD800; &#99999999; & ;");
}

}  // namespace oitgen
