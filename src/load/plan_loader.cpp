#include "load/loaders.h"
#include "util/text.h"

namespace oitgen {

namespace {

void load_dimensions(const Node& list, Reader& reader, Plan& plan) {
  if (list.kind != Node::Kind::array) {
    reader.error(list.pos, "\"dimensions\" must be a list of dimensions");
    return;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, "a dimension",
                       {{"number", true}, {"title", true}, {"missions", true}}))
      continue;
    Dimension dimension;
    dimension.source = reader.source_of(item);
    if (auto number = reader.integer(item, "number")) dimension.number = *number;
    if (auto title = reader.text(item, "title")) dimension.title = *title;
    const Node* missions = item.find("missions");
    if (missions && missions->kind != Node::Kind::array) {
      reader.error(missions->pos, "\"missions\" must be a list of missions");
    } else if (missions) {
      for (const auto& m : missions->items) {
        if (!reader.object(m, "a mission", {{"number", true}, {"title", true}})) continue;
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
    reader.error(list.pos, "\"targets\" must be a list of targets");
    return;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, "a target", {{"title", true}, {"unit"}, {"kind"}, {"values", true}}))
      continue;
    Target target;
    target.source = reader.source_of(item);
    if (auto title = reader.text(item, "title")) target.title = *title;
    if (auto unit = reader.string(item, "unit")) target.unit = *unit;
    if (auto kind = reader.choice(item, "kind", {"ita_score"})) target.kind = *kind;
    if (const Node* values = item.find("values"); values && reader.map(*values, "\"values\"")) {
      for (const auto& member : values->members) {
        auto year = reader.fiscal_year_text(member.key, member.key_pos, "target year");
        if (member.value.kind != Node::Kind::number) {
          reader.error(member.value.pos, "target value for " + member.key + " must be a number");
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
      reader.error(years->pos,
                   "\"years\" must be a list of fiscal years, e.g. [2566, 2567, 2568, 2569, 2570]");
    } else {
      for (const auto& item : years->items) {
        if (item.kind != Node::Kind::number) {
          reader.error(item.pos, "each plan year must be a fiscal year such as 2567, not " +
                                     std::string(describe(item.kind)));
          continue;
        }
        auto year = reader.fiscal_year_text(item.text, item.pos, "plan year");
        if (!year) continue;
        if (!plan.years.empty() && *year != plan.years.back() + 1)
          reader.error(item.pos, "plan years must follow each other one by one; " +
                                     std::to_string(*year) + " comes after " +
                                     std::to_string(plan.years.back()));
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

  if (const Node* declared = root.find("declared_totals");
      declared && reader.map(*declared, "\"declared_totals\"")) {
    for (const auto& member : declared->members) {
      auto year = reader.fiscal_year_text(member.key, member.key_pos, "declared_totals year");
      auto amount = reader.money_value(member.value, "declared total for " + member.key);
      if (year && amount) {
        plan.declared_totals[*year] = *amount;
        plan.source.fields["declared_totals." + std::to_string(*year)] = member.value.pos;
        plan.source.fields["declared_totals_key." + std::to_string(*year)] = member.key_pos;
      }
    }
  }
  return plan;
}

}  // namespace oitgen
