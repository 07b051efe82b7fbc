#include "render/open_data.h"

#include <map>
#include <nlohmann/json.hpp>

#include "model/date.h"
#include "model/paths.h"
#include "util/sha256.h"

namespace oitgen {

namespace {

using json = nlohmann::json;

constexpr const char* bom = "\xEF\xBB\xBF";

// Money leaves as a number of baht with satang as decimals, exactly as written in content.
json baht(Money amount) {
  return static_cast<double>(amount) / 100.0;
}
json baht(const std::optional<Money>& amount) {
  return amount ? baht(*amount) : json(nullptr);
}
json date(const std::optional<Date>& value) {
  return value ? json(to_iso(*value)) : json(nullptr);
}
json text(const Text& value) {
  return value.en.empty() ? json(value.th) : json{{"th", value.th}, {"en", value.en}};
}

// `cells` are already encoded: csv_field for text, csv_number for figures.
std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + cells[i];
  return line + "\r\n";
}

DataTable table_of(std::string name, std::string title, std::string csv, std::string json_path,
                   std::vector<DataField> fields) {
  DataTable table;
  table.name = std::move(name);
  table.title = std::move(title);
  table.csv = std::move(csv);
  table.json = std::move(json_path);
  table.fields = std::move(fields);
  return table;
}

// The byte order mark and the Thai header row.
std::string csv_start(const std::vector<DataField>& fields) {
  std::vector<std::string> cells;
  cells.reserve(fields.size());
  for (const auto& field : fields) cells.push_back(csv_field(field.name));
  return bom + csv_line(cells);
}

DataField budget_field(int year) {
  const std::string y = std::to_string(year);
  return {"budget_" + y, "งบประมาณ " + y, "งบประมาณปีงบประมาณ พ.ศ. " + y + " (บาท)", "number"};
}

// A number as the JSON writes it ("87.52"): the shortest text that reads back as the same value.
std::string decimal_text(const std::optional<double>& value) {
  return value ? csv_number(json(*value).dump()) : "";
}

std::string number_text(const std::optional<int>& number) {
  return number ? csv_number(std::to_string(*number)) : "";
}

// "-0.50", not "0.50": the sign is written once, before the baht.
std::string money_text(const std::optional<Money>& amount) {
  if (!amount) return "";
  const Money value = *amount;
  const std::uint64_t magnitude =
      value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  const std::string cents = std::to_string(magnitude % 100);
  return csv_number((value < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." +
                    (cents.size() == 1 ? "0" : "") + cents);
}

// A year in which no project of the group is planned is null, as in a project's budget: 0 is
// "planned, no money needed".
json totals(const BudgetTotals& totals) {
  json by_year = json::object();
  for (const auto& [year, amount] : totals.by_year) {
    const std::optional<Money> planned = totals.planned(year);
    by_year[std::to_string(year)] = planned ? baht(*planned) : json(nullptr);
  }
  return {
      {"by_year", by_year}, {"all_years", baht(totals.all_years)}, {"projects", totals.projects}};
}

const char* declared_kind_name(DeclaredKind kind) {
  switch (kind) {
    case DeclaredKind::budget:
      return "budget";
    case DeclaredKind::projects:
      return "projects";
    case DeclaredKind::preface_projects:
      return "preface_projects";
  }
  return "";
}

// A declared figure and its computed one as they leave: baht for a budget, else a count.
json declared_value(const DeclaredFigure& figure, long long value) {
  return figure.kind == DeclaredKind::budget ? baht(static_cast<Money>(value)) : json(value);
}
std::string declared_text(const DeclaredFigure& figure, long long value) {
  return figure.kind == DeclaredKind::budget ? money_text(static_cast<Money>(value))
                                             : csv_number(std::to_string(value));
}

// Every figure the signed plan prints beside the computed one, as the plan page shows them;
// `difference` is declared minus computed.
const std::vector<DataField>& declared_fields() {
  static const std::vector<DataField> fields = {
      {"dimension", "มิติ", "มิติของแผน (ว่าง: ทั้งแผน)", "integer"},
      {"figure", "รายการ",
       "ยอดที่เทียบ: budget (งบประมาณ), projects หรือ preface_projects (จำนวนโครงการ)", "string"},
      {"year", "ปีงบประมาณ", "ปีงบประมาณ พ.ศ. ของงบประมาณ (ว่าง: จำนวนโครงการ)", "integer"},
      {"declared", "ตามแผนที่ประกาศ", "ยอดที่แผนที่ประกาศพิมพ์ไว้ (บาท หรือจำนวนโครงการ)", "number"},
      {"computed", "ผลรวมที่คำนวณ", "ผลรวมของรายการโครงการ (บาท หรือจำนวนโครงการ)", "number"},
      {"difference", "ผลต่าง", "ตามแผนที่ประกาศ ลบ ผลรวมที่คำนวณ", "number"}};
  return fields;
}

json declared_figures(const PlanFigures& figures, std::string& csv) {
  json list = json::array();
  csv = csv_start(declared_fields());
  for (const auto& figure : figures.declared) {
    const bool budget = figure.kind == DeclaredKind::budget;
    list.push_back({{"dimension", figure.dimension ? json(*figure.dimension) : json(nullptr)},
                    {"figure", declared_kind_name(figure.kind)},
                    {"year", budget ? json(figure.year) : json(nullptr)},
                    {"declared", declared_value(figure, figure.declared)},
                    {"computed", declared_value(figure, figure.computed)},
                    {"difference", declared_value(figure, figure.difference)},
                    {"differs", figure.differs()}});
    csv += csv_line({number_text(figure.dimension), csv_field(declared_kind_name(figure.kind)),
                     budget ? number_text(figure.year) : "", declared_text(figure, figure.declared),
                     declared_text(figure, figure.computed),
                     declared_text(figure, figure.difference)});
  }
  return list;
}

// The budget table's rows of totals (each mission, each dimension, the plan), as the page shows
// them: a year in which no project of the group is planned is an empty cell, not 0.
std::vector<DataField> totals_fields(const Plan& plan) {
  std::vector<DataField> fields = {
      {"level", "ระดับ", "แถวของ mission (ภารกิจ), dimension (มิติ) หรือ plan (ทั้งแผน)", "string"},
      {"dimension", "มิติ", "มิติของแผน", "integer"},
      {"mission", "ภารกิจ", "ภารกิจของมิติ", "string"},
      {"title", "ชื่อ", "ชื่อภารกิจ มิติ หรือแผน", "string"}};
  for (int year : plan.years) fields.push_back(budget_field(year));
  fields.push_back({"total", "รวมงบประมาณ", "งบประมาณรวมทุกปี (บาท)", "number"});
  fields.push_back({"projects", "จำนวนโครงการ", "จำนวนโครงการ", "integer"});
  return fields;
}

std::string totals_csv(const PlanFigures& figures) {
  const Plan& plan = *figures.plan;
  std::string csv = csv_start(totals_fields(plan));
  auto row = [&](const char* level, const std::optional<int>& dimension, const std::string& mission,
                 const std::string& title, const BudgetTotals& totals) {
    std::vector<std::string> cells = {csv_field(level), number_text(dimension), csv_field(mission),
                                      csv_field(title)};
    for (int year : plan.years) {
      const std::optional<Money> planned = totals.planned(year);
      cells.push_back(planned ? money_text(*planned) : "");
    }
    cells.push_back(totals.planned_any_year() ? money_text(totals.all_years) : "");
    cells.push_back(csv_number(std::to_string(totals.projects)));
    csv += csv_line(cells);
  };
  for (const auto& dimension_figures : figures.dimensions) {
    const Dimension& dimension = *dimension_figures.dimension;
    for (const auto& mission : dimension_figures.missions)
      row("mission", dimension.number, mission.mission->number, mission.mission->title.th,
          mission.totals);
    row("dimension", dimension.number, "", dimension.title.th, dimension_figures.totals);
  }
  row("plan", std::nullopt, "", plan.title.th, figures.totals);
  return csv;
}

std::vector<DataField> plan_fields(const Plan& plan) {
  std::vector<DataField> fields = {
      {"number", "ลำดับ", "ลำดับที่ของโครงการในแผน", "integer"},
      {"id", "รหัสโครงการ", "รหัสโครงการ (ใช้อ้างถึงในรายงาน)", "string"},
      {"title", "ชื่อโครงการ", "ชื่อโครงการ กิจกรรม หรือมาตรการ", "string"},
      {"kind", "ประเภท", "project (โครงการ), activity (กิจกรรม) หรือ measure (มาตรการ)", "string"},
      {"dimension", "มิติ", "มิติของแผน", "integer"},
      {"mission", "ภารกิจ", "ภารกิจของมิติ", "string"}};
  for (int year : plan.years) fields.push_back(budget_field(year));
  fields.push_back({"total", "รวมงบประมาณ", "งบประมาณรวมทุกปี (บาท)", "number"});
  return fields;
}

void plan_files(const PlanFigures& figures, OpenData& out) {
  const Plan& plan = *figures.plan;
  json projects = json::array();
  const std::vector<DataField> fields = plan_fields(plan);
  std::string csv = csv_start(fields);
  for (const auto& project_figures : figures.projects) {
    const Project& project = *project_figures.project;
    json budget = json::object();
    std::vector<std::string> row = {
        number_text(project.number),    csv_field(project.id),
        csv_field(project.title.th),    csv_field(kind_name(project.kind)),
        number_text(project.dimension), csv_field(project.mission)};
    for (int year : plan.years) {
      const auto amount = project.budget.find(year);
      const std::optional<Money> value =
          amount == project.budget.end() ? std::nullopt : amount->second;
      budget[std::to_string(year)] = baht(value);
      row.push_back(money_text(value));
    }
    const Money total = project_figures.totals.all_years;
    row.push_back(money_text(total));
    csv += csv_line(row);
    projects.push_back({{"id", project.id},
                        {"number", project.number ? json(*project.number) : json(nullptr)},
                        {"title", text(project.title)},
                        {"kind", kind_name(project.kind)},
                        {"dimension", project.dimension ? json(*project.dimension) : json(nullptr)},
                        {"mission", project.mission},
                        {"budget", budget},
                        {"total", baht(total)},
                        {"added", date(project.added)}});
  }
  json dimensions = json::array();
  for (const auto& dimension : figures.dimensions) {
    json missions = json::array();
    for (const auto& mission : dimension.missions)
      missions.push_back({{"number", mission.mission->number},
                          {"title", text(mission.mission->title)},
                          {"totals", totals(mission.totals)}});
    dimensions.push_back({{"number", dimension.dimension->number},
                          {"title", text(dimension.dimension->title)},
                          {"missions", missions},
                          {"totals", totals(dimension.totals)}});
  }
  std::string declared_csv;
  const json declared = declared_figures(figures, declared_csv);
  const json document = {{"id", plan.id},        {"title", text(plan.title)},
                         {"years", plan.years},  {"dimensions", dimensions},
                         {"projects", projects}, {"totals", totals(figures.totals)},
                         {"declared", declared}};
  const std::string folder = "data/plans/" + plan.id + "/";
  const std::string json_path = folder + "plan.json";
  out.files.push_back({json_path, document.dump(2) + "\n"});
  out.files.push_back({folder + "plan.csv", csv});
  out.tables.push_back(table_of("plan-" + plan.id, "โครงการตามแผน: " + plan.title.th,
                                folder + "plan.csv", json_path, fields));
  out.files.push_back({folder + "declared.csv", declared_csv});
  out.tables.push_back(table_of("plan-" + plan.id + "-declared",
                                "ยอดที่แผนที่ประกาศพิมพ์ไว้ เทียบกับผลรวมที่คำนวณ: " + plan.title.th,
                                folder + "declared.csv", json_path, declared_fields()));
  out.files.push_back({folder + "totals.csv", totals_csv(figures)});
  out.tables.push_back(table_of("plan-" + plan.id + "-totals",
                                "ยอดรวมรายภารกิจ รายมิติ และทั้งแผน: " + plan.title.th,
                                folder + "totals.csv", json_path, totals_fields(plan)));
}

const std::vector<DataField>& report_fields() {
  static const std::vector<DataField> fields = {
      {"number", "ลำดับ", "ลำดับที่ของโครงการในแผน", "integer"},
      {"project", "รหัสโครงการ", "รหัสโครงการ", "string"},
      {"title", "ชื่อโครงการ", "ชื่อโครงการ", "string"},
      {"status", "สถานะ",
       "not_reported (รอการรายงาน), in_progress (อยู่ระหว่างดำเนินการ), completed "
       "(ดำเนินการแล้วเสร็จ), not_possible (ไม่สามารถดำเนินการได้) หรือ not_planned "
       "(ไม่ได้บรรจุในแผนปีนี้)",
       "string"},
      {"budget", "งบประมาณ", "งบประมาณของปี (บาท)", "number"},
      {"disbursed", "เบิกจ่าย", "เบิกจ่ายแล้ว (บาท)", "number"},
      {"note", "หมายเหตุ", "หมายเหตุ", "string"},
      {"counted", "นับในผลการดำเนินงาน", "true: นับในผลการดำเนินงานของรอบ", "boolean"},
      {"added", "วันที่เพิ่มเติม", "วันที่เพิ่มโครงการเข้าในแผน (ว่าง: โครงการตามแผนที่ประกาศ)", "date"}};
  return fields;
}

void report_files(const ReportFigures& figures, OpenData& out) {
  const Plan& plan = *figures.plan;
  const Report& report = *figures.report;
  json entries = json::array();
  std::string csv = csv_start(report_fields());
  for (const auto& money : figures.rows) {
    const ReportEntry& entry = *money.entry;
    std::string number, title;
    std::optional<Date> added;
    if (const Project* project = money.project) {
      number = number_text(project->number);
      title = project->title.th;
      added = project->added;
    }
    entries.push_back({{"project", entry.project},
                       {"status", status_name(entry.status)},
                       {"budget", baht(money.budget)},
                       {"disbursed", baht(money.disbursed)},
                       {"note", entry.note},
                       {"counted", money.counted},
                       {"added", date(added)}});
    csv += csv_line({number, csv_field(entry.project), csv_field(title),
                     csv_field(status_name(entry.status)), money_text(money.budget),
                     money_text(money.disbursed), csv_field(entry.note),
                     money.counted ? "true" : "false", added ? to_iso(*added) : ""});
  }
  json counts = json::object();
  for (const auto& [status, count] : figures.counts) counts[status_name(status)] = count;
  const json document = {
      {"plan", plan.id},
      {"id", report.id},
      {"fiscal_year", report.fiscal_year},
      {"round", round_name(report.round)},
      {"period", {{"from", date(report.from)}, {"to", date(report.to)}}},
      {"as_of", date(report.as_of)},
      {"counts", counts},
      {"entries_count", figures.entries},
      {"planned_projects", figures.planned},
      {"planned_missing", figures.missing},
      {"not_counted", figures.not_counted},
      {"added_projects", figures.added},
      {"budget", baht(figures.budget)},
      {"disbursed", baht(figures.disbursed)},
      {"disbursed_percent",
       figures.disbursed_percent ? json(*figures.disbursed_percent) : json(nullptr)},
      {"implementation_level",
       figures.implementation_level ? json(*figures.implementation_level) : json(nullptr)},
      {"entries", entries}};
  const std::string base = "data/plans/" + plan.id + "/reports/" + report.id;
  out.files.push_back({base + ".json", document.dump(2) + "\n"});
  out.files.push_back({base + ".csv", csv});
  const std::string round = report.round == Round::six_month ? "รอบ 6 เดือน" : "รอบ 12 เดือน";
  out.tables.push_back(table_of("plan-" + plan.id + "-report-" + report.id,
                                "ผลการดำเนินงาน" + round + " ปีงบประมาณ " +
                                    std::to_string(report.fiscal_year) + ": " + plan.title.th,
                                base + ".csv", base + ".json", report_fields()));
}

const std::vector<DataField>& ita_fields() {
  static const std::vector<DataField> fields = {
      {"number", "ลำดับ", "ลำดับที่ของมาตรการ", "integer"},
      {"title", "มาตรการ", "ชื่อมาตรการ", "string"},
      {"period", "ระยะเวลา", "ระยะเวลาดำเนินการ", "string"},
      {"responsible", "ผู้รับผิดชอบ", "หน่วยงานหรือผู้รับผิดชอบ", "string"},
      {"project", "รหัสโครงการ", "รหัสโครงการในแผนที่มาตรการนี้ดำเนินการ", "string"},
      {"method", "วิธีการ", "วิธีการดำเนินการ (Markdown)", "string"},
      {"result", "ผลการดำเนินการ", "ผลการดำเนินการ (Markdown)", "string"},
      {"outcome", "ผลลัพธ์", "ผลลัพธ์ (Markdown)", "string"}};
  return fields;
}

// One row per ITA year: the result only as the NACC announced it (see ita_files).
const std::vector<DataField>& ita_result_fields() {
  static const std::vector<DataField> fields = {
      {"year", "ปีที่ประเมิน", "ปีที่ประเมิน ITA (พ.ศ.)", "integer"},
      {"score", "คะแนน", "คะแนน ITA ตามที่ สำนักงาน ป.ป.ช. ประกาศ (ว่าง: ยังไม่ประกาศ)", "number"},
      {"iit", "คะแนน IIT", "คะแนนแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "number"},
      {"eit", "คะแนน EIT", "คะแนนแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "number"},
      {"oit", "คะแนน OIT", "คะแนนแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)", "number"},
      {"level", "ระดับผลการประเมิน", "ระดับผลการประเมิน (ว่าง: ยังไม่ประกาศ)", "string"},
      {"level_source", "ที่มาของระดับ",
       "announced (ตามที่ สำนักงาน ป.ป.ช. ประกาศ) หรือ computed (คำนวณจากคะแนนตามเกณฑ์ที่ยืนยันแล้ว)",
       "string"},
      {"target", "ค่าเป้าหมาย", "ค่าเป้าหมายคะแนน ITA ของแผน", "number"},
      {"target_met", "บรรลุค่าเป้าหมาย", "true: คะแนนถึงค่าเป้าหมาย (ว่าง: ยังไม่มีคะแนน)", "boolean"}};
  return fields;
}

const char* level_source_name(ItaLevelSource source) {
  switch (source) {
    case ItaLevelSource::announced:
      return "announced";
    case ItaLevelSource::computed:
      return "computed";
    case ItaLevelSource::none:
      return nullptr;
  }
  return nullptr;
}

std::string ita_result_row(const ItaFigures& figures) {
  const ItaYear& ita = *figures.ita;
  auto part = [&](const char* key) -> std::optional<double> {
    const auto found = ita.parts.find(key);
    if (found == ita.parts.end()) return std::nullopt;
    return found->second;
  };
  const char* source = level_source_name(figures.level_source);
  return csv_line({csv_number(std::to_string(ita.year)), decimal_text(figures.score),
                   decimal_text(part("IIT")), decimal_text(part("EIT")), decimal_text(part("OIT")),
                   source ? csv_field(figures.level) : "", source ? csv_field(source) : "",
                   decimal_text(figures.target),
                   figures.target_met ? (*figures.target_met ? "true" : "false") : ""});
}

void ita_files(const ItaFigures& figures, OpenData& out) {
  const ItaYear& ita = *figures.ita;
  json measures = json::array();
  std::string csv = csv_start(ita_fields());
  for (const auto& measure : ita.measures) {
    measures.push_back(
        {{"number", measure.number ? json(*measure.number) : json(nullptr)},
         {"title", text(measure.title)},
         {"method", measure.method},
         {"period", measure.period},
         {"responsible", measure.responsible},
         {"result", measure.result},
         {"outcome", measure.outcome},
         {"project", measure.project.empty() ? json(nullptr) : json(measure.project)}});
    csv += csv_line({number_text(measure.number), csv_field(measure.title.th),
                     csv_field(measure.period), csv_field(measure.responsible),
                     csv_field(measure.project), csv_field(measure.method),
                     csv_field(measure.result), csv_field(measure.outcome)});
  }
  // The score and level only as the NACC announced them (or, up to ITA 2565, the level
  // computed on the NACC's confirmed scale, said so in level_source); never an estimate.
  const bool announced = figures.level_source == ItaLevelSource::announced;
  const bool computed = figures.level_source == ItaLevelSource::computed;
  json document = {{"year", ita.year},
                   {"score", figures.score ? json(*figures.score) : json(nullptr)},
                   {"parts", ita.parts},
                   {"level", announced || computed ? json(figures.level) : json(nullptr)},
                   {"level_source", level_source_name(figures.level_source)
                                        ? json(level_source_name(figures.level_source))
                                        : json(nullptr)},
                   {"level_announced", announced},
                   {"level_rule", computed ? json(figures.level_rule) : json(nullptr)},
                   {"scale", figures.framework_id},
                   {"scale_confirmed", figures.scale_confirmed},
                   {"target", figures.target ? json(*figures.target) : json(nullptr)},
                   {"target_met", figures.target_met ? json(*figures.target_met) : json(nullptr)},
                   {"measures", measures}};
  const std::string year = std::to_string(ita.year);
  const std::string base = "data/ita/" + year;
  out.files.push_back({base + ".json", document.dump(2) + "\n"});
  out.files.push_back({base + ".csv", csv});
  out.tables.push_back(table_of("ita-" + year + "-measures",
                                "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ITA " + year, base + ".csv",
                                base + ".json", ita_fields()));
}

}  // namespace

bool runs_as_formula(std::string_view value) {
  const auto start = value.find_first_not_of(' ');
  if (start == std::string_view::npos) return false;
  const char first = value[start];
  return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
         first == '\r' || first == '\n';
}

// OWASP's advice for CSV injection: a cell that a spreadsheet would run as a formula starts
// with a single quote, which spreadsheets show as text, and is quoted with its quotes doubled.
std::string csv_field(std::string_view value) {
  const bool formula = runs_as_formula(value);
  if (!formula && value.find_first_of(",\"\r\n") == std::string_view::npos)
    return std::string(value);
  std::string out = formula ? "\"'" : "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_number(std::string_view number) {
  return std::string(number);
}

OpenData open_data(const Figures& figures) {
  OpenData out;
  for (const auto& plan : figures.plans) {
    plan_files(plan, out);
    for (const auto& report : plan.reports) report_files(report, out);
  }
  for (const auto& ita : figures.ita) ita_files(ita, out);
  if (!figures.ita.empty()) {
    std::string csv = csv_start(ita_result_fields());
    for (const auto& ita : figures.ita) csv += ita_result_row(ita);
    out.files.push_back({"data/ita/results.csv", csv});
    out.tables.push_back(table_of("ita-results", "ผลการประเมิน ITA ทุกปี ตามที่ สำนักงาน ป.ป.ช. ประกาศ",
                                  "data/ita/results.csv", {}, ita_result_fields()));
  }
  // Sizes and hashes, for the data/ page and the package.
  std::map<std::string_view, const DataFile*> by_path;
  for (const auto& file : out.files) by_path[file.path] = &file;
  for (auto& table : out.tables) {
    const DataFile& csv = *by_path.at(table.csv);
    table.csv_bytes = csv.bytes.size();
    table.csv_sha256 = sha256_hex(csv.bytes);
    if (!table.json.empty()) table.json_bytes = by_path.at(table.json)->bytes.size();
  }
  return out;
}

std::vector<DataFile> open_data_files(const Figures& figures) {
  return open_data(figures).files;
}

void add_published_table(OpenData& data, DataTable table, std::string_view bytes) {
  table.csv_bytes = bytes.size();
  table.csv_sha256 = sha256_hex(bytes);
  data.tables.push_back(std::move(table));
}

DataTable oit_links_table() {
  return table_of("oit-links", "ที่อยู่ของข้อมูลตามข้อของแบบวัด OIT สำหรับกรอกในระบบ ITAS",
                  oit_path() + "oit-links.csv", {},
                  {{"code", "code", "รหัสข้อของแบบวัด OIT", "string"},
                   {"title", "title", "ชื่อข้อ", "string"},
                   {"url", "url", "ที่อยู่ (URL) ของหน้าที่ให้ข้อมูลตามข้อ", "string"},
                   {"status", "status", "served (มีข้อมูล), outdated (ข้อมูลไม่ใช่ของปี) หรือ missing (ไม่มี)",
                    "string"}});
}

std::optional<DataFile> datapackage_file(const OpenData& data, const SiteConfig& config,
                                         const Links& links) {
  if (data.tables.empty()) return std::nullopt;
  json resources = json::array();
  for (const auto& table : data.tables) {
    json fields = json::array();
    for (const auto& field : table.fields)
      fields.push_back({{"name", field.name},
                        {"title", field.title},
                        {"type", field.type},
                        {"oitgen:key", field.key}});
    // Paths inside data/ are relative to the package; a file elsewhere on the site is named by
    // its URL, since a package's paths may not climb out of its folder.
    const std::string prefix = data_path();
    const std::string path =
        table.csv.starts_with(prefix) ? table.csv.substr(prefix.size()) : links.absolute(table.csv);
    resources.push_back({{"profile", "tabular-data-resource"},
                         {"name", table.name},
                         {"path", path},
                         {"title", table.title},
                         {"format", "csv"},
                         {"mediatype", "text/csv"},
                         // The IANA name: readers take the byte order mark as UTF-8's signature.
                         {"encoding", "utf-8"},
                         {"bytes", table.csv_bytes},
                         {"hash", "sha256:" + table.csv_sha256},
                         {"dialect",
                          {{"delimiter", ","},
                           {"doubleQuote", true},
                           {"lineTerminator", "\r\n"},
                           {"quoteChar", "\""},
                           {"header", true}}},
                         {"schema", {{"fields", fields}, {"missingValues", {""}}}}});
  }
  json package = {{"profile", "tabular-data-package"},
                  {"title", "ข้อมูลเปิด: " + config.organization.name.th},
                  {"homepage", links.absolute(data_path())},
                  {"resources", resources}};
  if (const auto& license = config.license) {
    json entry = json::object();
    if (!license->id.empty()) entry["name"] = license->id;
    entry["path"] = license->url;
    entry["title"] = license->title.th;
    package["licenses"] = json::array({entry});
  }
  return DataFile{data_path() + "datapackage.json", package.dump(2) + "\n"};
}

}  // namespace oitgen
