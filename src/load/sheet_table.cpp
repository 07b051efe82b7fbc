#include "load/sheet_table.h"

namespace oitgen {

std::string cell_name(int row, int column) {
  std::string letters;
  for (int n = column; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters + std::to_string(row);
}

std::string cell_place(const SheetTable& table, int row, int column) {
  return table.file + "!" + cell_name(row, column);
}

}  // namespace oitgen
