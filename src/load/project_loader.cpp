#include "load/loaders.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::optional<ProjectKind> parse_kind(const std::string& kind) {
  if (kind == "project") return ProjectKind::project;
  if (kind == "activity") return ProjectKind::activity;
  if (kind == "measure") return ProjectKind::measure;
  return std::nullopt;
}

void load_budget(const Node& budget, Reader& reader, Project& project) {
  if (budget.kind != Node::Kind::object) {
    reader.error(
        budget.pos, "project.budget",
        tr("\"budget\" must map fiscal years to baht, e.g. {2566: 20000, 2567: 0, 2568: null}"));
    project.budget_unreadable = true;
    return;
  }
  for (const auto& member : budget.members) {
    auto year = reader.fiscal_year_text(member.key, member.key_pos, tr("budget year"));
    std::optional<Money> amount;
    if (member.value.kind != Node::Kind::null) {
      amount = reader.money_value(member.value, trf("budget for {1}", {member.key}));
      if (!amount) {
        project.budget_unreadable = true;
        continue;
      }
    }
    if (!year) {
      project.budget_unreadable = true;
      continue;
    }
    project.budget[*year] = amount;
    project.source.fields["budget." + std::to_string(*year)] = member.key_pos;
  }
}

}  // namespace

std::optional<Project> load_project(const MarkdownFile& file, const std::string& id,
                                    Reader& reader) {
  if (!file.has_front_matter) {
    reader.error({1, 1}, "project.no-front-matter",
                 tr("a project file starts with front matter between \"---\" lines (number, "
                    "title, kind, dimension, mission, budget ...)"));
    return std::nullopt;
  }
  const Node& front = file.front_matter;
  if (!reader.object(front, tr("the project's front matter"),
                     {{"number", true},
                      {"title", true},
                      {"kind", true},
                      {"dimension", true},
                      {"mission", true},
                      {"budget", true},
                      {"budget_note"},
                      {"responsible"},
                      {"period"},
                      {"target_group"},
                      {"oit"},
                      {"added"}}))
    return std::nullopt;
  Project project;
  project.id = id;
  project.source = reader.source_of(front);
  project.body.th = file.body;
  project.number = reader.integer(front, "number");
  if (auto title = reader.text(front, "title")) project.title = *title;
  if (auto kind = reader.choice(front, "kind", {"project", "activity", "measure"}, kind_words))
    project.kind = *parse_kind(*kind);
  project.dimension = reader.integer(front, "dimension");
  if (const Node* mission = front.find("mission")) {
    if (mission->kind == Node::Kind::string || mission->kind == Node::Kind::number)
      project.mission = mission->text;
    else
      reader.string_value(*mission, "\"mission\"");
  }
  if (const Node* budget = front.find("budget"))
    load_budget(*budget, reader, project);
  else
    project.budget_unreadable = true;  // "budget" is required: reported by reader.object
  for (auto [key, field] : {std::pair{"budget_note", &project.budget_note},
                            {"responsible", &project.responsible},
                            {"period", &project.period},
                            {"target_group", &project.target_group}})
    if (auto value = reader.text(front, key)) *field = *value;
  project.oit = reader.string_list(front, "oit", &project.source);
  project.added = reader.date(front, "added");
  // A Buddhist Era year is reported by the reader; the checks that compare the date are skipped.
  if (project.added && project.added->year > 2400) project.added.reset();
  return project;
}

Node translation_front_matter(const Node& front,
                              std::initializer_list<std::string_view> figure_fields,
                              std::initializer_list<Field> text_fields, Reader& reader) {
  const std::string& path = reader.file();
  const std::string name = path.substr(path.find_last_of('/') + 1);
  const std::string thai = name.substr(0, name.size() - std::string_view(".en.md").size()) + ".md";
  std::vector<std::string> allowed;
  for (const auto& field : text_fields) allowed.emplace_back(field.name);
  Node text_only = front;
  std::erase_if(text_only.members, [&](const Member& member) {
    for (const auto figure : figure_fields) {
      if (member.key != figure) continue;
      reader.error(member.key_pos, "translation.figure",
                   trf("{1} is not allowed in a translation: figures belong in the Thai file {2} "
                       "(a translation's front matter may hold: {3})",
                       {quote(member.key), thai, join(allowed)}));
      return true;
    }
    return false;
  });
  reader.object(text_only, tr("a translation's front matter"), text_fields);
  return text_only;
}

void load_project_translation(const MarkdownFile& file, Project& project, Reader& reader) {
  project.body.en = file.body;
  if (!file.has_front_matter) return;
  const Node front = translation_front_matter(
      file.front_matter, {"number", "kind", "dimension", "mission", "budget", "oit", "added"},
      {{"title"}, {"budget_note"}, {"responsible"}, {"period"}, {"target_group"}}, reader);
  for (auto [key, field] : {std::pair{"title", &project.title},
                            {"budget_note", &project.budget_note},
                            {"responsible", &project.responsible},
                            {"period", &project.period},
                            {"target_group", &project.target_group}})
    if (auto value = reader.string(front, key)) field->en = *value;
}

}  // namespace oitgen
