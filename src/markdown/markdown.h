#pragma once
// Markdown to HTML with cmark-gfm and its GitHub extensions (tables, strikethrough, autolinks).

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace oitgen {

// Renders Markdown to HTML. Raw HTML in the text is shown as text (escaped), never rendered:
// only the theme writes HTML. Links with unsafe schemes (javascript:, data: ...) are dropped.
std::string render_markdown(std::string_view markdown);
// The same text as plain text, for print: paragraphs and list items on lines of their own,
// paragraphs separated by a blank line, no markup.
std::string markdown_text(std::string_view markdown);

// Renders each distinct body once per build: a bilingual site shows Thai text on its English
// pages too, and the same HTML serves both. Pages render on several threads: it may be called from
// any of them.
class MarkdownRenderer {
 public:
  const std::string& render(const std::string& markdown);

 private:
  std::mutex lock_;
  std::unordered_map<std::string, std::string> html_;  // its nodes stay where they are
};

}  // namespace oitgen
