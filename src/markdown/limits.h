#pragma once
// Bounds on a Markdown body, checked before cmark-gfm sees it. Debian 12's libcmark-gfm
// (0.29.0.gfm.6) takes quadratic time on some inputs that later releases fixed (many unclosed
// "<!" or "<?", "![[]()" runs, tables thousands of columns wide, "a@b." runs); real documents
// stay far inside these bounds.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace oitgen {

constexpr std::size_t max_markdown_bytes = std::size_t{512} * 1024;
constexpr int max_markdown_nesting = 32;        // ">" and list markers opening one line
constexpr int max_markdown_brackets = 1000;     // "[" in one paragraph
constexpr int max_markdown_html_openers = 100;  // "<!" and "<?" in one paragraph
constexpr int max_markdown_at_signs = 10;       // "@" in one word
constexpr int max_table_columns = 100;
constexpr int max_table_cells = 50000;

struct MarkdownProblem {
  std::size_t offset = 0;  // the byte of the body where the limit was passed
  std::string message;
};

std::optional<MarkdownProblem> markdown_problem(std::string_view body);

}  // namespace oitgen
