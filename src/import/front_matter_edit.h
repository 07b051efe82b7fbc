#pragma once
// Changes fields of a Markdown file's front matter in place, line by line: the other fields,
// their formatting and comments, and the body are kept byte for byte, so that an import never
// rewrites what a clerk wrote by hand.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model/money.h"

namespace oitgen {

// `text` with the top-level field `key` set to `value` (YAML, one line) or, with no value,
// removed. A field that is not there is added at the end of the front matter. Nothing when
// `text` has no front matter between "---" lines.
std::optional<std::string> set_front_matter_field(std::string_view text, std::string_view key,
                                                  const std::optional<std::string>& value);

// A string as a YAML scalar: plain where YAML reads it back as the same string, else quoted.
std::string yaml_string(std::string_view text);
// Always quoted: for values that look like numbers ("1.10").
std::string yaml_quoted(std::string_view text);
// "25000" or "1500.50": an amount in baht as the content format writes it.
std::string baht_literal(Money amount);
// {2566: 0, 2567: 25000, 2568: null}
std::string yaml_budget(const std::map<int, std::optional<Money>>& budget);

}  // namespace oitgen
