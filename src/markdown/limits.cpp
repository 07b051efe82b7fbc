#include "markdown/limits.h"

#include "util/i18n.h"

namespace oitgen {

namespace {

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// How many container markers (">", "-", "*", "+", "1." followed by a space) open the line.
int leading_markers(std::string_view line) {
  int markers = 0;
  std::size_t i = 0;
  while (true) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) return markers;
    const char c = line[i];
    if (c == '>') {
      ++markers;
      ++i;
      continue;
    }
    std::size_t after = i;
    if (c == '-' || c == '*' || c == '+') {
      after = i + 1;
    } else {
      while (after < line.size() && after - i < 9 && line[after] >= '0' && line[after] <= '9')
        ++after;
      if (after == i || after >= line.size() || (line[after] != '.' && line[after] != ')'))
        return markers;
      ++after;
    }
    if (after < line.size() && line[after] != ' ' && line[after] != '\t') return markers;
    ++markers;
    i = after;
  }
}

// A GFM table's delimiter row ("|---|:--:|"): its number of columns, or 0.
int delimiter_columns(std::string_view line) {
  int columns = 0;
  bool dash = false;
  bool cell = false;
  std::size_t pipes = 0;
  for (char c : line) {
    if (c == '|') {
      ++pipes;
      if (cell) ++columns;
      cell = false;
      dash = false;
    } else if (c == '-') {
      dash = cell = true;
    } else if (c == ':') {
      cell = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      return 0;
    }
  }
  if (cell && dash) ++columns;
  return columns > 0 && (pipes > 0 || columns > 1) ? columns : 0;
}

}  // namespace

std::optional<MarkdownProblem> markdown_problem(std::string_view body) {
  if (body.size() > max_markdown_bytes)
    return MarkdownProblem{
        max_markdown_bytes,
        trf("the text is longer than {1} KB, the most a page's Markdown may hold; split it into "
            "several pages",
            {std::to_string(max_markdown_bytes / 1024)})};
  int brackets = 0;
  int openers = 0;
  int table_columns = 0;
  long long table_cells = 0;
  bool previous_blank = true;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(start, end - start);
    const bool is_blank = blank(line);
    const int markers = leading_markers(line);
    if (markers > max_markdown_nesting)
      return MarkdownProblem{start, trf("more than {1} quotes (>) and list markers open this "
                                        "line; Markdown here may nest at most that deep",
                                        {std::to_string(max_markdown_nesting)})};
    // A paragraph is what cmark-gfm parses as one run of text: a blank line, a new list item
    // or a table row starts the next.
    if (is_blank || previous_blank || markers > 0 || table_columns > 0) brackets = openers = 0;
    if (is_blank) table_columns = 0;
    if (const int columns = delimiter_columns(line); columns > 0 && !previous_blank) {
      if (columns > max_table_columns)
        return MarkdownProblem{start,
                               trf("this table has {1} columns; a table may have at most {2}",
                                   {std::to_string(columns), std::to_string(max_table_columns)})};
      table_columns = columns;
      table_cells = columns;
    } else if (table_columns > 0) {
      table_cells += table_columns;
      if (table_cells > max_table_cells)
        return MarkdownProblem{start, trf("this table has more than {1} cells (rows times "
                                          "columns); split it into several tables",
                                          {std::to_string(max_table_cells)})};
    }
    int at_signs = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (c == ' ' || c == '\t') {
        at_signs = 0;
      } else if (c == '@' && ++at_signs > max_markdown_at_signs) {
        return MarkdownProblem{start + i, trf("more than {1} @ signs in one word; separate e-mail "
                                              "addresses with spaces",
                                              {std::to_string(max_markdown_at_signs)})};
      } else if (c == '[' && ++brackets > max_markdown_brackets) {
        return MarkdownProblem{start + i, trf("more than {1} [ brackets in one paragraph; put a "
                                              "blank line between paragraphs",
                                              {std::to_string(max_markdown_brackets)})};
      } else if (c == '<' && i + 1 < line.size() && (line[i + 1] == '!' || line[i + 1] == '?') &&
                 ++openers > max_markdown_html_openers) {
        return MarkdownProblem{start + i,
                               trf("more than {1} \"<!\" or \"<?\" in one paragraph; write them "
                                   "as \\<! and \\<? or split the paragraph",
                                   {std::to_string(max_markdown_html_openers)})};
      }
    }
    previous_blank = is_blank;
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace oitgen
