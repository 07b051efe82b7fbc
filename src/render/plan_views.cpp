// The plan, its projects and its progress reports.

#include <algorithm>

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

// The figures the signed plan prints for one group (the plan, or a dimension) that differ from
// the computed ones: each is shown beside its figure, never instead of it.
std::vector<const DeclaredFigure*> differing(const PlanFigures& figures,
                                             std::optional<int> dimension) {
  std::vector<const DeclaredFigure*> out;
  for (const auto& figure : figures.declared)
    if (figure.dimension == dimension && figure.differs()) out.push_back(&figure);
  return out;
}

// A group or project planned in no year has no total.
std::string group_total(const RenderContext& ctx, const BudgetTotals& totals) {
  return totals.planned_any_year() ? ctx.format.baht(totals.all_years) : "–";
}

json totals_row(const RenderContext& ctx, const Plan& plan, const BudgetTotals& totals,
                const std::vector<const DeclaredFigure*>& declared = {}) {
  json cells = json::array();
  for (int year : plan.years) cells.push_back(budget_cell(ctx, totals.planned(year)));
  json count_notes = json::array();
  for (std::size_t i = 0; i < plan.years.size(); ++i) cells[i]["declared_note"] = false;
  for (const DeclaredFigure* figure : declared) {
    if (figure->kind == DeclaredKind::budget) {
      const auto year = std::find(plan.years.begin(), plan.years.end(), figure->year);
      if (year == plan.years.end()) continue;
      cells[static_cast<std::size_t>(year - plan.years.begin())]["declared_note"] = {
          {"declared", ctx.format.baht(figure->declared)},
          {"computed", ctx.format.baht(figure->computed)}};
    } else {
      count_notes.push_back(
          {{"label", ctx.ui(figure->kind == DeclaredKind::projects ? "plan.declared_count"
                                                                   : "plan.preface_count")},
           {"declared", ctx.format.integer(figure->declared)},
           {"computed", ctx.format.integer(figure->computed)}});
    }
  }
  return {{"cells", cells},
          {"total", group_total(ctx, totals)},
          {"count", ctx.format.integer(totals.projects)},
          {"count_notes", count_notes}};
}

// "เพิ่มเติม 20 มิถุนายน 2567" for a project added after the plan was announced; null otherwise.
json added_value(const RenderContext& ctx, const Project& project) {
  if (!project.added) return nullptr;
  json date = date_value(ctx, project.added);
  date["label"] = ctx.ui("project.added");
  return date;
}

// An entry's budget: "–" for a project not planned in the report's year that gives none.
std::string entry_budget_text(const RenderContext& ctx, const EntryFigures& money) {
  if (!money.counted && !money.budget) return "–";
  return ctx.format.baht(money.budget.value_or(0));
}

// Its disbursement: "–" too for such a project that spent nothing.
std::string entry_disbursed_text(const RenderContext& ctx, const EntryFigures& money) {
  if (!money.counted && money.disbursed == 0) return "–";
  return ctx.format.baht(money.disbursed);
}

json plan_link(const RenderContext& ctx, const Plan& plan) {
  return {{"title", ctx.text(plan.title)}, {"href", ctx.path(plan_path(plan), has_english(plan))}};
}

std::string kind_label(const RenderContext& ctx, ProjectKind kind) {
  return ctx.ui(std::string("kind.") + kind_name(kind));
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
    const int number = dimension.dimension->number;
    ChartSeries s;
    s.label = dimension_label(ctx, number);
    s.css_class = "series-" + std::to_string(number);
    for (int year : plan.years) {
      const std::optional<Money> amount = dimension.totals.planned(year);
      s.values.push_back(static_cast<double>(amount.value_or(0)) / 100.0);
      s.value_texts.push_back(amount ? ctx.format.baht(*amount) : "–");
    }
    series.push_back(s);
  }
  return stacked_column_chart(
      "budget-chart", ctx.ui("plan.chart_title"), ctx.ui("plan.chart_description"), categories,
      series, [&ctx](double value) { return ctx.format.decimal(value, 0); },
      ctx.ui("plan.chart_empty"));
}

}  // namespace

