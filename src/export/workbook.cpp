#include "export/workbook.h"

#include <stdlib.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "load/table_import.h"
#include "load/thai_choices.h"
#include "util/file.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// libxlsxwriter (Debian's 1.1.4) writes only to a named file: the workbook is made in a
// private scratch folder and read back, so that the caller writes it where it goes atomically.
class ScratchWorkbook {
 public:
  ScratchWorkbook() {
    std::string pattern = (fs::temp_directory_path() / "oitgen-export-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
      throw std::runtime_error("cannot make a scratch folder in " +
                               fs::temp_directory_path().string());
    folder_ = pattern;
    const std::string file = (folder_ / "book.xlsx").string();
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    std::string tmpdir = folder_.string();
    options.tmpdir = tmpdir.data();
    book = workbook_new_opt(file.c_str(), &options);
    if (book == nullptr) throw std::runtime_error("cannot start a workbook in " + file);
  }
  ~ScratchWorkbook() {
    if (book != nullptr) workbook_close(book);
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
  }
  ScratchWorkbook(const ScratchWorkbook&) = delete;
  ScratchWorkbook& operator=(const ScratchWorkbook&) = delete;

  std::string finish() {
    const lxw_error error = workbook_close(book);
    book = nullptr;
    if (error != LXW_NO_ERROR)
      throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
    auto bytes = read_file(folder_ / "book.xlsx", SizeLimit{1u << 30, "workbook"});
    if (!bytes) throw std::runtime_error("cannot read back the workbook written");
    return *bytes;
  }

  lxw_workbook* book = nullptr;

 private:
  fs::path folder_;
};

struct Formats {
  lxw_format* title;
  lxw_format* head;
  lxw_format* text;
  lxw_format* wrapped;
  lxw_format* amount;
  lxw_format* whole;
};

Formats make_formats(lxw_workbook* book) {
  Formats f{};
  f.title = workbook_add_format(book);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.head = workbook_add_format(book);
  format_set_bold(f.head);
  format_set_text_wrap(f.head);
  format_set_align(f.head, LXW_ALIGN_CENTER);
  format_set_align(f.head, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f.head, LXW_BORDER_THIN);
  format_set_bg_color(f.head, 0xDDEBF7);
  f.text = workbook_add_format(book);
  format_set_num_format(f.text, "@");  // typed "1.10" stays "1.10"
  format_set_border(f.text, LXW_BORDER_THIN);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.wrapped = workbook_add_format(book);
  format_set_text_wrap(f.wrapped);
  format_set_num_format(f.wrapped, "@");
  format_set_border(f.wrapped, LXW_BORDER_THIN);
  format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
  f.amount = workbook_add_format(book);
  format_set_num_format(f.amount, "#,##0.00");
  format_set_border(f.amount, LXW_BORDER_THIN);
  format_set_align(f.amount, LXW_ALIGN_VERTICAL_TOP);
  f.whole = workbook_add_format(book);
  format_set_num_format(f.whole, "0");
  format_set_border(f.whole, LXW_BORDER_THIN);
  format_set_align(f.whole, LXW_ALIGN_CENTER);
  format_set_align(f.whole, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

void check(lxw_error error) {
  if (error != LXW_NO_ERROR)
    throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
}

double baht(Money amount) {
  return static_cast<double>(amount) / 100.0;
}

// The words a drop-down list offers, on a hidden sheet: a list written into the validation
// itself is limited to 255 characters, which the Thai words (3 bytes each in UTF-8) overflow.
// Returns the formula naming the range.
std::string choices_range(lxw_workbook* book, const std::vector<std::string>& words,
                          lxw_format* text) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, "ตัวเลือก");
  if (sheet == nullptr) throw std::runtime_error("cannot add the sheet of choices");
  for (std::size_t i = 0; i < words.size(); ++i)
    check(worksheet_write_string(sheet, static_cast<lxw_row_t>(i), 0, words[i].c_str(), text));
  worksheet_set_column(sheet, 0, 0, 30, nullptr);
  worksheet_hide(sheet);
  return "='ตัวเลือก'!$A$1:$A$" + std::to_string(words.size());
}

void drop_down(lxw_worksheet* sheet, lxw_row_t first, lxw_row_t last, lxw_col_t column,
               std::string& formula) {
  if (last < first) last = first;
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  validation.value_formula = formula.data();
  validation.ignore_blank = LXW_VALIDATION_ON;
  // Words typed by hand (another spelling the forms use) are let through: import reads them.
  validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  check(worksheet_data_validation_range(sheet, first, column, last + 200, column, &validation));
}

const Project* project_of(const Plan& plan, const std::string& id) {
  for (const auto& project : plan.projects)
    if (project.id == id) return &project;
  return nullptr;
}

std::string kind_words_of(ProjectKind kind) {
  const std::string code = kind_name(kind);
  for (const auto& choice : kind_words)
    if (choice.code == code) return std::string(choice.words);
  return code;
}

std::string status_words_of(Status status) {
  const std::string code = status_name(status);
  for (const auto& choice : status_words)
    if (choice.code == code) return std::string(choice.words);
  return code;
}

}  // namespace

