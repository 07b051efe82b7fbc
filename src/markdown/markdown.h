#pragma once
// Markdown to HTML with cmark-gfm and its GitHub extensions (tables, strikethrough, autolinks).

#include <string>
#include <string_view>

namespace oitgen {

// Renders Markdown to HTML. Raw HTML in the text is shown as text (escaped), never rendered:
// only the theme writes HTML. Links with unsafe schemes (javascript:, data: ...) are dropped.
std::string render_markdown(std::string_view markdown);

}  // namespace oitgen
