#pragma once
// Markdown files with YAML front matter between "---" lines.

#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.h"
#include "load/node.h"

namespace oitgen {

struct MarkdownFile {
  bool has_front_matter = false;
  Node front_matter;  // an object when has_front_matter
  std::string body;   // the Markdown after the front matter
};

// Splits and parses a Markdown file; YAML errors are reported with their line and column in
// the file. Nothing is returned when the file cannot be used.
std::optional<MarkdownFile> read_markdown(std::string_view text, const std::string& file,
                                          Diagnostics& diags);

}  // namespace oitgen
