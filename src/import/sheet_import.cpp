#include "import/sheet_import.h"

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "import/front_matter_edit.h"
#include "import/report_json.h"
#include "util/file.h"
#include "util/text.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

const Plan* find_plan(const Site& site, const std::string& id, ImportResult& result) {
  for (const auto& plan : site.plans)
    if (plan.id == id) return &plan;
  std::vector<std::string> ids;
  for (const auto& plan : site.plans) ids.push_back(plan.id);
  result.problems.push_back(
      {"content/plans/" + id, "there is no plan " + quote(id) + " (plans: " +
                                  (ids.empty() ? std::string("none") : join(ids)) + ")"});
  return nullptr;
}

std::string two_digits(int number) {
  return (number < 10 ? "p0" : "p") + std::to_string(number);
}

bool same_budget(const std::map<int, std::optional<Money>>& a,
                 const std::map<int, std::optional<Money>>& b) {
  std::set<int> years;
  for (const auto& [year, amount] : a) years.insert(year);
  for (const auto& [year, amount] : b) years.insert(year);
  // -1 stands for "not planned": amounts are never negative. (Plain values keep GCC's
  // maybe-uninitialized analysis of std::optional quiet.)
  const auto at = [](const std::map<int, std::optional<Money>>& budget, int year) -> Money {
    const auto found = budget.find(year);
    return found == budget.end() || !found->second ? Money{-1} : *found->second;
  };
  for (const int year : years)
    if (at(a, year) != at(b, year)) return false;
  return true;
}

nlohmann::ordered_json money_json(Money amount) {
  if (amount % 100 == 0) return nlohmann::ordered_json(amount / 100);
  return nlohmann::ordered_json(static_cast<double>(amount) / 100.0);
}

// The amount a JSON value holds, read from its text as the loader does.
std::optional<Money> json_money(const nlohmann::ordered_json& value) {
  if (!value.is_number()) return std::nullopt;
  return read_baht(value.dump()).amount;
}

}  // namespace

