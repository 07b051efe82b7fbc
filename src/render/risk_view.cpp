// A year's corruption risk assessment, and the risk table it shares with the plan page.

#include "render/views.h"

namespace oitgen {

namespace {

using json = nlohmann::json;

// Absent values are null, never "": Mustache shows a section for any string, even an empty one.
json optional_text(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

}  // namespace

nlohmann::json risk_rows(const RenderContext& ctx, const Plan& plan,
                         const std::vector<RiskFigures>& risks) {
  json rows = json::array();
  for (const auto& figures : risks) {
    const Risk& risk = *figures.risk;
    json issues = json::array();
    for (const auto& issue : risk.issues) issues.push_back(ctx.text(issue));
    json controls = json::array();
    for (const auto& [control, project] : figures.controls) {
      if (!project)
        controls.push_back({{"text", *control}, {"href", nullptr}});
      else
        controls.push_back(
            {{"text", ctx.text(project->title)},
             {"href", ctx.path(project_path(plan, *project), has_english(*project))}});
    }
    const auto rating = [&ctx](const std::optional<int>& value) {
      return value ? json(ctx.format.integer(*value)) : json("–");
    };
    rows.push_back({{"process", ctx.text(risk.process)},
                    {"issues", issues},
                    {"level", optional_text(risk.level)},
                    {"likelihood", rating(risk.likelihood)},
                    {"impact", rating(risk.impact)},
                    {"responsible", optional_text(risk.responsible)},
                    {"controls", controls}});
  }
  return rows;
}

std::string risk_assessment_title(const RenderContext& ctx, const RiskAssessment& assessment) {
  if (!ctx.text(assessment.title).empty()) return ctx.text(assessment.title);
  return ctx.ui("risk.title") + " " + ctx.format.fiscal_year(assessment.fiscal_year);
}

Page risk_assessment_page(const RenderContext& ctx, const Plan& plan,
                          const RiskAssessmentFigures& figures) {
  const RiskAssessment& assessment = *figures.assessment;
  Page page;
  page.path = risk_assessment_path(plan, assessment);
  page.template_name = "risk-assessment";
  page.title = risk_assessment_title(ctx, assessment);
  page.section = "plan";
  page.has_english = has_english(plan);
  json& v = page.values;
  v["title"] = page.title;
  v["year"] = ctx.format.fiscal_year(assessment.fiscal_year);
  v["plan"] = {{"title", ctx.text(plan.title)},
               {"href", ctx.path(plan_path(plan), has_english(plan))}};
  const Announcement& assessed = assessment.assessed;
  if (assessed.date || !assessed.by.empty())
    v["assessed"] = {{"date", date_value(ctx, assessed.date)},
                     {"by", optional_text(assessed.by)},
                     {"position", optional_text(assessed.position)}};
  else
    v["assessed"] = nullptr;
  v["method"] = assessment.method.empty() ? json(nullptr) : json(ctx.html(assessment.method));
  v["risks"] = risk_rows(ctx, plan, figures.risks);
  bool rated = false, responsible = false;
  for (const auto& risk : assessment.risks) {
    rated = rated || risk.likelihood || risk.impact;
    responsible = responsible || !risk.responsible.empty();
  }
  v["rated"] = rated;
  v["has_responsible"] = responsible;
  v["has_risks"] = !assessment.risks.empty();

  if (assessment.has_management()) {
    json actions = json::array();
    for (const auto& joined : figures.actions) {
      const RiskAction& action = *joined.action;
      json a = {{"title", ctx.text(action.title)},
                {"period", optional_text(action.period)},
                {"responsible", optional_text(action.responsible)},
                {"result", action.result.empty() ? json(nullptr) : json(ctx.html(action.result))},
                {"project", nullptr}};
      if (const Project* project = joined.project)
        a["project"] = {{"title", ctx.text(project->title)},
                        {"href", ctx.path(project_path(plan, *project), has_english(*project))}};
      actions.push_back(a);
    }
    v["management"] = {{"as_of", date_value(ctx, assessment.management_as_of)},
                       {"summary", assessment.management_summary.empty()
                                       ? json(nullptr)
                                       : json(ctx.html(assessment.management_summary))},
                       {"actions", actions}};
  } else {
    v["management"] = nullptr;
  }
  page.description = page.title + " · " + ctx.text(plan.title);
  return page;
}

}  // namespace oitgen
