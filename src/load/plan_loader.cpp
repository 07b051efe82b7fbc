#include <cctype>

#include "load/loaders.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

void load_dimensions(const Node& list, Reader& reader, Plan& plan) {
  if (list.kind != Node::Kind::array) {
    reader.error(list.pos, "plan.dimensions", tr("\"dimensions\" must be a list of dimensions"));
    return;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, tr("a dimension"),
                       {{"number", true}, {"title", true}, {"missions", true}}))
      continue;
    Dimension dimension;
    dimension.source = reader.source_of(item);
    if (auto number = reader.integer(item, "number")) dimension.number = *number;
    if (auto title = reader.text(item, "title")) dimension.title = *title;
    const Node* missions = item.find("missions");
    if (missions && missions->kind != Node::Kind::array) {
      reader.error(missions->pos, "plan.missions", tr("\"missions\" must be a list of missions"));
    } else if (missions) {
      for (const auto& m : missions->items) {
        if (!reader.object(m, tr("a mission"), {{"number", true}, {"title", true}})) continue;
        Mission mission;
        mission.source = reader.source_of(m);
        // Mission numbers look like decimals ("1.1") but are labels: "1.10" is not "1.1".
        if (const Node* n = m.find("number");
            n && (n->kind == Node::Kind::string || n->kind == Node::Kind::number))
          mission.number = n->text;
        else if (n)
          reader.string_value(*n, "\"number\"");
        if (auto title = reader.text(m, "title")) mission.title = *title;
        dimension.missions.push_back(mission);
      }
    }
    plan.dimensions.push_back(dimension);
  }
}

void load_targets(const Node& list, Reader& reader, Plan& plan) {
  if (list.kind != Node::Kind::array) {
    reader.error(list.pos, "plan.targets", tr("\"targets\" must be a list of targets"));
    return;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, tr("a target"),
                       {{"title", true}, {"unit"}, {"kind"}, {"values", true}}))
      continue;
    Target target;
    target.source = reader.source_of(item);
    if (auto title = reader.text(item, "title")) target.title = *title;
    if (auto unit = reader.string(item, "unit")) target.unit = *unit;
    if (auto kind = reader.choice(item, "kind", {"ita_score"})) target.kind = *kind;
    if (const Node* values = item.find("values"); values && reader.map(*values, "\"values\"")) {
      for (const auto& member : values->members) {
        auto year = reader.fiscal_year_text(member.key, member.key_pos, tr("target year"));
        if (member.value.kind != Node::Kind::number) {
          reader.error(member.value.pos, "plan.target-value",
                       trf("target value for {1} must be a number", {member.key}));
          continue;
        }
        if (year) {
          target.values[*year] = member.value.number;
          target.source.fields["values." + member.key] = member.key_pos;
        }
      }
    }
    plan.targets.push_back(target);
  }
}

// The printed totals of one year column: `prefix` names their fields in the plan's Source
// ("declared_totals", "declared_totals.dimensions.1").
void load_declared_budget(const Node& map, const std::string& prefix, Reader& reader, Plan& plan,
                          std::map<int, Money>& into) {
  for (const auto& member : map.members) {
    auto year = reader.fiscal_year_text(member.key, member.key_pos, tr("declared_totals year"));
    auto amount = reader.money_value(member.value, trf("declared total for {1}", {member.key}));
    if (year && amount) {
      into[*year] = *amount;
      plan.source.fields[prefix + "." + std::to_string(*year)] = member.value.pos;
      plan.source.fields[prefix + "_key." + std::to_string(*year)] = member.key_pos;
    }
  }
}

void load_count(const Node& object, std::string_view key, const std::string& prefix, Reader& reader,
                Plan& plan, std::optional<int>& into) {
  const Node* value = object.find(key);
  if (!value) return;
  auto count = reader.integer_value(*value, "\"" + std::string(key) + "\"");
  if (!count) return;
  if (*count < 0) {
    reader.error(value->pos, "plan.negative-count",
                 trf("\"{1}\" must not be negative ({2}); it counts the projects the plan prints",
                     {key, value->text}));
    return;
  }
  into = *count;
  plan.source.fields[prefix + "." + std::string(key)] = value->pos;
}

