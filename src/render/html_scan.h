#pragma once
// The pieces of a page's HTML in order: text, tags and comments. The pages are markup that
// oitgen and its theme wrote, regular enough that what the steps after rendering need (where
// the text is, which element it is in) comes from a scan, without a tree: no HTML parser in
// Debian keeps the bytes of what it does not change, which breaking Thai words needs.

#include <optional>
#include <string>
#include <string_view>

namespace oitgen {

struct HtmlPiece {
  enum class Kind { text, start_tag, end_tag, other };  // other: a comment, <!DOCTYPE>, <?…>
  Kind kind = Kind::text;
  std::string_view raw;  // the piece's bytes, as they are in the page
  std::string name;      // a tag's element name, in lower case
  bool self_closing = false;
};

class HtmlScanner {
 public:
  explicit HtmlScanner(std::string_view html) : html_(html) {}

  // The next piece; false at the end. A '<' that starts no tag ("a < b") is text, as in HTML.
  bool next(HtmlPiece& piece);
  // What follows the start tag just read up to and including the end tag of `name`: the
  // content of an element taken whole (a script, an svg).
  std::string_view skip_element(std::string_view name);

 private:
  std::string_view html_;
  std::size_t at_ = 0;
};

// The value of attribute `name` in a start tag's bytes, as written (entities not decoded).
std::optional<std::string_view> attribute(std::string_view tag, std::string_view name);

// Text with its character references (&amp;, &#3588;, &#x0E01; …) decoded; &nbsp; becomes a
// plain space: the text is for reading and searching, not for layout.
std::string decode_entities(std::string_view text);

}  // namespace oitgen