Page plan_page(const RenderContext& ctx, const PlanFigures& figures) {
  const Plan& plan = *figures.plan;
  Page page;
  page.path = plan_path(plan);
  page.template_name = "plan";
  page.title = ctx.text(plan.title);
  page.section = "plan";
  page.values["document"] = document_link_value(ctx, page.path);
  page.has_english = has_english(plan);
  json& v = page.values;
  v["title"] = page.title;
  if (!plan.years.empty())
    v["years"] = ctx.format.year_range(plan.years.front(), plan.years.back());
  if (plan.announced.date)
    v["announced"] = {{"date", date_value(ctx, plan.announced.date)},
                      {"by", plan.announced.by},
                      {"position", plan.announced.position}};
  v["signature"] = signature_value(ctx, {plan.announced.by, plan.announced.position,
                                         plan.announced.date, ctx.ui("plan.announced"), ""});
  json headers = json::array();
  for (int year : plan.years) headers.push_back({{"label", ctx.format.year(year)}});
  v["year_headers"] = headers;
  v["column_count"] = std::to_string(plan.years.size() + 3);

  json dimensions = json::array();
  for (const auto& dimension_figures : figures.dimensions) {
    const Dimension& dimension = *dimension_figures.dimension;
    json missions = json::array();
    for (const auto& mission_figures : dimension_figures.missions) {
      const Mission& mission = *mission_figures.mission;
      json projects = json::array();
      for (const ProjectFigures* row : mission_figures.projects) {
        const Project& project = *row->project;
        projects.push_back({{"number", project.number ? ctx.format.integer(*project.number) : ""},
                            {"title", ctx.text(project.title)},
                            {"kind", kind_label(ctx, project.kind)},
                            {"href", ctx.path(project_path(plan, project), has_english(project))},
                            {"added", added_value(ctx, project)},
                            {"cells", year_cells(ctx, plan, project.budget)},
                            {"total", group_total(ctx, row->totals)}});
      }
      missions.push_back({{"number", ctx.format.digits(mission.number)},
                          {"title", ctx.text(mission.title)},
                          {"projects", projects},
                          {"empty", projects.empty()},
                          {"totals", totals_row(ctx, plan, mission_figures.totals)}});
    }
    dimensions.push_back({{"label", dimension_label(ctx, dimension.number)},
                          {"title", ctx.text(dimension.title)},
                          {"missions", missions},
                          {"totals", totals_row(ctx, plan, dimension_figures.totals,
                                                differing(figures, dimension.number))}});
  }
  v["dimensions"] = dimensions;
  v["totals"] = totals_row(ctx, plan, figures.totals, differing(figures, std::nullopt));
  v["declared_differs"] = std::any_of(figures.declared.begin(), figures.declared.end(),
                                      [](const DeclaredFigure& f) { return f.differs(); });
  v["declared_csv"] = "data/plans/" + plan.id + "/declared.csv";
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

  const json risks = risk_rows(ctx, plan, figures.risks);
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
  v["downloads"]["totals_csv"] = "data/plans/" + plan.id + "/totals.csv";
  page.description = page.title;
  return page;
}

Page project_page(const RenderContext& ctx, const Plan& plan, const ProjectFigures& figures) {
  const Project& project = *figures.project;
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
  v["added"] = added_value(ctx, project);
  v["plan"] = plan_link(ctx, plan);
  if (const Dimension* dimension = figures.dimension)
    v["dimension"] = {{"label", dimension_label(ctx, dimension->number)},
                      {"title", ctx.text(dimension->title)}};
  if (const Mission* mission = figures.mission)
    v["mission"] = {{"number", ctx.format.digits(mission->number)},
                    {"title", ctx.text(mission->title)}};
  json budget = json::array();
  for (int year : plan.years) {
    const auto amount = project.budget.find(year);
    json row =
        budget_cell(ctx, amount == project.budget.end() ? std::optional<Money>{} : amount->second);
    row["year"] = ctx.format.fiscal_year(year);
    budget.push_back(row);
  }
  v["budget"] = budget;
  v["budget_total"] = group_total(ctx, figures.totals);
  for (auto [key, text] : {std::pair{"budget_note", &project.budget_note},
                           {"responsible", &project.responsible},
                           {"period", &project.period},
                           {"target_group", &project.target_group}})
    if (!ctx.text(*text).empty()) v[key] = ctx.text(*text);
  v["body"] = ctx.html(ctx.text(project.body));

  json reports = json::array();
  for (const auto& [report_figures, money] : figures.entries) {
    const Report* report = report_figures->report;
    const ReportEntry& entry = *money->entry;
    reports.push_back({{"title", report_title(ctx, *report)},
                       {"href", report_path(plan, *report)},
                       {"status", ctx.ui(std::string("status.") + status_name(entry.status))},
                       {"status_class", status_class(entry.status)},
                       {"not_counted", !money->counted && entry.status != Status::not_planned},
                       {"budget", entry_budget_text(ctx, *money)},
                       {"disbursed", entry_disbursed_text(ctx, *money)},
                       {"note", entry.note}});
  }
  v["reports"] = reports;
  v["has_reports"] = !reports.empty();
  page.description = ctx.text(plan.title);
  return page;
}

