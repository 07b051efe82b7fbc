// The open-data writer (src/render/open_data.cpp), the one place oitgen writes CSV; oitgen reads
// no CSV. The input is cut into cells at 0x1F bytes; the cells become the text of a plan's
// projects, a report's notes and an ITA year's measures, which go through compute() and
// open_data_files() as on a real build.
//
// Property: each CSV file is strict RFC 4180 (read back by the small reader below, which refuses
// anything loose), starts with a byte order mark, has one column count, and gives back every
// cell as it was written in the content, or with the leading ' that neutralises a cell that a
// spreadsheet would run as a formula; the JSON files parse and hold the same text.

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "compute/compute.h"
#include "fuzz_check.h"
#include "load/framework_loader.h"
#include "render/open_data.h"

namespace {

using Rows = std::vector<std::vector<std::string>>;

// RFC 4180, strictly: CRLF after every record, quotes only around a whole field, "" for a quote
// inside one, and no quote, comma, CR or LF in an unquoted field.
std::optional<Rows> read_csv(std::string_view text) {
  Rows rows;
  std::vector<std::string> row;
  std::size_t i = 0;
  while (i < text.size()) {
    std::string field;
    if (text[i] == '"') {
      ++i;
      while (true) {
        if (i >= text.size()) return std::nullopt;  // unclosed quote
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r') {
        if (text[i] == '"' || text[i] == '\n') return std::nullopt;
        field += text[i++];
      }
    }
    row.push_back(std::move(field));
    if (i < text.size() && text[i] == ',') {
      ++i;
      if (i == text.size()) return std::nullopt;
      continue;
    }
    if (text.substr(i, 2) != "\r\n") return std::nullopt;
    i += 2;
    rows.push_back(std::move(row));
    row.clear();
  }
  if (!row.empty()) return std::nullopt;
  return rows;
}

bool same_cell(const std::string& written, const std::string& content) {
  return written == content || written == "'" + content;
}

std::vector<std::string> cells_of(std::string_view input) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    const auto end = input.find('\x1F', start);
    cells.emplace_back(input.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return cells;
}

const oitgen::DataFile& find_file(const std::vector<oitgen::DataFile>& files,
                                  const std::string& path) {
  for (const auto& file : files)
    if (file.path == path) return file;
  fuzz::fail("an open-data file is missing", path);
}

Rows csv_rows(const std::vector<oitgen::DataFile>& files, const std::string& path,
              std::size_t records) {
  const std::string& bytes = find_file(files, path).bytes;
  fuzz::check(bytes.starts_with("\xEF\xBB\xBF"), "a CSV file without its byte order mark", path);
  fuzz::check(fuzz::valid_utf8(bytes), "a CSV file is not UTF-8", path);
  const auto rows = read_csv(std::string_view(bytes).substr(3));
  fuzz::check(rows.has_value(), "a CSV file is not RFC 4180", bytes);
  fuzz::check(rows->size() == records + 1, "a CSV file has another number of records", path);
  for (const auto& row : *rows)
    fuzz::check(row.size() == rows->front().size(), "records of different lengths", path);
  return *rows;
}

nlohmann::json json_of(const std::vector<oitgen::DataFile>& files, const std::string& path) {
  auto json = nlohmann::json::parse(find_file(files, path).bytes, nullptr, false);
  fuzz::check(!json.is_discarded(), "an open-data JSON file is not JSON", path);
  return json;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  // The loaders refuse text that is not UTF-8, so none reaches the writer.
  if (!fuzz::valid_utf8(input)) return 0;
  const std::vector<std::string> cells = cells_of(input);
  auto cell = [&](std::size_t i) { return cells[i % cells.size()]; };

  oitgen::Site site;
  oitgen::Plan plan;
  plan.id = "2566-2570";
  plan.title.th = cell(0);
  plan.years = {2566, 2567};
  plan.dimensions.push_back({1, {cell(1), ""}, {{"1.1", {cell(2), ""}, {}}}, {}});
  const std::size_t count = std::min<std::size_t>(cells.size(), 20);
  oitgen::Report report;
  report.id = "2566-6-month";
  report.fiscal_year = 2566;
  for (std::size_t i = 0; i < count; ++i) {
    oitgen::Project project;
    project.id = "p" + std::to_string(i);
    project.number = static_cast<int>(i + 1);
    project.title.th = cell(i);
    project.dimension = 1;
    project.mission = cell(i + 1);
    project.budget[2566] = static_cast<oitgen::Money>(cell(i).size()) * 150;
    project.budget[2567] = std::nullopt;
    plan.projects.push_back(project);
    oitgen::ReportEntry entry;
    entry.project = project.id;
    entry.status = oitgen::all_statuses[i % 4];
    entry.disbursed = static_cast<oitgen::Money>(i) * 101;
    entry.note = cell(i + 2);
    report.entries.push_back(entry);
  }
  plan.reports.push_back(report);
  site.plans.push_back(plan);
  oitgen::ItaYear ita;
  ita.year = 2567;
  ita.score = 80;
  for (std::size_t i = 0; i < count; ++i) {
    oitgen::ItaMeasure measure;
    measure.number = static_cast<int>(i + 1);
    measure.title.th = cell(i);
    measure.method = cell(i + 1);
    measure.period = cell(i + 2);
    measure.responsible = cell(i + 3);
    measure.result = cell(i + 4);
    measure.outcome = cell(i + 5);
    measure.project = cell(i + 6);
    ita.measures.push_back(measure);
  }
  site.ita.push_back(ita);

  const auto figures = oitgen::compute(site, oitgen::shipped_frameworks(), {2024, 1, 1});
  const auto files = oitgen::open_data_files(figures);

  const Rows projects = csv_rows(files, "data/plans/2566-2570/plan.csv", count);
  const auto plan_json = json_of(files, "data/plans/2566-2570/plan.json");
  for (std::size_t i = 0; i < count; ++i) {
    const auto& row = projects[i + 1];
    fuzz::check(row[1] == plan.projects[i].id, "a project id changed");
    fuzz::check(same_cell(row[2], cell(i)), "a project title changed", row[2]);
    fuzz::check(same_cell(row[5], cell(i + 1)), "a mission changed", row[5]);
    fuzz::check(plan_json["projects"][i]["title"] == cell(i), "a title changed in the JSON");
  }
  const Rows entries = csv_rows(files, "data/plans/2566-2570/reports/2566-6-month.csv", count);
  for (std::size_t i = 0; i < count; ++i)
    fuzz::check(same_cell(entries[i + 1][6], cell(i + 2)), "a report note changed",
                entries[i + 1][6]);
  json_of(files, "data/plans/2566-2570/reports/2566-6-month.json");
  const Rows measures = csv_rows(files, "data/ita/2567.csv", count);
  for (std::size_t i = 0; i < count; ++i) {
    const auto& row = measures[i + 1];
    // number, title, period, responsible, project, method, result, outcome
    const std::size_t content[] = {0, i, i + 2, i + 3, i + 6, i + 1, i + 4, i + 5};
    for (std::size_t column = 1; column < row.size(); ++column)
      fuzz::check(same_cell(row[column], cell(content[column])), "an ITA measure cell changed",
                  row[column]);
  }
  json_of(files, "data/ita/2567.json");

  // csv_field alone, on the whole input.
  const std::string field = oitgen::csv_field(std::string(input));
  const auto alone = read_csv(field + "\r\n");
  fuzz::check(alone && alone->size() == 1 && alone->front().size() == 1 &&
                  same_cell(alone->front().front(), std::string(input)),
              "csv_field does not read back as one cell", field);
  return 0;
}
