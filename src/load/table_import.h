#pragma once
// What the rows of a plan's or a report's spreadsheet say, read by their Thai column heads as the
// paper forms write them. Every cell that cannot be read is a problem naming the cell
// ("report.xlsx!D14"); the rows are read whole all the same, so that one run lists them all.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/sheet_table.h"
#include "model/money.h"

namespace oitgen {

// The sheets oitgen export writes, which import reads first when a workbook has several.
inline constexpr std::string_view plan_sheet_name = "แผน";
inline constexpr std::string_view report_sheet_name = "รายงาน";

struct CellProblem {
  std::string place;  // "plan.xlsx!C7"; the file alone for a problem of the whole sheet
  std::string message;
};

// A cell's text with Thai digits as ASCII digits and surrounding spaces dropped.
std::string plain_cell(std::string_view text);

// An amount cell: nothing for empty or "-" (not planned), else the amount; Thai digits,
// thousands separators and a trailing "บาท" are accepted. `problem` says what is wrong.
struct AmountCell {
  bool dash = false;  // empty or "-"
  std::optional<Money> amount;
  std::string problem;
};
AmountCell read_amount_cell(const SheetCell& cell);

struct PlanRow {
  int row = 0;
  std::string id;  // the รหัส column, when there is one
  std::optional<int> number, dimension;
  std::string mission, kind, title, note;      // kind as the format's code
  std::map<int, std::optional<Money>> budget;  // fiscal year -> amount, nothing: not planned
};

struct PlanSheet {
  std::vector<int> years;         // the budget columns, in order
  std::vector<int> year_columns;  // the column of each of `years`
  int head = 0;                   // the row of column heads
  int number_column = 0, dimension_column = 0, mission_column = 0, id_column = 0;
  bool has_id = false, has_kind = false, has_note = false;
  std::vector<PlanRow> rows;
  std::vector<CellProblem> problems;
};

// Columns ลำดับ, มิติ, ภารกิจ, โครงการ/กิจกรรม/มาตรการ, one per year (a head naming the
// year, "ปี 2566" or "2566"), หมายเหตุ, and optionally ประเภท (kind) and รหัส (the project's
// file name). A kind not given is read from the title's first word (โครงการ..., มาตรการ...).
PlanSheet read_plan_sheet(const SheetTable& table);

struct ReportRow {
  int row = 0;
  std::string id;
  std::optional<int> number;
  std::string title;
  std::string status;           // the format's code
  std::optional<Money> budget;  // the budget cell, when it holds an amount
  Money disbursed = 0;
  std::string note;
};

struct ReportSheet {
  int number_column = 0, id_column = 0, budget_column = 0;
  bool has_id = false, has_budget = false, has_note = false;
  std::vector<ReportRow> rows;
  std::vector<CellProblem> problems;
};

// Columns ลำดับ, โครงการ, สถานะ (Thai status words, or the form's four columns รอรายงาน,
// อยู่ระหว่างดำเนินการ, ดำเนินการแล้วเสร็จ, ไม่สามารถดำเนินการได้ with a ✓ in one of them),
// งบประมาณ, เบิกจ่าย, หมายเหตุ, and optionally รหัส.
ReportSheet read_report_sheet(const SheetTable& table);

}  // namespace oitgen
