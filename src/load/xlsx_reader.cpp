#include "load/xlsx_reader.h"

#include <zip.h>

#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <stdexcept>
#include <vector>

#include "util/safe_fs.h"
#include "util/text.h"

namespace oitgen {

namespace {

// A problem that makes the whole workbook unreadable.
struct Refused : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Archive {
 public:
  Archive(std::string_view bytes, const TableLimits& limits) : limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) throw Refused("cannot read it as a zip archive");
    zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (zip_ == nullptr) {
      zip_source_free(source);
      throw Refused("it is not an XLSX workbook (not a zip archive)");
    }
    // A constructor that throws runs no destructor: the archive is closed here then.
    try {
      check_part_names();
    } catch (...) {
      zip_discard(zip_);
      zip_ = nullptr;
      throw;
    }
  }

  // Nothing is extracted to disk, but a part name that climbs out (../, /etc/...) marks a
  // crafted file: refused as a whole rather than read around.
  void check_part_names() const {
    const zip_int64_t count = zip_get_num_entries(zip_, 0);
    if (count > 100'000)
      throw Refused("it has " + std::to_string(count) + " parts; at most 100000");
    for (zip_int64_t i = 0; i < count; ++i) {
      const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
      if (name == nullptr) continue;
      std::string_view entry(name);
      if (!entry.empty() && entry.back() == '/') entry.remove_suffix(1);
      if (entry.find('\\') != std::string_view::npos || !is_contained_path(entry))
        throw Refused("it holds a part named " + std::string(name) +
                      ", a path outside the workbook; refused");
    }
  }
  ~Archive() {
    if (zip_ != nullptr) zip_discard(zip_);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  // The part's bytes, or nothing when the workbook has no such part.
  std::optional<std::string> part(const std::string& name) const {
    const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) return std::nullopt;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
        (stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limits_.entry_bytes)
      throw Refused(too_large(name));
    zip_file_t* file = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) throw Refused("its part " + name + " cannot be read");
    std::string out;
    char buffer[65536];
    // The size in the archive's directory may lie: the read itself is bounded too.
    for (;;) {
      const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
      if (n < 0) {
        zip_fclose(file);
        throw Refused("its part " + name + " is damaged");
      }
      if (n == 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
      if (out.size() > limits_.entry_bytes) {
        zip_fclose(file);
        throw Refused(too_large(name));
      }
    }
    zip_fclose(file);
    return out;
  }

 private:
  std::string too_large(const std::string& name) const {
    return "its part " + name + " is larger than " + describe_size(limits_.entry_bytes) +
           " once uncompressed; refused";
  }
  zip_t* zip_ = nullptr;
  const TableLimits& limits_;
};

// Element names without their namespace prefix ("x:row" is "row"): producers differ.
std::string_view local(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (const auto& c : node.children())
    if (c.type() == pugi::node_element && local(c) == name) return c;
  return {};
}

pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) {
  for (const auto& a : node.attributes()) {
    std::string_view full = a.name();
    const auto colon = full.find(':');
    if ((colon == std::string_view::npos ? full : full.substr(colon + 1)) == name) return a;
  }
  return {};
}

pugi::xml_document parse(const std::string& bytes, const std::string& name) {
  pugi::xml_document doc;
  // No DOCTYPE is expanded by pugixml (it has no entity expansion beyond the predefined ones).
  const auto result = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
  if (!result)
    throw Refused("its part " + name + " is not well-formed XML: " + result.description());
  return doc;
}

// The text of a string item: <t> directly, or the <t> of each rich-text run; phonetic runs
// (<rPh>) are not part of it.
std::string item_text(const pugi::xml_node& item) {
  std::string out;
  for (const auto& c : item.children()) {
    if (c.type() != pugi::node_element) continue;
    if (local(c) == "t") {
      out += c.text().get();
    } else if (local(c) == "r") {
      if (const auto t = child(c, "t")) out += t.text().get();
    }
  }
  return out;
}

// "xl/worksheets/sheet1.xml" from a relationship's target, which is relative to xl/ or absolute
// from the archive's root; nothing when it climbs out.
std::optional<std::string> part_name(std::string_view target) {
  std::string path =
      target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
  if (!is_contained_path(path)) return std::nullopt;
  return path;
}

// Row and column of "D14"; nothing when it is not a cell reference.
std::optional<std::pair<int, int>> parse_reference(std::string_view ref) {
  int column = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    column = column * 26 + (ref[i] - 'A' + 1);
    if (column > 1'000'000) return std::nullopt;
  }
  int row = 0;
  const std::size_t digits = i;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i) {
    row = row * 10 + (ref[i] - '0');
    if (row > 100'000'000) return std::nullopt;
  }
  if (digits == 0 || i == digits || i != ref.size() || row == 0) return std::nullopt;
  return std::pair{row, column};
}