// The figures the plan prints beside its table and in its preface, read in either form:
// version 1's {"<year>": baht} (the plan's year totals), or an object that may also give
// dimension subtotals and project counts.
void load_declared_totals(const Node& declared, Reader& reader, Plan& plan) {
  if (!reader.map(declared, "\"declared_totals\"")) return;
  const std::string prefix = "declared_totals";
  bool object_form = false;
  for (const auto& member : declared.members)
    object_form = object_form || (!member.key.empty() &&
                                  std::isalpha(static_cast<unsigned char>(member.key.front())));
  DeclaredTotals& totals = plan.declared_totals;
  if (!object_form) {
    load_declared_budget(declared, prefix, reader, plan, totals.plan.budget);
    return;
  }
  if (!reader.object(declared, "\"declared_totals\"",
                     {{"budget"}, {"projects"}, {"preface_projects"}, {"dimensions"}}))
    return;
  if (const Node* budget = declared.find("budget");
      budget && reader.map(*budget, "\"declared_totals\" \"budget\""))
    load_declared_budget(*budget, prefix, reader, plan, totals.plan.budget);
  load_count(declared, "projects", prefix, reader, plan, totals.plan.projects);
  load_count(declared, "preface_projects", prefix, reader, plan, totals.plan.preface_projects);
  const Node* dimensions = declared.find("dimensions");
  if (!dimensions) return;
  if (dimensions->kind != Node::Kind::array) {
    reader.error(dimensions->pos, "plan.declared-totals",
                 tr("\"dimensions\" of \"declared_totals\" must be a list of {\"number\", "
                    "\"budget\", \"projects\", \"preface_projects\"}"));
    return;
  }
  for (const auto& item : dimensions->items) {
    if (!reader.object(item, tr("a declared dimension"),
                       {{"number", true}, {"budget"}, {"projects"}, {"preface_projects"}}))
      continue;
    const auto number = reader.integer(item, "number");
    if (!number) continue;
    const std::string at = prefix + ".dimensions." + std::to_string(*number);
    if (totals.dimensions.count(*number)) {
      reader.error(
          item.find("number")->pos, "plan.declared-totals",
          trf("dimension {1} is declared twice in \"declared_totals\"", {std::to_string(*number)}));
      continue;
    }
    DeclaredGroup& group = totals.dimensions[*number];
    plan.source.fields[at] = item.find("number")->pos;
    if (const Node* budget = item.find("budget");
        budget && reader.map(*budget, tr("\"budget\" of a declared dimension")))
      load_declared_budget(*budget, at, reader, plan, group.budget);
    load_count(item, "projects", at, reader, plan, group.projects);
    load_count(item, "preface_projects", at, reader, plan, group.preface_projects);
  }
}

}  // namespace

std::optional<Plan> load_plan(const Node& root, const std::string& id, Reader& reader) {
  if (!reader.object(root, "plan.json",
                     {{"title", true},
                      {"years", true},
                      {"announced"},
                      {"dimensions", true},
                      {"targets"},
                      {"risks"},
                      {"declared_totals"}}))
    return std::nullopt;
  Plan plan;
  plan.id = id;
  plan.source = reader.source_of(root);
  if (auto title = reader.text(root, "title")) plan.title = *title;

  if (const Node* years = root.find("years")) {
    if (years->kind != Node::Kind::array || years->items.empty()) {
      reader.error(years->pos, "plan.years",
                   tr("\"years\" must be a list of fiscal years, e.g. [2566, 2567, 2568, 2569, "
                      "2570]"));
    } else {
      for (const auto& item : years->items) {
        if (item.kind != Node::Kind::number) {
          reader.error(item.pos, "plan.years",
                       trf("each plan year must be a fiscal year such as 2567, not {1}",
                           {describe(item.kind)}));
          continue;
        }
        auto year = reader.fiscal_year_text(item.text, item.pos, tr("plan year"));
        if (!year) continue;
        if (!plan.years.empty() && *year != plan.years.back() + 1)
          reader.error(item.pos, "plan.years",
                       trf("plan years must follow each other one by one; {1} comes after {2}",
                           {std::to_string(*year), std::to_string(plan.years.back())}));
        else
          plan.years.push_back(*year);
      }
    }
  }

  if (const Node* announced = root.find("announced");
      announced &&
      reader.object(*announced, "\"announced\"", {{"date", true}, {"by"}, {"position"}})) {
    plan.announced.date = reader.date(*announced, "date");
    if (auto by = reader.string(*announced, "by")) plan.announced.by = *by;
    if (auto position = reader.string(*announced, "position")) plan.announced.position = *position;
  }
  if (const Node* dimensions = root.find("dimensions")) load_dimensions(*dimensions, reader, plan);
  if (const Node* targets = root.find("targets")) load_targets(*targets, reader, plan);
  if (const Node* risks = root.find("risks")) plan.risks = load_risks(*risks, reader);

  if (const Node* declared = root.find("declared_totals"))
    load_declared_totals(*declared, reader, plan);
  return plan;
}

}  // namespace oitgen
