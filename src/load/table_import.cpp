#include "load/table_import.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "load/clerk_advice.h"
#include "load/thai_choices.h"
#include "util/text.h"

namespace oitgen {

namespace {

bool is_space_at(std::string_view text, std::size_t i, std::size_t& length) {
  if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
    length = 1;
    return true;
  }
  if (text.substr(i, 2) == "\xC2\xA0") {  // no-break space
    length = 2;
    return true;
  }
  if (text.substr(i, 3) == "\xE2\x80\x8B") {  // zero-width space
    length = 3;
    return true;
  }
  return false;
}

std::string trim(std::string_view text) {
  std::size_t length = 0;
  while (!text.empty() && is_space_at(text, 0, length)) text.remove_prefix(length);
  while (!text.empty()) {
    bool found = false;
    for (std::size_t n = 1; n <= 3 && n <= text.size(); ++n)
      if (is_space_at(text, text.size() - n, length) && length == n) {
        text.remove_suffix(n);
        found = true;
        break;
      }
    if (!found) break;
  }
  return std::string(text);
}

// A column head without any space: the forms break long heads over lines ("ดำเนิน การ").
std::string head_key(std::string_view text) {
  std::string out;
  const std::string digits = with_arabic_digits(text);
  for (std::size_t i = 0; i < digits.size();) {
    std::size_t length = 0;
    if (is_space_at(digits, i, length)) {
      i += length;
      continue;
    }
    out += digits[i++];
  }
  return out;
}

bool has(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// The Buddhist Era year a head names ("ปี2566(บาท)"), if any.
std::optional<int> year_in(std::string_view key) {
  for (std::size_t i = 0; i + 4 <= key.size(); ++i) {
    if (key[i] != '2' || key[i + 1] != '5') continue;
    if (!std::isdigit(static_cast<unsigned char>(key[i + 2])) ||
        !std::isdigit(static_cast<unsigned char>(key[i + 3])))
      continue;
    if (i > 0 && std::isdigit(static_cast<unsigned char>(key[i - 1]))) continue;
    if (i + 4 < key.size() && std::isdigit(static_cast<unsigned char>(key[i + 4]))) continue;
    return std::atoi(std::string(key.substr(i, 4)).c_str());
  }
  return std::nullopt;
}

const SheetCell* cell_at(const SheetTable& table, int row, int column) {
  const auto r = table.rows.find(row);
  if (r == table.rows.end()) return nullptr;
  const auto c = r->second.find(column);
  return c == r->second.end() ? nullptr : &c->second;
}

std::string text_at(const SheetTable& table, int row, int column) {
  if (column == 0) return {};
  const SheetCell* cell = cell_at(table, row, column);
  return cell == nullptr ? std::string() : trim(cell->text);
}

// The row of column heads: the first of the first 30 rows with a cell "ลำดับ" (the forms put
// a title and the municipality's name above it).
std::optional<int> head_row(const SheetTable& table) {
  for (const auto& [row, cells] : table.rows) {
    if (row > 30) break;
    for (const auto& [column, cell] : cells)
      if (head_key(cell.text).starts_with("ลำดับ")) return row;
  }
  return std::nullopt;
}

// A data row to read: not empty, not a total ("รวม ...") and not a heading such as "มิติที่ 1"
// written across the table.
bool is_data_row(const std::map<int, SheetCell>& cells) {
  int filled = 0;
  std::string first;
  for (const auto& [column, cell] : cells) {
    const std::string text = trim(cell.text);
    if (text.empty()) continue;
    if (filled++ == 0) first = head_key(text);
  }
  if (filled == 0) return false;
  if (first.starts_with("รวม")) return false;
  if (filled == 1 && first.starts_with("มิติ")) return false;
  return true;
}

std::optional<int> integer_cell(const SheetTable& table, int row, int column, std::string_view what,
                                std::vector<CellProblem>& problems) {
  const SheetCell* cell = cell_at(table, row, column);
  const std::string text = cell == nullptr ? std::string() : plain_cell(cell->text);
  if (text.empty()) {
    problems.push_back({cell_place(table, row, column), std::string(what) + " is empty"});
    return std::nullopt;
  }
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (*end != '\0' || value != std::floor(value) || value < 0 || value > 1'000'000) {
    problems.push_back({cell_place(table, row, column),
                        std::string(what) + " must be a whole number, not " + quote(text)});
    return std::nullopt;
  }
  return static_cast<int>(value);
}

bool is_tick(std::string_view text) {
  for (const std::string_view tick : {"✓", "✔", "☑", "✅", "☒", "x", "X", "/", "*"})
    if (text == tick) return true;
  return false;
}

}  // namespace

std::string plain_cell(std::string_view text) {
  return with_arabic_digits(trim(text));
}

AmountCell read_amount_cell(const SheetCell& cell) {
  AmountCell out;
  std::string text = plain_cell(cell.text);
  if (text.ends_with("บาท"))
    text = trim(text.substr(0, text.size() - std::string_view("บาท").size()));
  if (text.empty() || text == "-" || text == "–" || text == "—") {
    out.dash = true;
    return out;
  }
  std::string digits;
  for (const char c : text)
    if (c != ',' && c != ' ') digits += c;
  if (cell.number && digits.find_first_of("eE") != std::string::npos) {
    // A number cell the spreadsheet wrote in its exponent form ("1.5E+4"): its value to the
    // satang is the amount.
    char* end = nullptr;
    const double value = std::strtod(digits.c_str(), &end);
    if (*end == '\0' && std::isfinite(value) && std::fabs(value) < 1e12) {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%.2f", value);
      digits = buffer;
    }
  }
  if (cell.number) {
    // Binary floating point in the file: 19850.000000000004 is 19850.
    const auto dot = digits.find('.');
    if (dot != std::string::npos && digits.size() - dot > 3) {
      char* end = nullptr;
      const double value = std::strtod(digits.c_str(), &end);
      if (*end == '\0' && std::isfinite(value) && std::fabs(value) < 1e12) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.2f", value);
        digits = buffer;
      }
    }
  }
  const BahtReading reading = read_baht(digits);
  if (reading.amount && *reading.amount < 0) {
    out.problem = "an amount cannot be negative: " + quote(text);
  } else if (reading.amount) {
    out.amount = reading.amount;
  } else {
    out.problem = quote(text) +
                  " is not an amount in baht: write digits, e.g. 20000 or 20,000.50, or - for a "
                  "year not planned";
  }
  return out;
}

