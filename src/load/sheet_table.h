#pragma once
// A spreadsheet's cells as read from an XLSX or CSV file, before they mean anything.

#include <map>
#include <optional>
#include <string>

namespace oitgen {

struct SheetCell {
  std::string text;     // as the file holds it: a number cell's value in its own digits
  bool number = false;  // the file typed it as a number (XLSX); CSV cells are all text
};

struct SheetTable {
  std::string file;   // the file's name as messages show it ("report.xlsx")
  std::string sheet;  // the sheet's name; empty for a CSV file
  std::map<int, std::map<int, SheetCell>> rows;  // row (from 1) -> column (from 1) -> cell
};

// "D14": a cell's name as spreadsheets show it (columns A..Z, AA..).
std::string cell_name(int row, int column);
// "report.xlsx!D14", where a message points.
std::string cell_place(const SheetTable& table, int row, int column);

// A read that failed as a whole (not a spreadsheet, too large, hostile).
struct TableReading {
  std::optional<SheetTable> table;
  std::string problem;
};

// Bounds on what an untrusted spreadsheet may make oitgen read.
struct TableLimits {
  std::size_t file_bytes = 64u << 20;   // the XLSX or CSV file itself
  std::size_t entry_bytes = 64u << 20;  // one XLSX part once uncompressed
  int rows = 100'000;
  int columns = 1'000;
  std::size_t shared_strings = 1'000'000;
};

}  // namespace oitgen
