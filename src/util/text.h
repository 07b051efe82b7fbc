#pragma once
// Small text helpers shared by loading and validation.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/position.h"

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

// Control characters: C0 (U+0000 to U+001F), DEL and C1 (U+0080 to U+009F). XML 1.0 forbids
// most of them, HTML calls them errors, and on a terminal ESC and CSI start commands.

// The number of bytes of the control character at byte `i` of `text` (1 or 2), or 0.
std::size_t control_length(std::string_view text, std::size_t i);

// Without control characters other than tab, line feed and carriage return: for text that
// goes into HTML or XML, where they cannot be shown.
std::string strip_controls(std::string_view text);

// Each control character, tab and newline included, written out as `\x1b` (C0 and DEL) or
// `\u0085` (C1): for messages on a terminal, where they would act rather than show, so that
// the clerk sees them and can find them in the file.
std::string visible_controls(std::string_view text);
// One control character (1 or 2 bytes, as control_length measures it) written out.
std::string visible_control(std::string_view control);

// Text for XML (and HTML) content and attribute values, without control characters other than
// tab and line breaks (see strip_controls).
std::string xml_escape(std::string_view text);

// `"value"` for messages.
std::string quote(std::string_view value);

// Matches the id pattern of the content format: [a-z0-9][a-z0-9-]{0,63}.
bool is_valid_id(std::string_view id);

}  // namespace oitgen
