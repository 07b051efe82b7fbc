#pragma once
// What a clerk most likely meant by a value written the way paper forms and spreadsheets
// write it, so that a message can show the exact text to write instead.

#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"

namespace oitgen {

// "30/03/2567", "30-3-2024", "30 มี.ค. 2567", "๓๐ มีนาคม พ.ศ. ๒๕๖๗": the day it names, with a
// Buddhist Era year (above 2400) turned Gregorian; nothing when it names no real day or is
// ambiguous (a two-digit year).
std::optional<Date> date_as_written_on_forms(std::string_view text);

// "120,000", "๑๒๐,๐๐๐", "1,500.50 บาท", "20000.-": the amount as the format writes it
// ("120000", "1500.50"); nothing when it is not an amount.
std::optional<std::string> amount_as_written_on_forms(std::string_view text);

// The file name to rename `stem` to so that it is a valid id ("P 04" -> "p-04"); nothing when
// no such name can be made from it (Thai letters only, for example).
std::optional<std::string> id_for_file_name(std::string_view stem);

// The front matter line `key: value` with the value in quotes, when its unquoted value holds
// ": " (YAML then reads a second key inside the value); nothing for any other line.
std::optional<std::string> quoted_yaml_line(std::string_view line);

// Thai digits (๐-๙) as ASCII digits; other text unchanged.
std::string with_arabic_digits(std::string_view text);

}  // namespace oitgen