ImportResult import_plan_sheet(const Site& site, const fs::path& site_dir,
                               const std::string& plan_id, const PlanSheet& sheet,
                               const SheetTable& table) {
  ImportResult result;
  result.problems = sheet.problems;
  const Plan* plan = find_plan(site, plan_id, result);
  if (plan == nullptr) return result;
  for (std::size_t i = 0; i < sheet.years.size(); ++i)
    if (std::find(plan->years.begin(), plan->years.end(), sheet.years[i]) == plan->years.end())
      result.problems.push_back({cell_place(table, sheet.head, sheet.year_columns[i]),
                                 "the plan has no year " + std::to_string(sheet.years[i]) +
                                     " (its years: " +
                                     [&] {
                                       std::vector<std::string> years;
                                       for (int y : plan->years) years.push_back(std::to_string(y));
                                       return join(years);
                                     }() +
                                     ")"});

  std::map<std::string, int> ids_seen;  // id -> row
  std::map<int, int> numbers_seen;      // number -> row
  for (const auto& row : sheet.rows) {
    const Project* project = nullptr;
    std::string id = row.id;
    if (!id.empty()) {
      if (!is_valid_id(id)) {
        result.problems.push_back({cell_place(table, row.row, sheet.id_column),
                                   quote(id) + " is not a file name for a project: use lower-case "
                                               "letters, digits and -, e.g. p27"});
        continue;
      }
      for (const auto& p : plan->projects)
        if (p.id == id) project = &p;
    } else if (row.number) {
      for (const auto& p : plan->projects)
        if (p.number == row.number) project = &p;
      id = project != nullptr ? project->id : two_digits(*row.number);
      if (project == nullptr)
        for (const auto& p : plan->projects)
          if (p.id == id)
            result.problems.push_back({cell_place(table, row.row, sheet.number_column),
                                       "a new project numbered " + std::to_string(*row.number) +
                                           " would be " + id + ", which is project number " +
                                           (p.number ? std::to_string(*p.number) : "?") +
                                           ": give the row its own รหัส"});
    } else {
      continue;  // its empty ลำดับ is reported
    }
    if (auto [seen, fresh] = ids_seen.emplace(id, row.row); !fresh)
      result.problems.push_back(
          {cell_place(table, row.row, sheet.id_column ? sheet.id_column : sheet.number_column),
           "project " + id + " is on row " + std::to_string(seen->second) + " already"});
    if (row.number)
      if (auto [seen, fresh] = numbers_seen.emplace(*row.number, row.row); !fresh)
        result.problems.push_back({cell_place(table, row.row, sheet.number_column),
                                   "number " + std::to_string(*row.number) + " is on row " +
                                       std::to_string(seen->second) + " already"});
    if (row.dimension) {
      const Dimension* dimension = nullptr;
      for (const auto& d : plan->dimensions)
        if (d.number == *row.dimension) dimension = &d;
      if (dimension == nullptr) {
        result.problems.push_back({cell_place(table, row.row, sheet.dimension_column),
                                   "the plan has no dimension " + std::to_string(*row.dimension)});
      } else if (!row.mission.empty()) {
        bool found = false;
        std::vector<std::string> missions;
        for (const auto& m : dimension->missions) {
          found = found || m.number == row.mission;
          missions.push_back(m.number);
        }
        if (!found)
          result.problems.push_back({cell_place(table, row.row, sheet.mission_column),
                                     "dimension " + std::to_string(*row.dimension) +
                                         " has no mission " + quote(row.mission) +
                                         " (its missions: " + join(missions) + ")"});
      }
    }
    if (project == nullptr && row.kind.empty())
      result.problems.push_back({cell_place(table, row.row, sheet.number_column),
                                 "the kind of a new project is not known: add a column ประเภท, or "
                                 "start the title with โครงการ, กิจกรรม or มาตรการ"});

    std::map<int, std::optional<Money>> budget =
        project ? project->budget : std::map<int, std::optional<Money>>{};
    for (const auto& [year, amount] : row.budget) budget[year] = amount;
    for (const int year : plan->years) budget.try_emplace(year, std::nullopt);

    FileChange change;
    if (project == nullptr) {
      change.path = "content/plans/" + plan_id + "/projects/" + id + ".md";
      change.kind = FileChange::Kind::created;
      std::string text = "---\n";
      text += "number: " + std::to_string(row.number.value_or(0)) + "\n";
      text += "title: " + yaml_string(row.title) + "\n";
      text += "kind: " + row.kind + "\n";
      text += "dimension: " + std::to_string(row.dimension.value_or(0)) + "\n";
      text += "mission: " + yaml_quoted(row.mission) + "\n";
      text += "budget: " + yaml_budget(budget) + "\n";
      if (!row.note.empty()) text += "budget_note: " + yaml_string(row.note) + "\n";
      text += "---\n";
      change.bytes = text;
      result.files.push_back(std::move(change));
      continue;
    }
    change.path = project->source.file;
    const auto old = read_file(site_dir / change.path, limits::markdown);
    if (!old) {
      result.problems.push_back({change.path, "cannot read the project's file"});
      continue;
    }
    std::string text = *old;
    const auto set = [&](std::string_view key, const std::optional<std::string>& value) {
      if (auto edited = set_front_matter_field(text, key, value)) text = *edited;
      change.fields.emplace_back(key);
    };
    if (row.number && row.number != project->number) set("number", std::to_string(*row.number));
    if (!row.title.empty() && row.title != project->title.th) set("title", yaml_string(row.title));
    if (!row.kind.empty() && row.kind != kind_name(project->kind)) set("kind", row.kind);
    if (row.dimension && row.dimension != project->dimension)
      set("dimension", std::to_string(*row.dimension));
    if (!row.mission.empty() && row.mission != project->mission)
      set("mission", yaml_quoted(row.mission));
    if (!project->budget_unreadable && !same_budget(budget, project->budget))
      set("budget", yaml_budget(budget));
    if (sheet.has_note && row.note != project->budget_note.th)
      set("budget_note",
          row.note.empty() ? std::nullopt : std::optional<std::string>(yaml_string(row.note)));
    change.kind = change.fields.empty() ? FileChange::Kind::unchanged : FileChange::Kind::changed;
    change.bytes = std::move(text);
    result.files.push_back(std::move(change));
  }
  return result;
}