SheetTable read_sheet(const Archive& archive, std::string_view file_name,
                      std::string_view preferred, const TableLimits& limits) {
  const auto workbook_bytes = archive.part("xl/workbook.xml");
  if (!workbook_bytes) throw Refused("it is not an XLSX workbook (no xl/workbook.xml)");
  const auto workbook = parse(*workbook_bytes, "xl/workbook.xml");
  std::string sheet_name, relation;
  bool chosen = false;
  for (const auto& sheet : child(workbook.first_child(), "sheets").children()) {
    if (sheet.type() != pugi::node_element || local(sheet) != "sheet") continue;
    const std::string name = attribute(sheet, "name").value();
    const std::string id = attribute(sheet, "id").value();
    if (!chosen || (!preferred.empty() && name == preferred && sheet_name != preferred)) {
      sheet_name = name;
      relation = id;
      chosen = true;
    }
  }
  if (!chosen) throw Refused("the workbook has no sheet");

  std::string target;
  if (const auto rels = archive.part("xl/_rels/workbook.xml.rels")) {
    const auto doc = parse(*rels, "xl/_rels/workbook.xml.rels");
    for (const auto& rel : doc.first_child().children())
      if (local(rel) == "Relationship" && relation == attribute(rel, "Id").value())
        target = attribute(rel, "Target").value();
  }
  if (target.empty()) throw Refused("the workbook does not say where sheet " + sheet_name + " is");
  const auto sheet_part = part_name(target);
  if (!sheet_part)
    throw Refused("sheet " + sheet_name + " is said to be at " + target +
                  ", outside the workbook; refused");

  std::vector<std::string> strings;
  if (const auto shared = archive.part("xl/sharedStrings.xml")) {
    const auto doc = parse(*shared, "xl/sharedStrings.xml");
    for (const auto& item : doc.first_child().children()) {
      if (item.type() != pugi::node_element || local(item) != "si") continue;
      if (strings.size() >= limits.shared_strings)
        throw Refused("it has more than " + std::to_string(limits.shared_strings) +
                      " shared strings");
      strings.push_back(item_text(item));
    }
  }

  const auto sheet_bytes = archive.part(*sheet_part);
  if (!sheet_bytes)
    throw Refused("sheet " + sheet_name + " is missing from the workbook (" + *sheet_part + ")");
  const auto doc = parse(*sheet_bytes, *sheet_part);
  SheetTable table;
  table.file = std::string(file_name);
  table.sheet = sheet_name;
  int next_row = 1;
  for (const auto& row : child(doc.first_child(), "sheetData").children()) {
    if (row.type() != pugi::node_element || local(row) != "row") continue;
    int row_number = attribute(row, "r").as_int(next_row);
    if (row_number < 1 || row_number > limits.rows)
      throw Refused("it has a row " + std::to_string(row_number) + "; at most " +
                    std::to_string(limits.rows) + " rows are read");
    next_row = row_number + 1;
    int next_column = 1;
    for (const auto& c : row.children()) {
      if (c.type() != pugi::node_element || local(c) != "c") continue;
      int column = next_column;
      if (const auto ref = attribute(c, "r")) {
        const auto place = parse_reference(ref.value());
        if (!place)
          throw Refused("a cell of sheet " + sheet_name + " is named " + quote(ref.value()));
        row_number = place->first;
        column = place->second;
      }
      if (column > limits.columns)
        throw Refused("it has a cell in column " + cell_name(row_number, column) + "; at most " +
                      std::to_string(limits.columns) + " columns are read");
      next_column = column + 1;
      const std::string type = attribute(c, "t").value();
      SheetCell cell;
      if (type == "inlineStr") {
        cell.text = item_text(child(c, "is"));
      } else {
        const std::string value = child(c, "v").text().get();
        if (type == "s") {
          char* end = nullptr;
          const unsigned long index = std::strtoul(value.c_str(), &end, 10);
          if (value.empty() || *end != '\0' || index >= strings.size())
            throw Refused("cell " + cell_name(row_number, column) + " names shared string " +
                          value + ", which the workbook does not have");
          cell.text = strings[index];
        } else if (type == "b") {
          cell.text = value == "1" ? "TRUE" : "FALSE";
        } else if (type == "str" || type == "e") {
          cell.text = value;
        } else {
          cell.text = value;
          cell.number = !value.empty();
        }
      }
      if (!cell.text.empty()) table.rows[row_number][column] = std::move(cell);
    }
  }
  return table;
}

}  // namespace

TableReading read_xlsx(std::string_view bytes, std::string_view file_name,
                       std::string_view preferred_sheet, const TableLimits& limits) {
  TableReading reading;
  if (bytes.size() > limits.file_bytes) {
    reading.problem = "it is larger than " + describe_size(limits.file_bytes);
    return reading;
  }
  try {
    const Archive archive(bytes, limits);
    reading.table = read_sheet(archive, file_name, preferred_sheet, limits);
  } catch (const Refused& e) {
    reading.problem = e.what();
  }
  return reading;
}

}  // namespace oitgen
