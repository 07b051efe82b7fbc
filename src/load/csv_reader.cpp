#include "load/csv_reader.h"

#include <unicode/ucnv.h>

#include <vector>

#include "util/safe_fs.h"
#include "util/text.h"

namespace oitgen {

DecodedText decode_csv_bytes(std::string_view bytes) {
  const std::string_view text = strip_bom(bytes);
  if (!find_invalid_utf8(text)) return {std::string(text), "UTF-8"};
  // Thai text is never valid UTF-8 by chance: its Windows-874 bytes (0xA1..0xFB) run in
  // sequences UTF-8 does not allow.
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 1, '\0');
  const int32_t length =
      ucnv_convert("UTF-8", "windows-874", out.data(), static_cast<int32_t>(out.size()),
                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return {std::string(bytes), "unknown"};
  out.resize(static_cast<std::size_t>(length));
  return {out, "Windows-874"};
}

// CSV is parsed here by hand: Debian packages no C or C++ CSV library, and the format (RFC 4180
// with the separators spreadsheets choose) is a page of code.
TableReading read_csv(std::string_view bytes, std::string_view file_name,
                      const TableLimits& limits) {
  TableReading reading;
  if (bytes.size() > limits.file_bytes) {
    reading.problem = "it is larger than " + describe_size(limits.file_bytes);
    return reading;
  }
  const std::string text = decode_csv_bytes(bytes).utf8;
  char separator = ',';
  {
    const std::string_view first(text.data(), std::min(text.find('\n'), text.size()));
    if (first.find(',') == std::string_view::npos) {
      if (first.find('\t') != std::string_view::npos)
        separator = '\t';
      else if (first.find(';') != std::string_view::npos)
        separator = ';';
    }
  }
  SheetTable table;
  table.file = std::string(file_name);
  int row = 1;
  int column = 1;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  const auto end_field = [&]() -> bool {
    if (column > limits.columns) {
      reading.problem = "row " + std::to_string(row) + " has more than " +
                        std::to_string(limits.columns) + " columns";
      return false;
    }
    if (!field.empty()) table.rows[row][column] = SheetCell{field, false};
    field.clear();
    was_quoted = false;
    ++column;
    return true;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == separator) {
      if (!end_field()) return reading;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (!end_field()) return reading;
      ++row;
      column = 1;
      if (row > limits.rows) {
        reading.problem = "it has more than " + std::to_string(limits.rows) + " rows";
        return reading;
      }
    } else {
      field += c;
    }
  }
  if (quoted) {
    reading.problem = "a quoted field that starts on row " + std::to_string(row) + " never ends";
    return reading;
  }
  if (!field.empty() || column > 1) end_field();
  reading.table = std::move(table);
  return reading;
}

}  // namespace oitgen
