// Corruption risks: the plan's table and each year's own assessment share one shape, read here.

#include "load/loaders.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

// A 1-to-5 rating, as the risk assessments rate likelihood and impact.
std::optional<int> rating(const Node& item, std::string_view key, Reader& reader) {
  const auto value = reader.integer(item, key);
  if (value && (*value < 1 || *value > 5)) {
    reader.error(item.find(key)->pos, "risk.rating",
                 trf("\"{1}\" is rated from 1 to 5, not {2}", {key, std::to_string(*value)}));
    return std::nullopt;
  }
  return value;
}

void load_actions(const Node& list, Reader& reader, RiskAssessment& assessment) {
  if (list.kind != Node::Kind::array) {
    reader.error(list.pos, "risk.actions", tr("\"actions\" must be a list of actions"));
    return;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, tr("an action"),
                       {{"title", true}, {"project"}, {"period"}, {"responsible"}, {"result"}}))
      continue;
    RiskAction action;
    action.source = reader.source_of(item);
    if (auto title = reader.text(item, "title")) action.title = *title;
    if (auto project = reader.string(item, "project")) action.project = *project;
    if (auto period = reader.string(item, "period")) action.period = *period;
    if (auto responsible = reader.string(item, "responsible")) action.responsible = *responsible;
    if (auto result = reader.markdown(item, "result")) action.result = *result;
    assessment.actions.push_back(action);
  }
}

}  // namespace

std::vector<Risk> load_risks(const Node& list, Reader& reader) {
  std::vector<Risk> risks;
  if (list.kind != Node::Kind::array) {
    reader.error(list.pos, "risk.risks", tr("\"risks\" must be a list of risks"));
    return risks;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, tr("a risk"),
                       {{"process", true},
                        {"issues"},
                        {"level"},
                        {"controls"},
                        {"likelihood"},
                        {"impact"},
                        {"responsible"}}))
      continue;
    Risk risk;
    risk.source = reader.source_of(item);
    if (auto process = reader.text(item, "process")) risk.process = *process;
    risk.issues = reader.text_list(item, "issues");
    if (auto level = reader.string(item, "level")) risk.level = *level;
    risk.controls = reader.string_list(item, "controls");
    if (const Node* controls = item.find("controls");
        controls && controls->kind == Node::Kind::array)
      for (std::size_t i = 0; i < controls->items.size(); ++i)
        risk.source.fields["controls." + std::to_string(i)] = controls->items[i].pos;
    risk.likelihood = rating(item, "likelihood", reader);
    risk.impact = rating(item, "impact", reader);
    if (auto responsible = reader.string(item, "responsible")) risk.responsible = *responsible;
    risks.push_back(risk);
  }
  return risks;
}

std::optional<RiskAssessment> load_risk_assessment(const Node& root, int fiscal_year,
                                                   Reader& reader) {
  if (!reader.object(root, tr("a risk assessment"),
                     {{"title"}, {"assessed"}, {"method"}, {"risks", true}, {"management"}}))
    return std::nullopt;
  RiskAssessment assessment;
  assessment.fiscal_year = fiscal_year;
  assessment.source = reader.source_of(root);
  if (auto title = reader.text(root, "title")) assessment.title = *title;
  if (const Node* assessed = root.find("assessed");
      assessed &&
      reader.object(*assessed, "\"assessed\"", {{"date", true}, {"by"}, {"position"}})) {
    assessment.assessed.date = reader.date(*assessed, "date");
    if (const Node* date = assessed->find("date"))
      assessment.source.fields["assessed.date"] = date->pos;
    if (auto by = reader.string(*assessed, "by")) assessment.assessed.by = *by;
    if (auto position = reader.string(*assessed, "position"))
      assessment.assessed.position = *position;
  }
  if (auto method = reader.markdown(root, "method")) assessment.method = *method;
  if (const Node* risks = root.find("risks")) assessment.risks = load_risks(*risks, reader);
  if (const Node* management = root.find("management");
      management &&
      reader.object(*management, "\"management\"", {{"as_of"}, {"summary"}, {"actions"}})) {
    assessment.management_as_of = reader.date(*management, "as_of");
    if (const Node* as_of = management->find("as_of"))
      assessment.source.fields["management.as_of"] = as_of->pos;
    if (auto summary = reader.markdown(*management, "summary"))
      assessment.management_summary = *summary;
    if (const Node* actions = management->find("actions"))
      load_actions(*actions, reader, assessment);
  }
  return assessment;
}

}  // namespace oitgen
