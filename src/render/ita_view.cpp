// An ITA year: score, level (as announced, or that it is not yet) and target, the score
// history, and the integrity measures.

#include "markdown/markdown.h"
#include "render/charts.h"
#include "render/views.h"

namespace oitgen {

namespace {

using json = nlohmann::json;

// The level slot: the result as compute() decided it, with where it comes from, or that the
// NACC has not announced it yet. An estimate on an unconfirmed scale never appears here.
void level_values(const RenderContext& ctx, const ItaFigures& figures, json& v) {
  switch (figures.level_source) {
    case ItaLevelSource::announced:
      v["level"] = figures.level;
      v["level_note"] = ctx.ui("ita.level_announced");
      break;
    case ItaLevelSource::computed:
      v["level"] = figures.level;
      v["level_note"] = ctx.ui("ita.level_computed") + " " + ctx.format.digits(figures.level_rule);
      break;
    case ItaLevelSource::none:
      v["not_announced"] =
          figures.score ? ctx.ui("ita.level_not_announced") : ctx.ui("ita.not_announced");
      break;
  }
}

std::string history_chart(const RenderContext& ctx, json& rows) {
  std::vector<ScorePoint> points;
  for (const auto& ita : ctx.figures.ita) {
    ScorePoint point;
    point.label = ctx.format.year(ita.year);
    if (ita.score) {
      point.score = *ita.score;
      point.score_text = ctx.format.score(*ita.score);
    }
    if (ita.target) {
      point.target = *ita.target;
      point.target_text = ctx.format.score(*ita.target);
    }
    rows.push_back(
        {{"year", ctx.format.fiscal_year(ita.year)},
         {"score", ita.score ? point.score_text : "–"},
         {"level",
          ita.level_source == ItaLevelSource::none ? ctx.ui("ita.not_announced_short") : ita.level},
         {"target", ita.target ? point.target_text : "–"},
         {"href", ita_path(ita.year)}});
    points.push_back(point);
  }
  return score_history_chart("ita-history", ctx.ui("ita.history_title"),
                             ctx.ui("ita.history_description"), points, ctx.ui("ita.score"),
                             ctx.ui("ita.target"));
}

}  // namespace

Page ita_page(const RenderContext& ctx, const ItaFigures& figures) {
  const ItaYear& ita = *figures.ita;
  Page page;
  page.path = ita_path(ita.year);
  page.template_name = "ita";
  page.title = ctx.ui("ita.title") + " " + ctx.format.fiscal_year(ita.year);
  page.section = "ita";
  page.values["document"] = document_link_value(ctx, page.path);
  json& v = page.values;
  v["title"] = page.title;
  if (figures.score) v["score"] = ctx.format.score(*figures.score);
  json parts = json::array();
  for (const std::string name : {"IIT", "EIT", "OIT"}) {  // the NACC's order
    const auto found = ita.parts.find(name);
    if (found == ita.parts.end()) continue;
    const double score = found->second;
    parts.push_back({{"name", name},
                     {"label", ctx.ui("ita.part_" + name)},
                     {"score", ctx.format.score(score)}});
  }
  v["parts"] = parts;
  v["has_parts"] = !parts.empty();
  level_values(ctx, figures, v);
  if (figures.target) {
    v["target"] = ctx.format.score(*figures.target);
    // Met or not only once the score is announced.
    if (figures.target_met) {
      v["target_met"] = *figures.target_met;
      v["target_result"] =
          *figures.target_met ? ctx.ui("ita.target_met") : ctx.ui("ita.target_missed");
    }
  }
  json rows = json::array();
  v["chart"] = history_chart(ctx, rows);
  v["history"] = rows;

  json measures = json::array();
  for (const auto& joined : figures.measures) {
    const ItaMeasure& measure = *joined.measure;
    json m = {{"number", measure.number ? ctx.format.integer(*measure.number) : ""},
              {"title", ctx.text(measure.title)}};
    // A measure is written before it is carried out: what is not there yet gets no heading.
    // (A Mustache section shows for any string, empty ones included.)
    for (auto [key, value] :
         {std::pair{"period", &measure.period}, {"responsible", &measure.responsible}})
      if (!value->empty()) m[key] = *value;
    for (auto [key, value] : {std::pair{"method", &measure.method},
                              {"result", &measure.result},
                              {"outcome", &measure.outcome}})
      if (!value->empty()) m[key] = ctx.html(*value);
    if (const Project* project = joined.project)
      m["project"] = {
          {"title", ctx.text(project->title)},
          {"href", ctx.path(project_path(*joined.plan, *project), has_english(*project))}};
    measures.push_back(m);
  }
  v["measures"] = measures;
  v["has_measures"] = !measures.empty();
  if (!ita.analysis.empty()) v["analysis"] = ctx.html(ita.analysis);
  v["downloads"] = {{"json", "data/ita/" + std::to_string(ita.year) + ".json"},
                    {"csv", "data/ita/" + std::to_string(ita.year) + ".csv"},
                    {"results_csv", "data/ita/results.csv"}};
  page.description = page.title;
  return page;
}

}  // namespace oitgen
