#pragma once
// Small text helpers shared by loading and validation.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace oitgen {

// Byte offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The message for a file that is not UTF-8, with a hint for the likeliest cause: Thai text
// saved as TIS-620 (Windows-874) by older Windows programs.
std::string not_utf8_message(std::string_view text, std::size_t offset);

// Line and column (in code points) of a byte offset in `text`.
Position position_at(std::string_view text, std::size_t offset);

// Removes a leading UTF-8 byte order mark.
std::string_view strip_bom(std::string_view text);

// Levenshtein distance over bytes; enough to suggest ids and field names.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo and no other
// candidate is as close.
std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates);

// "a, b and c" style lists are ambiguous in messages; this joins with ", ".
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

// Text for XML (and HTML) content and attribute values. Control characters other than tab and
// line breaks are not allowed in XML, so they are dropped.
std::string xml_escape(std::string_view text);

// `"value"` for messages.
std::string quote(std::string_view value);

// Matches the id pattern of the content format: [a-z0-9][a-z0-9-]{0,63}.
bool is_valid_id(std::string_view id);

}  // namespace oitgen
