#pragma once
// The diagnostics as data, for CI and editors (--message-format json and sarif); the human
// lines are format_diagnostic()'s.

#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace oitgen {

// The rule id given to a diagnostic that has no code, so that the output stays valid.
inline constexpr const char* unclassified_code = "unclassified";

// One JSON object on one line, without the newline: "file" (`prefix` joined in front of the
// path), "line" and "column" (null when unknown), "severity" ("error" or "warning"), "code",
// "message" and "suggestion" (null when there is none). Bytes that are not UTF-8 become U+FFFD.
std::string diagnostic_json_line(const Diagnostic& d, const std::string& prefix);

// A SARIF 2.1.0 log of one run holding `diags` in their order; `language` is the messages'
// language ("th", "en"). Columns count Unicode code points, as Position's do.
std::string sarif_log(const std::vector<Diagnostic>& diags, const std::string& prefix,
                      const std::string& tool_version, const std::string& language);

}  // namespace oitgen
