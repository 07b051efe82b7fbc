// The plan, its projects and its progress reports.

#include <algorithm>
#include <map>
#include <string_view>

#include "markdown/markdown.h"
#include "render/charts.h"
#include "render/views.h"

namespace oitgen {

namespace {

using json = nlohmann::json;

// A budget cell: "not planned" (absent or null) is not the same as "planned, no money" (0).
json budget_cell(const RenderContext& ctx, const std::optional<Money>& amount) {
  if (!amount) return {{"text", "–"}, {"planned", false}, {"label", ctx.ui("budget.not_planned")}};
  return {{"text", ctx.format.baht(*amount)}, {"planned", true}, {"label", ""}};
}

// One cell per plan year from a year -> amount map (a project's budget or a group's totals).
template <typename Amounts>
json year_cells(const RenderContext& ctx, const Plan& plan, const Amounts& by_year) {
  json cells = json::array();
  for (int year : plan.years) {
    const auto amount = by_year.find(year);
    cells.push_back(
        budget_cell(ctx, amount == by_year.end() ? std::optional<Money>{} : amount->second));
  }
  return cells;
}

json totals_row(const RenderContext& ctx, const Plan& plan, const BudgetTotals& totals) {
  return {{"cells", year_cells(ctx, plan, totals.by_year)},
          {"total", ctx.format.baht(totals.all_years)},
          {"count", ctx.format.integer(totals.projects)}};
}

json plan_link(const RenderContext& ctx, const Plan& plan) {
  return {{"title", ctx.text(plan.title)}, {"href", ctx.path(plan_path(plan), has_english(plan))}};
}

std::string kind_label(const RenderContext& ctx, ProjectKind kind) {
  return ctx.ui(std::string("kind.") + kind_name(kind));
}

const Dimension* find_dimension(const Plan& plan, const std::optional<int>& number) {
  for (const auto& dimension : plan.dimensions)
    if (number && dimension.number == *number) return &dimension;
  return nullptr;
}

std::string dimension_label(const RenderContext& ctx, int number) {
  return ctx.ui("plan.dimension") + " " + ctx.format.integer(number);
}

json downloads(const std::string& data_path) {
  return {{"json", "data/" + data_path + ".json"}, {"csv", "data/" + data_path + ".csv"}};
}

std::string budget_chart(const RenderContext& ctx, const Plan& plan, const PlanFigures& figures) {
  std::vector<std::string> categories;
  for (int year : plan.years) categories.push_back(ctx.format.year(year));
  std::vector<ChartSeries> series;
  for (const auto& dimension : figures.dimensions) {
    ChartSeries s;
    s.label = dimension_label(ctx, dimension.number);
    s.css_class = "series-" + std::to_string(dimension.number);
    for (int year : plan.years) {
      const Money amount =
          dimension.totals.by_year.count(year) ? dimension.totals.by_year.at(year) : 0;
      s.values.push_back(static_cast<double>(amount) / 100.0);
      s.value_texts.push_back(ctx.format.baht(amount));
    }
    series.push_back(s);
  }
  return stacked_column_chart("budget-chart", ctx.ui("plan.chart_title"),
                              ctx.ui("plan.chart_description"), categories, series,
                              [&ctx](double value) { return ctx.format.decimal(value, 0); });
}

}  // namespace

Page plan_page(const RenderContext& ctx, const Plan& plan) {
  const PlanFigures& figures = *ctx.plan_figures(plan.id);
  Page page;
  page.path = plan_path(plan);
  page.template_name = "plan";
  page.title = ctx.text(plan.title);
  page.section = "plan";
  page.has_english = has_english(plan);
  json& v = page.values;
  v["title"] = page.title;
  if (!plan.years.empty())
    v["years"] = ctx.format.year_range(plan.years.front(), plan.years.back());
  if (plan.announced.date)
    v["announced"] = {{"date", date_value(ctx, plan.announced.date)},
                      {"by", plan.announced.by},
                      {"position", plan.announced.position}};
  json headers = json::array();
  for (int year : plan.years) headers.push_back({{"label", ctx.format.year(year)}});
  v["year_headers"] = headers;
  v["column_count"] = std::to_string(plan.years.size() + 3);

  // Each mission's projects, in the plan's order, found in one pass over the projects.
  std::map<std::pair<int, std::string_view>, std::vector<const Project*>> by_mission;
  for (const auto& project : plan.projects)
    if (project.dimension) by_mission[{*project.dimension, project.mission}].push_back(&project);
  static const std::vector<const Project*> no_projects;
  json dimensions = json::array();
  for (std::size_t d = 0; d < plan.dimensions.size(); ++d) {
    const Dimension& dimension = plan.dimensions[d];
    const DimensionFigures& dimension_figures = figures.dimensions[d];
    json missions = json::array();
    for (std::size_t m = 0; m < dimension.missions.size(); ++m) {
      const Mission& mission = dimension.missions[m];
      const auto found = by_mission.find({dimension.number, mission.number});
      json projects = json::array();
      for (const Project* p : found == by_mission.end() ? no_projects : found->second) {
        const Project& project = *p;
        projects.push_back({{"number", project.number ? ctx.format.integer(*project.number) : ""},
                            {"title", ctx.text(project.title)},
                            {"kind", kind_label(ctx, project.kind)},
                            {"href", ctx.path(project_path(plan, project), has_english(project))},
                            {"cells", year_cells(ctx, plan, project.budget)},
                            {"total", ctx.format.baht(figures.projects.at(project.id).all_years)}});
      }
      missions.push_back({{"number", ctx.format.digits(mission.number)},
                          {"title", ctx.text(mission.title)},
                          {"projects", projects},
                          {"empty", projects.empty()},
                          {"totals", totals_row(ctx, plan, dimension_figures.missions[m].totals)}});
    }
    dimensions.push_back({{"label", dimension_label(ctx, dimension.number)},
                          {"title", ctx.text(dimension.title)},
                          {"missions", missions},
                          {"totals", totals_row(ctx, plan, dimension_figures.totals)}});
  }
  v["dimensions"] = dimensions;
  v["totals"] = totals_row(ctx, plan, figures.totals);
  v["chart"] = budget_chart(ctx, plan, figures);

  json targets = json::array();
  for (const auto& target : plan.targets) {
    json cells = json::array();
    for (int year : plan.years) {
      const auto value = target.values.find(year);
      cells.push_back(
          {{"text", value == target.values.end() ? "–" : ctx.format.decimal(value->second, 0)}});
    }
    targets.push_back({{"title", ctx.text(target.title)}, {"unit", target.unit}, {"cells", cells}});
  }
  v["targets"] = targets;
  v["has_targets"] = !targets.empty();

  const json risks = risk_rows(ctx, plan, plan.risks);
  v["risks"] = risks;
  v["has_risks"] = !risks.empty();
  json assessments = json::array();
  for (const auto& assessment : plan.risk_assessments)
    assessments.push_back(
        {{"title", risk_assessment_title(ctx, assessment)},
         {"href", ctx.path(risk_assessment_path(plan, assessment), has_english(plan))}});
  v["risk_assessments"] = assessments;
  v["has_risk_assessments"] = !assessments.empty();

  json reports = json::array();
  for (const auto& report : plan.reports)
    reports.push_back({{"title", report_title(ctx, report)},
                       {"href", report_path(plan, report)},
                       {"as_of", date_value(ctx, report.as_of)}});
  v["reports"] = reports;
  v["has_reports"] = !reports.empty();
  v["downloads"] = downloads("plans/" + plan.id + "/plan");
  page.description = page.title;
  return page;
}

Page project_page(const RenderContext& ctx, const Plan& plan, const Project& project) {
  Page page;
  page.path = project_path(plan, project);
  page.template_name = "project";
  page.title = ctx.text(project.title);
  page.section = "plan";
  page.has_english = has_english(project);
  json& v = page.values;
  v["title"] = page.title;
  v["number"] = project.number ? ctx.format.integer(*project.number) : "";
  v["kind"] = kind_label(ctx, project.kind);
  v["plan"] = plan_link(ctx, plan);
  if (const Dimension* dimension = find_dimension(plan, project.dimension)) {
    v["dimension"] = {{"label", dimension_label(ctx, dimension->number)},
                      {"title", ctx.text(dimension->title)}};
    for (const auto& mission : dimension->missions)
      if (mission.number == project.mission)
        v["mission"] = {{"number", ctx.format.digits(mission.number)},
                        {"title", ctx.text(mission.title)}};
  }
  json budget = json::array();
  for (int year : plan.years) {
    const auto amount = project.budget.find(year);
    json row =
        budget_cell(ctx, amount == project.budget.end() ? std::optional<Money>{} : amount->second);
    row["year"] = ctx.format.fiscal_year(year);
    budget.push_back(row);
  }
  v["budget"] = budget;
  v["budget_total"] = ctx.format.baht(ctx.plan_figures(plan.id)->projects.at(project.id).all_years);
  for (auto [key, text] : {std::pair{"budget_note", &project.budget_note},
                           {"responsible", &project.responsible},
                           {"period", &project.period},
                           {"target_group", &project.target_group}})
    if (!ctx.text(*text).empty()) v[key] = ctx.text(*text);
  v["body"] = ctx.html(ctx.text(project.body));

  json reports = json::array();
  for (const auto& [report, i] : ctx.entries_of(plan, project.id)) {
    const ReportFigures* figures = ctx.report_figures(plan.id, report->id);
    const ReportEntry& entry = report->entries[i];
    const auto& money = figures->entry_figures[i];
    reports.push_back({{"title", report_title(ctx, *report)},
                       {"href", report_path(plan, *report)},
                       {"status", ctx.ui(std::string("status.") + status_name(entry.status))},
                       {"status_class", status_class(entry.status)},
                       {"budget", ctx.format.baht(money.budget.value_or(0))},
                       {"disbursed", ctx.format.baht(money.disbursed)},
                       {"note", entry.note}});
  }
  v["reports"] = reports;
  v["has_reports"] = !reports.empty();
  page.description = ctx.text(plan.title);
  return page;
}

Page report_page(const RenderContext& ctx, const Plan& plan, const Report& report) {
  const ReportFigures& figures = *ctx.report_figures(plan.id, report.id);
  Page page;
  page.path = report_path(plan, report);
  page.template_name = "report";
  page.title = report_title(ctx, report);
  page.section = "plan";
  json& v = page.values;
  v["title"] = page.title;
  v["plan"] = plan_link(ctx, plan);
  v["from"] = date_value(ctx, report.from);
  v["to"] = date_value(ctx, report.to);
  v["as_of"] = date_value(ctx, report.as_of);
  if (!report.prepared_by.name.empty())
    v["prepared_by"] = {{"name", report.prepared_by.name},
                        {"position", report.prepared_by.position}};

  json counts = json::array();
  std::vector<ChartSegment> segments;
  for (Status status : all_statuses) {
    const std::string label = ctx.ui(std::string("status.") + status_name(status));
    const int count = figures.counts.at(status);
    counts.push_back(
        {{"label", label}, {"count", ctx.format.integer(count)}, {"class", status_class(status)}});
    segments.push_back(
        {label, static_cast<double>(count), ctx.format.integer(count), status_class(status)});
  }
  v["counts"] = counts;
  v["entries_count"] = ctx.format.integer(figures.entries);
  if (figures.implementation_level) v["level"] = ctx.format.percent(*figures.implementation_level);
  v["budget"] = ctx.format.baht(figures.budget);
  v["disbursed"] = ctx.format.baht(figures.disbursed);
  if (figures.disbursed_percent)
    v["disbursed_percent"] = ctx.format.percent(*figures.disbursed_percent);
  v["chart"] =
      stacked_bar_chart("status-chart", ctx.ui("report.chart_title"), page.title, segments);

  json entries = json::array();
  for (std::size_t i = 0; i < report.entries.size(); ++i) {
    const ReportEntry& entry = report.entries[i];
    const Project* project = ctx.project(plan, entry.project);
    if (!project) continue;
    const auto& money = figures.entry_figures[i];
    entries.push_back(
        {{"number", project->number ? ctx.format.integer(*project->number) : ""},
         {"title", ctx.text(project->title)},
         {"href", ctx.path(project_path(plan, *project), has_english(*project))},
         {"dimension", project->dimension ? ctx.format.integer(*project->dimension) : ""},
         {"budget", ctx.format.baht(money.budget.value_or(0))},
         {"disbursed", ctx.format.baht(money.disbursed)},
         {"status", ctx.ui(std::string("status.") + status_name(entry.status))},
         {"status_class", status_class(entry.status)},
         {"note", entry.note}});
  }
  v["entries"] = entries;
  if (!report.narrative.empty()) v["narrative"] = ctx.html(report.narrative);
  v["downloads"] = downloads("plans/" + plan.id + "/reports/" + report.id);
  page.description = page.title + " · " + ctx.text(plan.title);
  return page;
}

}  // namespace oitgen