Workbook plan_workbook(const Plan& plan) {
  ScratchWorkbook scratch;
  lxw_workbook* book = scratch.book;
  const Formats f = make_formats(book);
  lxw_worksheet* sheet = workbook_add_worksheet(book, std::string(plan_sheet_name).c_str());
  if (sheet == nullptr) throw std::runtime_error("cannot add the plan's sheet");
  std::string kinds = choices_range(book, main_words(kind_words), f.text);

  const auto years = static_cast<lxw_col_t>(plan.years.size());
  const lxw_col_t note = 4 + years, kind = note + 1, id = kind + 1;
  check(worksheet_write_string(sheet, 0, 0, plan.title.th.c_str(), f.title));
  const lxw_row_t head = 1;
  check(worksheet_write_string(sheet, head, 0, "ลำดับ", f.head));
  check(worksheet_write_string(sheet, head, 1, "มิติ", f.head));
  check(worksheet_write_string(sheet, head, 2, "ภารกิจ", f.head));
  check(worksheet_write_string(sheet, head, 3, "โครงการ/กิจกรรม/มาตรการ", f.head));
  for (lxw_col_t i = 0; i < years; ++i) {
    const std::string text = "ปี " + std::to_string(plan.years[i]) + " (บาท)";
    check(worksheet_write_string(sheet, head, 4 + i, text.c_str(), f.head));
  }
  check(worksheet_write_string(sheet, head, note, "หมายเหตุ", f.head));
  check(worksheet_write_string(sheet, head, kind, "ประเภท", f.head));
  check(worksheet_write_string(sheet, head, id, "รหัส", f.head));
  worksheet_set_column(sheet, 0, 0, 7, nullptr);
  worksheet_set_column(sheet, 1, 1, 6, nullptr);
  worksheet_set_column(sheet, 2, 2, 8, f.text);
  worksheet_set_column(sheet, 3, 3, 60, nullptr);
  if (years > 0) worksheet_set_column(sheet, 4, 4 + years - 1, 14, nullptr);
  worksheet_set_column(sheet, note, note, 40, nullptr);
  worksheet_set_column(sheet, kind, kind, 10, nullptr);
  worksheet_set_column(sheet, id, id, 10, f.text);
  worksheet_freeze_panes(sheet, head + 1, 0);

  lxw_row_t row = head + 1;
  for (const auto& project : plan.projects) {
    if (project.number) check(worksheet_write_number(sheet, row, 0, *project.number, f.whole));
    if (project.dimension)
      check(worksheet_write_number(sheet, row, 1, *project.dimension, f.whole));
    check(worksheet_write_string(sheet, row, 2, project.mission.c_str(), f.text));
    check(worksheet_write_string(sheet, row, 3, project.title.th.c_str(), f.wrapped));
    for (lxw_col_t i = 0; i < years; ++i) {
      const auto found = project.budget.find(plan.years[i]);
      if (found != project.budget.end() && found->second)
        check(worksheet_write_number(sheet, row, 4 + i, baht(*found->second), f.amount));
      else
        check(worksheet_write_string(sheet, row, 4 + i, "-", f.whole));
    }
    check(worksheet_write_string(sheet, row, note, project.budget_note.th.c_str(), f.wrapped));
    check(worksheet_write_string(sheet, row, kind, kind_words_of(project.kind).c_str(), f.text));
    check(worksheet_write_string(sheet, row, id, project.id.c_str(), f.text));
    ++row;
  }
  drop_down(sheet, head + 1, row - 1, kind, kinds);
  return {scratch.finish(), static_cast<std::size_t>(row - head - 1)};
}

