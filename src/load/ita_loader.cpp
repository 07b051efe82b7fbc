#include "load/loaders.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

void check_score(const Node& value, double score, std::string_view what, Reader& reader) {
  if (score < 0 || score > 100)
    reader.error(value.pos, "ita.score-range",
                 trf("{1} {2} is outside 0 to 100", {what, value.text}));
}

void load_measures(const Node& list, Reader& reader, ItaYear& ita) {
  if (list.kind != Node::Kind::array) {
    reader.error(list.pos, "ita.measures", tr("\"measures\" must be a list of measures"));
    return;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, tr("a measure"),
                       {{"number", true},
                        {"title", true},
                        {"method"},
                        {"period"},
                        {"responsible"},
                        {"result"},
                        {"outcome"},
                        {"project"}}))
      continue;
    ItaMeasure measure;
    measure.source = reader.source_of(item);
    measure.number = reader.integer(item, "number");
    if (auto title = reader.text(item, "title")) measure.title = *title;
    for (auto [key, field] : {std::pair{"period", &measure.period},
                              {"responsible", &measure.responsible},
                              {"project", &measure.project}})
      if (auto value = reader.string(item, key)) *field = *value;
    // Rendered as Markdown (render/ita_view.cpp).
    for (auto [key, field] : {std::pair{"method", &measure.method},
                              {"result", &measure.result},
                              {"outcome", &measure.outcome}})
      if (auto value = reader.markdown(item, key)) *field = *value;
    ita.measures.push_back(measure);
  }
}

}  // namespace

// Measures (and the analysis behind them) come first in the year; the score, parts and level
// are added when the NACC announces them, so none of them is required.
std::optional<ItaYear> load_ita_year(const Node& root, int year, Reader& reader) {
  if (!reader.object(root, tr("an ITA year"),
                     {{"score"},
                      {"parts"},
                      {"level"},
                      {"measures"},
                      {"analysis"},
                      {"prepared_by"},
                      {"memo"},
                      {"approvals"}}))
    return std::nullopt;
  ItaYear ita;
  ita.year = year;
  ita.source = reader.source_of(root);
  ita.score = reader.number(root, "score");
  if (ita.score) check_score(*root.find("score"), *ita.score, "score", reader);
  if (const Node* parts = root.find("parts");
      parts && reader.object(*parts, "\"parts\"", {{"IIT"}, {"EIT"}, {"OIT"}})) {
    for (const auto& member : parts->members) {
      if (member.value.kind != Node::Kind::number) {
        reader.error(member.value.pos, "ita.part-score",
                     trf("part score {1} must be a number", {member.key}));
        continue;
      }
      check_score(member.value, member.value.number, trf("part score {1}", {member.key}), reader);
      ita.parts[member.key] = member.value.number;
    }
  }
  if (auto level = reader.string(root, "level")) {
    if (level->empty())
      reader.error(root.find("level")->pos, "ita.level-empty",
                   tr("\"level\" is empty; leave it out until the NACC announces the level"));
    ita.level = *level;
  }
  if (const Node* measures = root.find("measures")) load_measures(*measures, reader, ita);
  if (auto analysis = reader.markdown(root, "analysis")) ita.analysis = *analysis;
  ita.prepared_by = load_prepared_by(root, reader);
  ita.memo = load_memo(root, reader);
  ita.approvals = load_approvals(root, reader);
  return ita;
}

}  // namespace oitgen
