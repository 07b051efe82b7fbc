#include "render/open_data.h"

#include <nlohmann/json.hpp>

#include "model/date.h"

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

std::string csv_header(const std::vector<std::string>& names) {
  std::vector<std::string> cells;
  cells.reserve(names.size());
  for (const auto& name : names) cells.push_back(csv_field(name));
  return csv_line(cells);
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
json declared_figures(const PlanFigures& figures, std::string& csv) {
  json list = json::array();
  csv = bom + csv_header({"dimension", "figure", "year", "declared", "computed", "difference"});
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
std::string totals_csv(const PlanFigures& figures) {
  const Plan& plan = *figures.plan;
  std::vector<std::string> header = {"level", "dimension", "mission", "title"};
  for (int year : plan.years) header.push_back("budget_" + std::to_string(year));
  header.insert(header.end(), {"total", "projects"});
  std::string csv = bom + csv_header(header);
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

void plan_files(const PlanFigures& figures, std::vector<DataFile>& out) {
  const Plan& plan = *figures.plan;
  json projects = json::array();
  std::vector<std::string> header = {"number", "id", "title", "kind", "dimension", "mission"};
  for (int year : plan.years) header.push_back("budget_" + std::to_string(year));
  header.emplace_back("total");
  std::string csv = bom + csv_header(header);
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
  const std::string base = "data/plans/" + plan.id + "/plan";
  out.push_back({base + ".json", document.dump(2) + "\n"});
  out.push_back({base + ".csv", csv});
  out.push_back({"data/plans/" + plan.id + "/declared.csv", declared_csv});
  out.push_back({"data/plans/" + plan.id + "/totals.csv", totals_csv(figures)});
}

void report_files(const ReportFigures& figures, std::vector<DataFile>& out) {
  const Plan& plan = *figures.plan;
  const Report& report = *figures.report;
  json entries = json::array();
  std::string csv = bom + csv_header({"number", "project", "title", "status", "budget", "disbursed",
                                      "note", "counted", "added"});
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
  out.push_back({base + ".json", document.dump(2) + "\n"});
  out.push_back({base + ".csv", csv});
}

void ita_files(const ItaFigures& figures, std::vector<DataFile>& out) {
  const ItaYear& ita = *figures.ita;
  json measures = json::array();
  std::string csv = bom + csv_header({"number", "title", "period", "responsible", "project",
                                      "method", "result", "outcome"});
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
                   {"level_source", announced  ? json("announced")
                                    : computed ? json("computed")
                                               : json(nullptr)},
                   {"level_announced", announced},
                   {"level_rule", computed ? json(figures.level_rule) : json(nullptr)},
                   {"scale", figures.framework_id},
                   {"scale_confirmed", figures.scale_confirmed},
                   {"target", figures.target ? json(*figures.target) : json(nullptr)},
                   {"target_met", figures.target_met ? json(*figures.target_met) : json(nullptr)},
                   {"measures", measures}};
  const std::string base = "data/ita/" + std::to_string(ita.year);
  out.push_back({base + ".json", document.dump(2) + "\n"});
  out.push_back({base + ".csv", csv});
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

std::vector<DataFile> open_data_files(const Figures& figures) {
  std::vector<DataFile> out;
  for (const auto& plan : figures.plans) {
    plan_files(plan, out);
    for (const auto& report : plan.reports) report_files(report, out);
  }
  for (const auto& ita : figures.ita) ita_files(ita, out);
  return out;
}

}  // namespace oitgen