ImportResult import_report_sheet(const Site& site, const fs::path& site_dir,
                                 const std::string& plan_id, const std::string& report_id,
                                 const ReportSheet& sheet, const SheetTable& table) {
  ImportResult result;
  result.problems = sheet.problems;
  const Plan* plan = find_plan(site, plan_id, result);
  if (plan == nullptr) return result;
  const Report* report = nullptr;
  for (const auto& r : plan->reports)
    if (r.id == report_id) report = &r;

  FileChange change;
  nlohmann::ordered_json json;
  std::string old_text;
  if (report != nullptr) {
    change.path = report->source.file;
    const auto old = read_file(site_dir / change.path, limits::data_json);
    if (!old) {
      result.problems.push_back({change.path, "cannot read the report's file"});
      return result;
    }
    old_text = *old;
    json = nlohmann::ordered_json::parse(strip_bom(*old), nullptr, false);
    if (!json.is_object() || !json.contains("entries") || !json["entries"].is_array()) {
      result.problems.push_back(
          {change.path, "the report's file must be readable: run oitgen check"});
      return result;
    }
    change.kind = FileChange::Kind::changed;
  } else {
    static const std::regex pattern("(25[0-9][0-9])-(6|12)-month");
    std::smatch match;
    if (!std::regex_match(report_id, match, pattern)) {
      result.problems.push_back(
          {"content/plans/" + plan_id + "/reports/" + report_id + ".json",
           "there is no report " + quote(report_id) +
               " to import into; a new report is named by its year and round, e.g. 2568-6-month"});
      return result;
    }
    const int year = std::stoi(match[1]);
    const bool six = match[2] == "6";
    const int christian = year - 543;
    json["fiscal_year"] = year;
    json["round"] = six ? "6-month" : "12-month";
    json["period"] = {{"from", std::to_string(christian - 1) + "-10-01"},
                      {"to", std::to_string(christian) + (six ? "-03-31" : "-09-30")}};
    json["entries"] = nlohmann::ordered_json::array();
    change.path = "content/plans/" + plan_id + "/reports/" + report_id + ".json";
    change.kind = FileChange::Kind::created;
  }
  const int fiscal_year = json.value("fiscal_year", 0);
  auto& entries = json["entries"];

  std::map<std::string, int> seen;
  for (const auto& row : sheet.rows) {
    const Project* project = nullptr;
    if (!row.id.empty()) {
      for (const auto& p : plan->projects)
        if (p.id == row.id) project = &p;
      if (project == nullptr) {
        result.problems.push_back({cell_place(table, row.row, sheet.id_column),
                                   "the plan has no project " + quote(row.id)});
        continue;
      }
    } else if (row.number) {
      for (const auto& p : plan->projects)
        if (p.number == row.number) project = &p;
      if (project == nullptr) {
        result.problems.push_back(
            {cell_place(table, row.row, sheet.number_column),
             "the plan has no project numbered " + std::to_string(*row.number)});
        continue;
      }
    } else {
      continue;
    }
    if (auto [where, fresh] = seen.emplace(project->id, row.row); !fresh) {
      result.problems.push_back(
          {cell_place(table, row.row, sheet.id_column ? sheet.id_column : sheet.number_column),
           "project " + project->id + " is on row " + std::to_string(where->second) + " already"});
      continue;
    }
    if (row.status.empty()) continue;  // reported

    nlohmann::ordered_json* entry = nullptr;
    for (auto& e : entries)
      if (e.is_object() && e.value("project", "") == project->id) entry = &e;
    const bool added = entry == nullptr;
    if (added) {
      entries.push_back({{"project", project->id}});
      entry = &entries.back();
    }
    std::vector<std::string> fields;
    const auto set = [&](const char* key, const nlohmann::ordered_json& value) {
      if (entry->contains(key) && (*entry)[key] == value) return;
      (*entry)[key] = value;
      fields.push_back(key);
    };
    set("status", row.status);
    if (sheet.has_budget) {
      std::optional<Money> planned;
      if (const auto found = project->budget.find(fiscal_year); found != project->budget.end())
        planned = found->second;
      if (row.budget) {
        const bool has_key = entry->contains("budget");
        const bool same = has_key && json_money((*entry)["budget"]) == row.budget;
        if ((has_key && !same) || (!has_key && row.budget != planned)) {
          (*entry)["budget"] = money_json(*row.budget);
          fields.push_back("budget");
        }
      } else if (entry->contains("budget")) {
        entry->erase("budget");
        fields.push_back("budget");
      }
    }
    // An entry without "disbursed" has disbursed nothing: 0 adds nothing to it.
    if (entry->contains("disbursed") ? json_money((*entry)["disbursed"]) != row.disbursed
                                     : row.disbursed != 0 || added) {
      (*entry)["disbursed"] = money_json(row.disbursed);
      fields.push_back("disbursed");
    }
    if (sheet.has_note) {
      if (!row.note.empty()) {
        set("note", row.note);
      } else if (entry->contains("note")) {
        entry->erase("note");
        fields.push_back("note");
      }
    }
    if (added)
      change.fields.push_back(project->id + " added");
    else if (!fields.empty())
      change.fields.push_back(project->id + ": " + join(fields));
  }
  change.bytes = report_file_text(json);
  if (change.kind == FileChange::Kind::changed && change.fields.empty())
    change.kind = FileChange::Kind::unchanged;
  if (change.kind == FileChange::Kind::changed && change.bytes == old_text)
    change.kind = FileChange::Kind::unchanged;
  result.files.push_back(std::move(change));
  return result;
}

}  // namespace oitgen