PlanSheet read_plan_sheet(const SheetTable& table) {
  PlanSheet sheet;
  const auto head = head_row(table);
  if (!head) {
    sheet.problems.push_back({table.file,
                              "no row of column heads (a row with a cell ลำดับ) in "
                              "the first 30 rows"});
    return sheet;
  }
  int number = 0, id = 0, dimension = 0, mission = 0, kind = 0, note = 0, title = 0;
  std::map<int, int> year_columns;  // column -> year
  int last_head = *head;
  const auto& heads = table.rows.at(*head);
  int width = heads.empty() ? 0 : heads.rbegin()->first;
  if (table.rows.count(*head + 1) && !table.rows.at(*head + 1).empty())
    width = std::max(width, table.rows.at(*head + 1).rbegin()->first);
  for (int column = 1; column <= width; ++column) {
    const std::string key = head_key(text_at(table, *head, column));
    const std::string sub = head_key(text_at(table, *head + 1, column));
    if (key.starts_with("ลำดับ")) {
      number = column;
    } else if (key.starts_with("รหัส")) {
      id = column;
    } else if (key.starts_with("มิติ")) {
      dimension = column;
    } else if (key.starts_with("ภารกิจ")) {
      mission = column;
    } else if (key.starts_with("ประเภท")) {
      kind = column;
    } else if (key.starts_with("หมายเหตุ")) {
      note = column;
    } else if (auto year = year_in(key)) {
      year_columns[column] = *year;
    } else if (auto sub_year = year_in(sub); sub_year && !has(sub, "โครงการ")) {
      year_columns[column] = *sub_year;  // "งบประมาณ" over a row of years
      last_head = *head + 1;
    } else if (title == 0 && (has(key, "โครงการ") || has(key, "กิจกรรม") || has(key, "มาตรการ"))) {
      title = column;
    }
  }
  for (const auto& [column, year] : year_columns) {
    sheet.years.push_back(year);
    sheet.year_columns.push_back(column);
  }
  sheet.head = *head;
  sheet.number_column = number;
  sheet.dimension_column = dimension;
  sheet.mission_column = mission;
  sheet.id_column = id;
  sheet.has_id = id != 0;
  sheet.has_kind = kind != 0;
  sheet.has_note = note != 0;
  const auto missing = [&](int column, std::string_view head_text) {
    if (column == 0)
      sheet.problems.push_back(
          {cell_place(table, *head, 1), "the sheet has no column " + std::string(head_text)});
  };
  missing(number, "ลำดับ");
  missing(dimension, "มิติ");
  missing(mission, "ภารกิจ");
  missing(title, "โครงการ/กิจกรรม/มาตรการ");
  if (year_columns.empty())
    sheet.problems.push_back({cell_place(table, *head, 1),
                              "the sheet has no budget column: one per year, headed with the "
                              "year (ปี 2566)"});
  if (!sheet.problems.empty()) return sheet;

  for (auto it = table.rows.upper_bound(last_head); it != table.rows.end(); ++it) {
    const int row = it->first;
    if (!is_data_row(it->second)) continue;
    PlanRow out;
    out.row = row;
    if (id != 0) out.id = text_at(table, row, id);
    out.number = integer_cell(table, row, number, "ลำดับ (the project's number)", sheet.problems);
    out.dimension = integer_cell(table, row, dimension, "มิติ (the dimension)", sheet.problems);
    out.mission = plain_cell(text_at(table, row, mission));
    if (out.mission.empty())
      sheet.problems.push_back({cell_place(table, row, mission), "ภารกิจ (the mission) is empty"});
    out.title = text_at(table, row, title);
    if (out.title.empty())
      sheet.problems.push_back({cell_place(table, row, title), "the project's title is empty"});
    const std::string kind_text = text_at(table, row, kind);
    if (!kind_text.empty()) {
      if (auto code = code_of_words(kind_text, kind_words))
        out.kind = *code;
      else if (kind_text == "project" || kind_text == "activity" || kind_text == "measure")
        out.kind = kind_text;
      else
        sheet.problems.push_back(
            {cell_place(table, row, kind),
             quote(kind_text) + " is not a kind: write " + join(main_words(kind_words))});
    } else {
      for (const auto& choice : kind_words)
        if (out.title.starts_with(choice.words)) out.kind = std::string(choice.code);
      if (out.kind.empty() && kind != 0)
        sheet.problems.push_back({cell_place(table, row, kind),
                                  "the kind is empty: write " + join(main_words(kind_words))});
    }
    out.note = text_at(table, row, note);
    for (const auto& [column, year] : year_columns) {
      const SheetCell* cell = cell_at(table, row, column);
      const AmountCell amount = read_amount_cell(cell == nullptr ? SheetCell{} : *cell);
      if (!amount.problem.empty())
        sheet.problems.push_back({cell_place(table, row, column), amount.problem});
      out.budget[year] = amount.amount;
    }
    sheet.rows.push_back(std::move(out));
  }
  return sheet;
}

