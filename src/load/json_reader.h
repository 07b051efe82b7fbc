#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.h"
#include "load/node.h"

namespace oitgen {

// Parses a JSON file's text. Syntax errors and duplicate keys are reported against `file`;
// nothing is returned when the text is not valid JSON.
std::optional<Node> read_json(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace oitgen
