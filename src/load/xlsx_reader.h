#pragma once
// Reads one sheet of an XLSX workbook (Office Open XML, as Excel and LibreOffice save it): its
// shared strings, inline strings and numbers. The file is untrusted: every part read is bounded,
// and a workbook whose parts name paths outside the archive is refused.

#include <string_view>

#include "load/sheet_table.h"

namespace oitgen {

// The sheet named `preferred_sheet` when there is one, else the first sheet. `file_name` is
// what messages call the file.
TableReading read_xlsx(std::string_view bytes, std::string_view file_name,
                       std::string_view preferred_sheet = {}, const TableLimits& limits = {});

}  // namespace oitgen