Workbook report_workbook(const Plan& plan, const Report& report) {
  ScratchWorkbook scratch;
  lxw_workbook* book = scratch.book;
  const Formats f = make_formats(book);
  lxw_worksheet* sheet = workbook_add_worksheet(book, std::string(report_sheet_name).c_str());
  if (sheet == nullptr) throw std::runtime_error("cannot add the report's sheet");
  std::string statuses = choices_range(book, main_words(status_words), f.text);

  const std::string title = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. " +
                            std::to_string(report.fiscal_year) +
                            (report.round == Round::six_month ? " รอบ 6 เดือน" : " รอบ 12 เดือน");
  check(worksheet_write_string(sheet, 0, 0, title.c_str(), f.title));
  const lxw_row_t head = 1;
  const char* heads[] = {"ลำดับ",         "โครงการ", "สถานะ", "งบประมาณ (บาท)",
                         "เบิกจ่าย (บาท)", "หมายเหตุ", "รหัส"};
  for (lxw_col_t i = 0; i < 7; ++i) check(worksheet_write_string(sheet, head, i, heads[i], f.head));
  worksheet_set_column(sheet, 0, 0, 7, nullptr);
  worksheet_set_column(sheet, 1, 1, 60, nullptr);
  worksheet_set_column(sheet, 2, 2, 22, nullptr);
  worksheet_set_column(sheet, 3, 4, 14, nullptr);
  worksheet_set_column(sheet, 5, 5, 50, nullptr);
  worksheet_set_column(sheet, 6, 6, 10, f.text);
  worksheet_freeze_panes(sheet, head + 1, 0);

  lxw_row_t row = head + 1;
  for (const auto& entry : report.entries) {
    const Project* project = project_of(plan, entry.project);
    if (project != nullptr && project->number)
      check(worksheet_write_number(sheet, row, 0, *project->number, f.whole));
    check(
        worksheet_write_string(sheet, row, 1, project ? project->title.th.c_str() : "", f.wrapped));
    check(worksheet_write_string(sheet, row, 2, status_words_of(entry.status).c_str(), f.text));
    std::optional<Money> budget = entry.budget;
    if (!budget && project != nullptr) {
      const auto found = project->budget.find(report.fiscal_year);
      if (found != project->budget.end()) budget = found->second;
    }
    if (budget)
      check(worksheet_write_number(sheet, row, 3, baht(*budget), f.amount));
    else
      check(worksheet_write_string(sheet, row, 3, "-", f.whole));
    check(worksheet_write_number(sheet, row, 4, baht(entry.disbursed), f.amount));
    check(worksheet_write_string(sheet, row, 5, entry.note.c_str(), f.wrapped));
    check(worksheet_write_string(sheet, row, 6, entry.project.c_str(), f.text));
    ++row;
  }
  // A project planned for the year that the report does not list yet (added to the plan since)
  // gets its row too, with the status left for the clerk to choose: import then adds it.
  std::unordered_set<std::string_view> listed;
  for (const auto& entry : report.entries) listed.insert(entry.project);
  for (const auto& project : plan.projects) {
    if (!planned_in(project, report.fiscal_year) || listed.contains(project.id)) continue;
    if (project.number) check(worksheet_write_number(sheet, row, 0, *project.number, f.whole));
    check(worksheet_write_string(sheet, row, 1, project.title.th.c_str(), f.wrapped));
    check(worksheet_write_string(sheet, row, 2, "", f.text));
    check(worksheet_write_number(sheet, row, 3, baht(*project.budget.at(report.fiscal_year)),
                                 f.amount));
    check(worksheet_write_number(sheet, row, 4, 0, f.amount));
    check(worksheet_write_string(sheet, row, 5, "", f.wrapped));
    check(worksheet_write_string(sheet, row, 6, project.id.c_str(), f.text));
    ++row;
  }
  drop_down(sheet, head + 1, row - 1, 2, statuses);
  return {scratch.finish(), static_cast<std::size_t>(row - head - 1)};
}

}  // namespace oitgen
