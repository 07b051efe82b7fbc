// The plan as the bound document: cover, the ประกาศ that puts it in force, the dimension →
// mission → project table with the computed totals (and the printed ones where they differ),
// the targets, the risks and each project's details.

#include "document/documents.h"
#include "document/memo.h"
#include "markdown/markdown.h"
#include "model/period.h"
#include "render/views.h"

namespace oitgen {

namespace {

TableCell head(std::string text) {
  return {std::move(text), true, Align::center, 1, true};
}

// The declared figure of a group and year that differs from the computed one, if any.
const DeclaredFigure* differing(const PlanFigures& plan, std::optional<int> dimension, int year) {
  for (const auto& figure : plan.declared)
    if (figure.kind == DeclaredKind::budget && figure.dimension == dimension &&
        figure.year == year && figure.differs())
      return &figure;
  return nullptr;
}

void budget_table(PdfWriter& pdf, const RenderContext& ctx, const PlanFigures& plan) {
  const Formatter& f = ctx.format;
  const std::vector<int>& years = plan.plan->years;
  Table table;
  // Wide enough for "1,450,000.00" on one line at 11 pt.
  table.size = 11;
  table.widths = {4.0};
  TableRow header{head(ctx.ui("plan.project"))};
  for (int year : years) {
    table.widths.push_back(2.3);
    header.push_back(head(f.year(year)));
  }
  table.header = {header};
  auto amounts = [&](TableRow row, const BudgetTotals& totals, bool /*bold*/) {
    for (int year : years) {
      const auto amount = totals.planned(year);
      // Amounts in regular weight: bold figures of a million would not fit the column.
      row.push_back({amount && !totals.overflow ? f.baht(*amount) : "–", false, Align::right});
    }
    return row;
  };
  auto declared_row = [&](std::optional<int> dimension) {
    bool any = false;
    TableRow row{{ctx.ui("plan.declared_budget"), false, Align::right}};
    for (int year : years) {
      const DeclaredFigure* figure = differing(plan, dimension, year);
      any = any || figure;
      row.push_back({figure ? f.baht(figure->declared) : "", false, Align::right});
    }
    if (any) table.rows.push_back(row);
  };
  for (const auto& dimension : plan.dimensions) {
    const int number = dimension.dimension->number;
    table.rows.push_back({{ctx.ui("plan.dimension") + " " + f.integer(number) + " " +
                               ctx.text(dimension.dimension->title),
                           true, Align::left, static_cast<int>(years.size()) + 1, true}});
    for (const auto& mission : dimension.missions) {
      table.rows.push_back(
          {{f.digits(mission.mission->number) + " " + ctx.text(mission.mission->title), true,
            Align::left, static_cast<int>(years.size()) + 1}});
      for (const ProjectFigures* project : mission.projects) {
        const Project& record = *project->project;
        const std::string number_text =
            record.number ? f.integer(*record.number) + ") " : std::string();
        table.rows.push_back(
            amounts({{number_text + ctx.text(record.title)}}, project->totals, false));
      }
      table.rows.push_back(
          amounts({{ctx.ui("plan.mission_total") + " " + f.digits(mission.mission->number) + " (" +
                        f.integer(mission.totals.projects) + " " + ctx.ui("plan.projects") + ")",
                    true, Align::right}},
                  mission.totals, true));
    }
    table.rows.push_back(
        amounts({{ctx.ui("plan.dimension_total") + " " + f.integer(number) + " (" +
                      f.integer(dimension.totals.projects) + " " + ctx.ui("plan.projects") + ")",
                  true, Align::right, 1, true}},
                dimension.totals, true));
    declared_row(number);
  }
  table.rows.push_back(
      amounts({{ctx.ui("budget.grand_total") + " (" + f.integer(plan.totals.projects) + " " +
                    ctx.ui("plan.projects") + ")",
                true, Align::right, 1, true}},
              plan.totals, true));
  declared_row(std::nullopt);
  pdf.table(table);
}

void heading(PdfWriter& pdf, const std::string& text, double size = 0) {
  TextStyle style;
  style.bold = true;
  style.size = size;
  style.space_before = 8;
  style.space_after = 4;
  style.keep_with_next = true;
  pdf.text(text, style);
}

}  // namespace

std::string plan_pdf(const RenderContext& ctx, const PlanFigures& figures,
                     std::string_view emblem) {
  const Plan& plan = *figures.plan;
  const Words words(ctx);
  const Formatter& f = ctx.format;
  const std::string organization = ctx.text(ctx.site.config.organization.name);
  const std::string title = ctx.text(plan.title);
  const std::string years =
      plan.years.empty() ? std::string() : f.year_range(plan.years.front(), plan.years.back());
  // Most plans' titles end with their years ("... (พ.ศ. 2566 – 2570)"): they are not said twice.
  const auto named = period_fiscal_years(title);
  const bool title_says_years = !plan.years.empty() && named &&
                                named->contains(plan.years.front()) &&
                                named->contains(plan.years.back());
  const std::string title_with_years =
      years.empty() || title_says_years ? title : title + " (" + years + ")";
  PdfWriter pdf(document_metadata(ctx, title, plan.announced.date));

  // Cover.
  pdf.space(6 * points_per_cm);
  if (!emblem.empty()) pdf.image(emblem, 3 * points_per_cm);
  TextStyle cover;
  cover.size = 26;
  cover.bold = true;
  cover.align = Align::center;
  cover.space_before = 12;
  pdf.text(title, cover);
  pdf.text(organization, cover);
  if (!years.empty() && !title_says_years) pdf.text("(" + years + ")", cover);

  // The announcement.
  pdf.page_break();
  if (!emblem.empty()) pdf.image(emblem, 3 * points_per_cm);
  TextStyle centre;
  centre.bold = true;
  centre.align = Align::center;
  centre.size = 18;
  pdf.text(words.fill("announcement", {{"organization", organization}}), centre);
  pdf.text(words.fill("announcement_subject", {{"title", title}}), centre);
  pdf.text("------------------------------", centre);
  pdf.text(words.fill("plan_announcement_body", {{"organization", organization},
                                                 {"title", title},
                                                 {"years", years},
                                                 {"title_with_years", title_with_years}}),
           body_style());
  pdf.text(words("announce_closing"), body_style());
  TextStyle dated;
  dated.align = Align::center;
  dated.space_before = 12;
  if (plan.announced.date)
    pdf.text(ctx.ui("plan.announced") + " " + f.document_date(*plan.announced.date), dated);
  SignatureBlock signer;
  signer.name = plan.announced.by;
  signer.position = plan.announced.position;
  pdf.space(8);
  pdf.signatures({signer});

  // The projects and their budgets.
  pdf.page_break();
  heading(pdf, ctx.ui("plan.budget_table"), 18);
  pdf.text(words.fill("plan_summary", {{"organization", organization},
                                       {"title", title},
                                       {"projects", f.integer(figures.totals.projects)}}),
           body_style());
  // The counts the signed plan prints, where they differ from its projects' (as on the web).
  TextStyle small;
  small.size = 13;
  for (const auto& figure : figures.declared)
    if (figure.kind != DeclaredKind::budget && !figure.dimension && figure.differs())
      pdf.text(ctx.ui(figure.kind == DeclaredKind::projects ? "plan.declared_count"
                                                            : "plan.preface_count") +
                   " " + f.integer(figure.declared) + " " + ctx.ui("plan.projects"),
               small);
  budget_table(pdf, ctx, figures);
  pdf.text(ctx.ui("plan.budget_caption"), small);

  if (!plan.targets.empty()) {
    heading(pdf, ctx.ui("plan.targets"), 18);
    Table targets;
    targets.widths = {5.0, 1.6};
    TableRow header{head(ctx.ui("plan.target")), head(ctx.ui("plan.unit"))};
    for (int year : plan.years) {
      targets.widths.push_back(1.6);
      header.push_back(head(f.year(year)));
    }
    targets.header = {header};
    for (const auto& target : plan.targets) {
      TableRow row{{ctx.text(target.title)}, {target.unit, false, Align::center}};
      for (int year : plan.years) {
        const auto value = target.values.find(year);
        row.push_back({value == target.values.end() ? "–" : f.decimal(value->second, 0), false,
                       Align::center});
      }
      targets.rows.push_back(std::move(row));
    }
    pdf.table(targets);
  }

  if (!figures.risks.empty()) {
    heading(pdf, ctx.ui("plan.risks"), 18);
    Table risks;
    risks.widths = {2.5, 4.0, 1.4, 4.5};
    risks.header = {{head(ctx.ui("plan.process")), head(ctx.ui("plan.issues")),
                     head(ctx.ui("plan.level")), head(ctx.ui("plan.controls"))}};
    for (const auto& risk : figures.risks) {
      std::string issues;
      for (const auto& issue : risk.risk->issues)
        issues += (issues.empty() ? "" : "\n") + ctx.text(issue);
      std::string controls;
      for (const auto& control : risk.controls)
        controls += (controls.empty() ? "" : "\n") +
                    (control.project ? ctx.text(control.project->title) : *control.text);
      risks.rows.push_back({{ctx.text(risk.risk->process)},
                            {issues},
                            {risk.risk->level, false, Align::center},
                            {controls}});
    }
    pdf.table(risks);
  }

  // Each project's details.
  for (const auto& project : figures.projects) {
    const Project& record = *project.project;
    pdf.page_break();
    heading(
        pdf,
        words.fill("project_number", {{"number", record.number ? f.integer(*record.number) : "–"}}),
        18);
    TextStyle field;
    field.space_before = 2;
    auto line = [&](const std::string& label, const std::string& value) {
      if (!value.empty())
        pdf.markup(PdfWriter::bold(label) + " " + PdfWriter::escape(value), field);
    };
    line(ctx.ui("plan.project"), ctx.text(record.title));
    if (project.dimension)
      line(ctx.ui("plan.dimension"),
           f.integer(project.dimension->number) + " " + ctx.text(project.dimension->title));
    if (project.mission)
      line(ctx.ui("plan.mission"),
           f.digits(project.mission->number) + " " + ctx.text(project.mission->title));
    line(ctx.ui("project.target_group"), ctx.text(record.target_group));
    line(ctx.ui("project.period"), ctx.text(record.period));
    line(ctx.ui("project.responsible"), ctx.text(record.responsible));
    std::string budget;
    for (int year : plan.years) {
      const auto amount = project.totals.planned(year);
      budget += (budget.empty() ? "" : ", ") + f.year(year) + ": " +
                (amount ? f.baht(*amount) : std::string("–"));
    }
    line(ctx.ui("project.budget_by_year"), budget);
    line(ctx.ui("project.budget_note"), ctx.text(record.budget_note));
    markdown_paragraphs(pdf, ctx.text(record.body));
  }
  return pdf.finish();
}

}  // namespace oitgen
