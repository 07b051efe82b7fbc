#include "load/framework_loader.h"

#include <algorithm>
#include <stdexcept>

#include "load/json_reader.h"
#include "load/reader.h"
#include "util/embedded.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

constexpr std::string_view topics_file = "topics.json";

void load_levels(const Node& scale, Reader& reader, Framework& framework) {
  if (!reader.object(scale, "\"scale\"", {{"note"}, {"levels", true}, {"confirmed"}, {"sources"}}))
    return;
  framework.scale_confirmed = reader.boolean(scale, "confirmed").value_or(false);
  framework.scale_sources = reader.string_list(scale, "sources");
  const Node* levels = scale.find("levels");
  if (!levels) return;
  if (levels->kind != Node::Kind::array || levels->items.empty()) {
    reader.error(levels->pos, "framework.levels",
                 tr("\"levels\" must be a list of levels, highest first"));
    return;
  }
  for (const auto& item : levels->items) {
    if (!reader.object(item, tr("a level"),
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
    // The same total may lead to two levels when the higher one also asks for part scores
    // (ผ่านดี at 85 with every part at 85, else ผ่าน at 85).
    if (!framework.levels.empty()) {
      const LevelRule& before = framework.levels.back();
      const bool lower = rule.min_score < before.min_score;
      const bool split_by_parts = rule.min_score == before.min_score && !before.min_parts.empty();
      if (!lower && !split_by_parts)
        reader.error(item.pos, "framework.levels",
                     trf("levels go from the highest down: min_score {1} is not below the level "
                         "before (an equal one is allowed only when the level before also sets "
                         "min_parts)",
                         {std::to_string(rule.min_score)}));
    }
    framework.levels.push_back(rule);
  }
  if (!framework.levels.empty() && framework.levels.back().min_score != 0)
    reader.error(
        levels->pos, "framework.levels",
        tr("the last level of the scale must have min_score 0, so that every score has a level"));
}

// v1 framework files named the generated pages that serve an item; each is a topic now.
const std::vector<std::pair<std::string, std::string>> serve_kinds = {
    {"plan", "anti_corruption_plan"},
    {"risk_assessment", "corruption_risk_assessment"},
    {"report_6_month", "anti_corruption_report_6_month"},
    {"report_12_month", "anti_corruption_report_annual"},
    {"ita_measures", "integrity_measures"},
    {"ita_analysis", "integrity_measures"},
    {"no_gift_notice", "no_gift_declaration"}};

void add_topic(OitItem& item, const std::string& key) {
  if (std::find(item.topics.begin(), item.topics.end(), key) == item.topics.end())
    item.topics.push_back(key);
}

std::vector<std::string> topic_keys() {
  std::vector<std::string> keys;
  for (const auto& topic : shipped_topics()) keys.push_back(topic.key);
  return keys;
}

void load_topics(const Node& node, Reader& reader, OitItem& item) {
  const Node* topics = node.find("topics");
  if (!topics) return;
  if (topics->kind != Node::Kind::array) {
    reader.error(topics->pos, "framework.topics",
                 tr("\"topics\" must be a list of topic keys from frameworks/topics.json"));
    return;
  }
  for (const auto& key : topics->items) {
    if (key.kind == Node::Kind::string && find_topic(key.text)) {
      add_topic(item, key.text);
      continue;
    }
    const auto keys = topic_keys();
    const auto near = nearest(key.text, keys);
    if (near)
      reader.error(key.pos, "framework.unknown-topic",
                   trf("topic {1} is not a topic key; did you mean {2}? (topic keys: {3})",
                       {quote(key.text), quote(*near), join(keys)}),
                   *near);
    else
      reader.error(
          key.pos, "framework.unknown-topic",
          trf("topic {1} is not a topic key (topic keys: {2})", {quote(key.text), join(keys)}));
  }
}

void load_serves(const Node& node, Reader& reader, OitItem& item) {
  const Node* serves = node.find("serves");
  if (!serves) return;
  std::vector<std::string> kinds;
  kinds.reserve(serve_kinds.size());
  for (const auto& [kind, topic] : serve_kinds) kinds.push_back(kind);
  if (serves->kind != Node::Kind::array) {
    reader.error(serves->pos, "framework.serves",
                 trf("\"serves\" must be a list of content kinds: {1}", {join(kinds)}));
    return;
  }
  for (const auto& kind : serves->items) {
    const auto known = std::find_if(serve_kinds.begin(), serve_kinds.end(),
                                    [&](const auto& entry) { return entry.first == kind.text; });
    if (kind.kind == Node::Kind::string && known != serve_kinds.end())
      add_topic(item, known->second);
    else
      reader.error(kind.pos, "framework.serves",
                   trf("serves {1} is not one of {2}; new files name \"topics\" instead",
                       {quote(kind.text), join(kinds)}));
  }
}

void load_items(const Node& items, Reader& reader, Framework& framework) {
  if (items.kind != Node::Kind::array) {
    reader.error(items.pos, "framework.items", tr("\"items\" must be a list of OIT items"));
    return;
  }
  for (const auto& node : items.items) {
    if (!reader.object(node, tr("an OIT item"),
                       {{"code", true},
                        {"title", true},
                        {"en"},
                        {"indicator", true},
                        {"sub_indicator"},
                        {"heading"},
                        {"topic"},
                        {"elements"},
                        {"topics"},
                        {"serves"},
                        {"content_year"},
                        {"confirmed"},
                        {"sources"},
                        {"note"}}))
      continue;
    OitItem item;
    if (auto code = reader.string(node, "code")) item.code = *code;
    if (auto title = reader.string(node, "title")) item.title.th = *title;
    if (auto en = reader.string(node, "en")) item.title.en = *en;
    if (auto indicator = reader.string(node, "indicator")) item.indicator = *indicator;
    if (auto sub = reader.string(node, "sub_indicator")) item.sub_indicator = *sub;
    // "topic" is the v1 name of "heading".
    if (auto heading = reader.string(node, "topic")) item.heading = *heading;
    if (auto heading = reader.string(node, "heading")) item.heading = *heading;
    item.elements = reader.string_list(node, "elements");
    load_topics(node, reader, item);
    load_serves(node, reader, item);
    item.confirmed = reader.boolean(node, "confirmed").value_or(false);
    item.sources = reader.string_list(node, "sources");
    if (auto note = reader.string(node, "note")) item.note = *note;
    if (auto year = reader.choice(node, "content_year", {"assessment", "previous"}))
      item.content_year_offset = *year == "previous" ? -1 : 0;
    const bool duplicate =
        std::any_of(framework.items.begin(), framework.items.end(),
                    [&](const OitItem& other) { return other.code == item.code; });
    if (duplicate)
      reader.error(node.pos, "framework.duplicate-item",
                   trf("item {1} is listed twice", {quote(item.code)}));
    framework.items.push_back(item);
  }
}

}  // namespace

const std::vector<OitTopic>& shipped_topics() {
  static const std::vector<OitTopic> topics = [] {
    for (const auto& file : embedded_frameworks()) {
      if (file.name != topics_file) continue;
      Diagnostics diags;
      const std::string name = "frameworks/" + std::string(file.name);
      const auto root = read_json(file.text, name, diags);
      Reader reader(name, diags);
      std::vector<OitTopic> out;
      const Node* list = root ? root->find("topics") : nullptr;
      if (list && list->kind == Node::Kind::array) {
        for (const auto& node : list->items) {
          if (!reader.object(node, tr("a topic"), {{"key", true}, {"th", true}, {"en", true}}))
            continue;
          OitTopic topic;
          topic.key = reader.string(node, "key").value_or("");
          topic.title.th = reader.string(node, "th").value_or("");
          topic.title.en = reader.string(node, "en").value_or("");
          out.push_back(topic);
        }
      }
      // Shipped data is checked by the unit tests; a mistake in it is a bug, not user input.
      if (out.empty() || diags.error_count() > 0)
        throw std::runtime_error(diags.all().empty() ? "bad " + name
                                                     : format_diagnostic(diags.all().front()));
      return out;
    }
    throw std::runtime_error("frameworks/topics.json is not compiled in");
  }();
  return topics;
}

const OitTopic* find_topic(const std::string& key) {
  for (const auto& topic : shipped_topics())
    if (topic.key == key) return &topic;
  return nullptr;
}

std::optional<Framework> parse_framework(std::string_view text, const std::string& file,
                                         Diagnostics& diags) {
  const auto root = read_json(text, file, diags);
  if (!root) return std::nullopt;
  Reader reader(file, diags);
  if (!reader.object(*root, tr("a framework"),
                     {{"id", true},
                      {"assessment_year", true},
                      {"title", true},
                      {"scale", true},
                      {"items"},
                      {"sources"},
                      {"note"}}))
    return std::nullopt;
  Framework framework;
  framework.file = file;
  if (auto id = reader.string(*root, "id")) framework.id = *id;
  if (auto year = reader.fiscal_year(*root, "assessment_year")) framework.assessment_year = *year;
  if (auto title = reader.text(*root, "title")) framework.title = *title;
  framework.sources = reader.string_list(*root, "sources");
  if (auto note = reader.string(*root, "note")) framework.note = *note;
  if (const Node* scale = root->find("scale")) load_levels(*scale, reader, framework);
  if (const Node* items = root->find("items")) load_items(*items, reader, framework);
  if (framework.levels.empty()) return std::nullopt;
  return framework;
}

const std::vector<Framework>& shipped_frameworks() {
  static const std::vector<Framework> frameworks = [] {
    std::vector<Framework> out;
    for (const auto& file : embedded_frameworks()) {
      if (file.name == topics_file) continue;
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

}  // namespace oitgen