Page report_page(const RenderContext& ctx, const ReportFigures& figures) {
  const Plan& plan = *figures.plan;
  const Report& report = *figures.report;
  Page page;
  page.path = report_path(plan, report);
  page.template_name = "report";
  page.title = report_title(ctx, report);
  page.values["document"] = document_link_value(ctx, page.path);
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
  v["signature"] = signature_value(ctx, {report.prepared_by.name, report.prepared_by.position,
                                         std::nullopt, "", ctx.ui("report.prepared_by")});

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
  v["entries_count"] = ctx.format.integer(figures.planned);
  if (figures.implementation_level) v["level"] = ctx.format.percent(*figures.implementation_level);
  // The level's denominator, said in words: the projects planned in the report's year.
  const std::string year = ctx.format.year(report.fiscal_year);
  v["planned_note"] = fill(ctx.ui("report.planned_of"),
                           {{"count", ctx.format.integer(figures.planned)}, {"year", year}});
  if (figures.added > 0)
    v["added_note"] = fill(ctx.ui("report.original_and_added"),
                           {{"original", ctx.format.integer(figures.original)},
                            {"added", ctx.format.integer(figures.added)}});
  if (figures.missing > 0)
    v["missing_note"] =
        fill(ctx.ui("report.missing"), {{"count", ctx.format.integer(figures.missing)}});
  if (figures.not_counted > 0)
    v["not_counted_note"] =
        fill(ctx.ui("report.not_counted"),
             {{"count", ctx.format.integer(figures.not_counted)}, {"year", year}});
  v["budget"] = ctx.format.baht(figures.budget);
  v["disbursed"] = ctx.format.baht(figures.disbursed);
  if (figures.disbursed_percent)
    v["disbursed_percent"] = ctx.format.percent(*figures.disbursed_percent);
  v["chart"] = stacked_bar_chart("status-chart", ctx.ui("report.chart_title"), page.title, segments,
                                 ctx.ui("report.chart_empty"));

  json entries = json::array();
  for (const auto& money : figures.rows) {
    const ReportEntry& entry = *money.entry;
    const Project* project = money.project;
    if (!project) continue;
    entries.push_back(
        {{"number", project->number ? ctx.format.integer(*project->number) : ""},
         {"title", ctx.text(project->title)},
         {"href", ctx.path(project_path(plan, *project), has_english(*project))},
         {"added", added_value(ctx, *project)},
         // "(ตั้งต้น)", as the paper reports mark the plan's original projects beside added ones.
         {"original", figures.lists_added && !project->added},
         {"dimension", project->dimension ? ctx.format.integer(*project->dimension) : ""},
         {"budget", entry_budget_text(ctx, money)},
         {"disbursed", entry_disbursed_text(ctx, money)},
         {"status", ctx.ui(std::string("status.") + status_name(entry.status))},
         {"status_class", status_class(entry.status)},
         // Another status on a project not planned that year (a warning): said beside it.
         {"not_counted", !money.counted && entry.status != Status::not_planned},
         {"counted", money.counted},
         {"note", entry.note}});
  }
  v["entries"] = entries;
  if (!report.narrative.empty()) v["narrative"] = ctx.html(report.narrative);
  v["downloads"] = downloads("plans/" + plan.id + "/reports/" + report.id);
  page.description = page.title + " · " + ctx.text(plan.title);
  return page;
}

}  // namespace oitgen
