#pragma once
// Reads a CSV file as spreadsheets save it: UTF-8 with or without a byte order mark, or Thai in
// Windows-874 (TIS-620), as Excel on a Thai Windows saves "CSV", detected and converted.

#include <string>
#include <string_view>

#include "load/sheet_table.h"

namespace oitgen {

struct DecodedText {
  std::string utf8;
  std::string encoding;  // "UTF-8" or "Windows-874", for messages
};

// The text as UTF-8: bytes that are valid UTF-8 are taken as such (a BOM dropped), others are
// read as Windows-874, the code page of Thai Windows (a superset of TIS-620).
DecodedText decode_csv_bytes(std::string_view bytes);

// Fields separated by commas (or semicolons or tabs, when the first line has those and no
// comma), quoted with "..." where they hold separators, quotes or line breaks.
TableReading read_csv(std::string_view bytes, std::string_view file_name,
                      const TableLimits& limits = {});

}  // namespace oitgen