ReportSheet read_report_sheet(const SheetTable& table) {
  ReportSheet sheet;
  const auto head = head_row(table);
  if (!head) {
    sheet.problems.push_back({table.file,
                              "no row of column heads (a row with a cell ลำดับ) in "
                              "the first 30 rows"});
    return sheet;
  }
  int number = 0, id = 0, title = 0, status = 0, budget = 0, disbursed = 0, note = 0;
  std::map<int, std::string> marks;  // column -> status code, the form's four columns
  int last_head = *head;
  int width = table.rows.at(*head).empty() ? 0 : table.rows.at(*head).rbegin()->first;
  if (table.rows.count(*head + 1) && !table.rows.at(*head + 1).empty())
    width = std::max(width, table.rows.at(*head + 1).rbegin()->first);
  // The row below the heads holds the form's four status columns when several of its cells
  // are status words; one status word there is the first row's status.
  int sub_words = 0;
  for (int column = 1; column <= width; ++column)
    if (code_of_words(text_at(table, *head + 1, column), status_words)) ++sub_words;
  for (int column = 1; column <= width; ++column) {
    const std::string written = text_at(table, *head, column);
    const std::string key = head_key(written);
    const std::string sub = sub_words >= 2 ? text_at(table, *head + 1, column) : std::string();
    if (auto code = code_of_words(sub, status_words); code && !sub.empty()) {
      marks[column] = *code;
      last_head = *head + 1;
    } else if (auto head_code = code_of_words(written, status_words); head_code && !key.empty()) {
      marks[column] = *head_code;
    } else if (key.starts_with("ลำดับ")) {
      number = column;
    } else if (key.starts_with("รหัส")) {
      id = column;
    } else if (key.starts_with("สถานะ")) {
      status = column;
    } else if (key.starts_with("งบประมาณ")) {
      budget = column;
    } else if (key.starts_with("เบิกจ่าย")) {
      disbursed = column;
    } else if (key.starts_with("หมายเหตุ")) {
      note = column;
    } else if (title == 0 && (has(key, "โครงการ") || has(key, "กิจกรรม") || has(key, "มาตรการ"))) {
      title = column;
    }
  }
  sheet.has_id = id != 0;
  sheet.number_column = number;
  sheet.id_column = id;
  sheet.budget_column = budget;
  sheet.has_budget = budget != 0;
  sheet.has_note = note != 0;
  if (number == 0 && id == 0)
    sheet.problems.push_back({cell_place(table, *head, 1), "the sheet has no column ลำดับ"});
  if (status == 0 && marks.empty())
    sheet.problems.push_back({cell_place(table, *head, 1),
                              "the sheet has no column สถานะ, nor the four status columns " +
                                  join(main_words(status_words))});
  if (!sheet.problems.empty()) return sheet;

  for (auto it = table.rows.upper_bound(last_head); it != table.rows.end(); ++it) {
    const int row = it->first;
    if (!is_data_row(it->second)) continue;
    ReportRow out;
    out.row = row;
    if (id != 0) out.id = text_at(table, row, id);
    if (number != 0 && (id == 0 || out.id.empty()))
      out.number = integer_cell(table, row, number, "ลำดับ (the project's number)", sheet.problems);
    out.title = text_at(table, row, title);
    const std::string words = text_at(table, row, status);
    std::vector<std::string> ticked;
    for (const auto& [column, code] : marks) {
      const std::string mark = text_at(table, row, column);
      if (mark.empty()) continue;
      if (!is_tick(mark)) {
        sheet.problems.push_back({cell_place(table, row, column),
                                  quote(mark) + " in a status column: tick it with ✓, or leave it "
                                                "empty"});
        continue;
      }
      ticked.push_back(code);
    }
    const int status_place = status != 0 ? status : marks.begin()->first;
    if (!words.empty()) {
      if (auto code = code_of_words(words, status_words))
        out.status = *code;
      else if (code_of_words(words, {{"not_reported", "not_reported"},
                                     {"in_progress", "in_progress"},
                                     {"completed", "completed"},
                                     {"not_possible", "not_possible"},
                                     {"not_planned", "not_planned"}}))
        out.status = words;
      else
        sheet.problems.push_back(
            {cell_place(table, row, status),
             quote(words) + " is not a status: write " + join(main_words(status_words))});
    }
    if (ticked.size() > 1) {
      sheet.problems.push_back(
          {cell_place(table, row, status_place), "more than one status is ticked: tick one"});
    } else if (ticked.size() == 1) {
      if (!out.status.empty() && out.status != ticked[0])
        sheet.problems.push_back({cell_place(table, row, status_place),
                                  "the status written and the status ticked differ"});
      out.status = ticked[0];
    }
    if (out.status.empty() && words.empty() && ticked.empty())
      sheet.problems.push_back({cell_place(table, row, status_place),
                                "the status is empty: write " + join(main_words(status_words)) +
                                    (marks.empty() ? "" : ", or tick one status column")});
    if (budget != 0) {
      const SheetCell* cell = cell_at(table, row, budget);
      const AmountCell amount = read_amount_cell(cell == nullptr ? SheetCell{} : *cell);
      if (!amount.problem.empty())
        sheet.problems.push_back({cell_place(table, row, budget), amount.problem});
      out.budget = amount.amount;
    }
    if (disbursed != 0) {
      const SheetCell* cell = cell_at(table, row, disbursed);
      const AmountCell amount = read_amount_cell(cell == nullptr ? SheetCell{} : *cell);
      if (!amount.problem.empty())
        sheet.problems.push_back({cell_place(table, row, disbursed), amount.problem});
      out.disbursed = amount.amount.value_or(0);
    }
    out.note = text_at(table, row, note);
    sheet.rows.push_back(std::move(out));
  }
  return sheet;
}

}  // namespace oitgen
