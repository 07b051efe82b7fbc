#include "frameworks/framework.h"

#include <algorithm>
#include <stdexcept>

#include "load/json_reader.h"
#include "load/reader.h"
#include "util/embedded.h"
#include "util/text.h"

namespace oitgen {

namespace {

void load_levels(const Node& scale, Reader& reader, Framework& framework) {
  if (!reader.object(scale, "\"scale\"", {{"note"}, {"levels", true}})) return;
  const Node* levels = scale.find("levels");
  if (!levels) return;
  if (levels->kind != Node::Kind::array || levels->items.empty()) {
    reader.error(levels->pos, "\"levels\" must be a list of levels, highest first");
    return;
  }
  for (const auto& item : levels->items) {
    if (!reader.object(item, "a level",
                       {{"level", true}, {"en"}, {"min_score", true}, {"min_parts"}}))
      continue;
    LevelRule rule;
    if (auto level = reader.string(item, "level")) rule.level = *level;
    if (auto en = reader.string(item, "en")) rule.en = *en;
    if (auto min = reader.number(item, "min_score")) rule.min_score = *min;
    if (const Node* parts = item.find("min_parts");
        parts && reader.object(*parts, "\"min_parts\"", {{"IIT"}, {"EIT"}, {"OIT"}}))
      for (const auto& member : parts->members)
        if (member.value.kind == Node::Kind::number)
          rule.min_parts[member.key] = member.value.number;
    if (!framework.levels.empty() && rule.min_score >= framework.levels.back().min_score)
      reader.error(item.pos, "levels go from the highest down: min_score " +
                                 std::to_string(rule.min_score) + " is not below the level before");
    framework.levels.push_back(rule);
  }
  if (!framework.levels.empty() && framework.levels.back().min_score != 0)
    reader.error(
        levels->pos,
        "the last level of the scale must have min_score 0, so that every score has a level");
}

const std::vector<std::string> serve_kinds = {
    "plan",         "risk_assessment", "report_6_month", "report_12_month",
    "ita_measures", "ita_analysis",    "no_gift_notice"};

void load_items(const Node& items, Reader& reader, Framework& framework) {
  if (items.kind != Node::Kind::array) {
    reader.error(items.pos, "\"items\" must be a list of OIT items");
    return;
  }
  for (const auto& node : items.items) {
    if (!reader.object(node, "an OIT item",
                       {{"code", true},
                        {"title", true},
                        {"en"},
                        {"indicator", true},
                        {"sub_indicator"},
                        {"topic"},
                        {"elements"},
                        {"serves"},
                        {"content_year"}}))
      continue;
    OitItem item;
    if (auto code = reader.string(node, "code")) item.code = *code;
    if (auto title = reader.string(node, "title")) item.title.th = *title;
    if (auto en = reader.string(node, "en")) item.title.en = *en;
    if (auto indicator = reader.string(node, "indicator")) item.indicator = *indicator;
    if (auto sub = reader.string(node, "sub_indicator")) item.sub_indicator = *sub;
    if (auto topic = reader.string(node, "topic")) item.topic = *topic;
    item.elements = reader.string_list(node, "elements");
    if (const Node* serves = node.find("serves"); serves && serves->kind == Node::Kind::array) {
      for (const auto& kind : serves->items) {
        if (kind.kind == Node::Kind::string &&
            std::find(serve_kinds.begin(), serve_kinds.end(), kind.text) != serve_kinds.end())
          item.serves.push_back(kind.text);
        else
          reader.error(kind.pos,
                       "serves " + quote(kind.text) + " is not one of " + join(serve_kinds));
      }
    } else if (serves) {
      reader.error(serves->pos, "\"serves\" must be a list of content kinds: " + join(serve_kinds));
    }
    if (auto year = reader.choice(node, "content_year", {"assessment", "previous"}))
      item.content_year_offset = *year == "previous" ? -1 : 0;
    const bool duplicate =
        std::any_of(framework.items.begin(), framework.items.end(),
                    [&](const OitItem& other) { return other.code == item.code; });
    if (duplicate) reader.error(node.pos, "item " + quote(item.code) + " is listed twice");
    framework.items.push_back(item);
  }
}

}  // namespace

std::optional<Framework> parse_framework(std::string_view text, const std::string& file,
                                         Diagnostics& diags) {
  const auto root = read_json(text, file, diags);
  if (!root) return std::nullopt;
  Reader reader(file, diags);
  if (!reader.object(
          *root, "a framework",
          {{"id", true}, {"assessment_year", true}, {"title", true}, {"scale", true}, {"items"}}))
    return std::nullopt;
  Framework framework;
  framework.file = file;
  if (auto id = reader.string(*root, "id")) framework.id = *id;
  if (auto year = reader.fiscal_year(*root, "assessment_year")) framework.assessment_year = *year;
  if (auto title = reader.text(*root, "title")) framework.title = *title;
  if (const Node* scale = root->find("scale")) load_levels(*scale, reader, framework);
  if (const Node* items = root->find("items")) load_items(*items, reader, framework);
  if (framework.levels.empty()) return std::nullopt;
  return framework;
}

const std::vector<Framework>& shipped_frameworks() {
  static const std::vector<Framework> frameworks = [] {
    std::vector<Framework> out;
    for (const auto& file : embedded_frameworks()) {
      Diagnostics diags;
      auto framework = parse_framework(file.text, "frameworks/" + std::string(file.name), diags);
      // Shipped data is checked by the unit tests; a mistake in it is a bug, not user input.
      if (!framework || diags.error_count() > 0)
        throw std::runtime_error(diags.all().empty() ? "bad framework " + std::string(file.name)
                                                     : format_diagnostic(diags.all().front()));
      out.push_back(std::move(*framework));
    }
    std::sort(out.begin(), out.end(), [](const Framework& a, const Framework& b) {
      return a.assessment_year < b.assessment_year;
    });
    return out;
  }();
  return frameworks;
}

std::vector<Framework> frameworks_for(const Site& site) {
  std::vector<Framework> out = shipped_frameworks();
  for (const auto& own : site.frameworks) {
    auto same =
        std::find_if(out.begin(), out.end(), [&](const Framework& f) { return f.id == own.id; });
    if (same == out.end())
      out.push_back(own);
    else
      *same = own;
  }
  std::stable_sort(out.begin(), out.end(), [](const Framework& a, const Framework& b) {
    return a.assessment_year < b.assessment_year;
  });
  return out;
}

const Framework* find_framework(const std::vector<Framework>& frameworks, const std::string& id) {
  for (const auto& framework : frameworks)
    if (framework.id == id) return &framework;
  return nullptr;
}

const Framework* framework_for_year(const std::vector<Framework>& frameworks, int year) {
  const Framework* chosen = frameworks.empty() ? nullptr : &frameworks.front();
  for (const auto& framework : frameworks)
    if (framework.assessment_year <= year) chosen = &framework;
  return chosen;
}

std::string level_for(const Framework& framework, double score,
                      const std::map<std::string, double>& parts) {
  for (const auto& rule : framework.levels) {
    if (score < rule.min_score) continue;
    const bool parts_ok =
        std::all_of(rule.min_parts.begin(), rule.min_parts.end(), [&](const auto& minimum) {
          const auto part = parts.find(minimum.first);
          return part == parts.end() || part->second >= minimum.second;
        });
    if (parts_ok) return rule.level;
  }
  return framework.levels.back().level;
}

}  // namespace oitgen
