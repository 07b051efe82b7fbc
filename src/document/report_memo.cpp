// The report memo: the บันทึกข้อความ that carries a six-month or yearly report up the approval
// chain, with the computed counts, then the per-project table attached to it.

#include "document/documents.h"
#include "document/memo.h"
#include "render/views.h"

namespace oitgen {

std::string report_memo_pdf(const RenderContext& ctx, const PlanFigures& plan,
                            const ReportFigures& figures, std::string_view emblem) {
  const Report& report = *figures.report;
  const Words words(ctx);
  const Formatter& f = ctx.format;
  const std::string organization = ctx.text(ctx.site.config.organization.name);
  const std::string plan_title = ctx.text(plan.plan->title);
  const std::string round =
      ctx.ui(report.round == Round::six_month ? "document.round_6" : "document.round_12");
  const std::string period = report.from && report.to
                                 ? f.date(*report.from) + " – " + f.date(*report.to)
                                 : std::string("………………");
  const std::string title = report_title(ctx, report);
  const std::optional<Date> date = report.as_of ? report.as_of : report.to;

  PdfWriter pdf(
      document_metadata(ctx, title, report.memo && report.memo->date ? report.memo->date : date));
  const MemoHeader header =
      memo_header(ctx, report.memo,
                  words.fill("report_subject", {{"plan", plan_title},
                                                {"fiscal_year", f.fiscal_year(report.fiscal_year)},
                                                {"round", round}}),
                  date, report.approvals);
  write_memo_header(pdf, words, header, emblem);

  pdf.text(words.fill("report_intro", {{"organization", organization}, {"plan", plan_title}}),
           body_style());
  pdf.text(words.fill("report_body", {{"office", header.office},
                                      {"plan", plan_title},
                                      {"round", round},
                                      {"period", period},
                                      {"planned", f.integer(figures.planned)}}),
           body_style());
  TextStyle line;
  line.left = 2.5 * points_per_cm;
  line.tabs = {7.5 * points_per_cm, 9.5 * points_per_cm, 11.0 * points_per_cm};
  for (Status status : all_statuses) {
    const auto count = figures.counts.find(status);
    pdf.text("- " + ctx.ui(std::string("status.") + status_name(status)) + "\t" + words("count") +
                 "\t" + f.integer(count == figures.counts.end() ? 0 : count->second) + "\t" +
                 words("projects"),
             line);
  }
  TextStyle money = line;
  money.tabs.clear();
  if (!figures.overflow)
    pdf.text("- " + words.fill("disbursed", {{"disbursed", f.baht(figures.disbursed)},
                                             {"budget", f.baht(figures.budget)},
                                             {"percent", figures.disbursed_percent
                                                             ? f.percent(*figures.disbursed_percent)
                                                             : std::string("–")}}),
             money);
  if (figures.implementation_level)
    pdf.text("- " + words.fill("level", {{"level", f.percent(*figures.implementation_level)}}),
             money);
  pdf.text(words("attached"), body_style());
  pdf.text(words("closing_report"), body_style());
  write_memo_signatures(pdf, words, report.prepared_by, report.approvals);

  // The attachment: one row per entry, in the report's order.
  pdf.page_break();
  TextStyle heading;
  heading.bold = true;
  heading.align = Align::center;
  heading.space_after = 6;
  pdf.text(words.fill("report_table", {{"title", title}, {"organization", organization}}), heading);
  Table table;
  table.widths = {1.0, 5.0, 0.9, 2.0, 2.0, 2.3, 3.2};
  auto head = [](std::string text) {
    return TableCell{std::move(text), true, Align::center, 1, true};
  };
  table.header = {{head(ctx.ui("plan.number")), head(ctx.ui("plan.project")),
                   head(ctx.ui("report.dimension")), head(ctx.ui("budget.budget")),
                   head(ctx.ui("budget.disbursed")), head(ctx.ui("project.status")),
                   head(ctx.ui("project.note"))}};
  for (const auto& row : figures.rows) {
    const Project* project = row.project;
    std::string note = row.entry->note;
    if (!row.counted) note = ctx.ui("report.not_counted_entry") + (note.empty() ? "" : ". " + note);
    table.rows.push_back(
        {{project && project->number ? f.integer(*project->number) : "", false, Align::center},
         {project ? ctx.text(project->title) : row.entry->project},
         {project && project->dimension ? f.integer(*project->dimension) : "", false,
          Align::center},
         {row.budget ? f.baht(*row.budget) : "–", false, Align::right},
         {f.baht(row.disbursed), false, Align::right},
         {ctx.ui(std::string("status.") + status_name(row.entry->status))},
         {note}});
  }
  if (!figures.overflow)
    table.rows.push_back({{ctx.ui("budget.total"), true, Align::center, 3, true},
                          {f.baht(figures.budget), true, Align::right, 1, true},
                          {f.baht(figures.disbursed), true, Align::right, 1, true},
                          {"", false, Align::left, 2, true}});
  pdf.table(table);
  if (report.as_of) pdf.text(words.fill("as_of", {{"date", f.date(*report.as_of)}}));
  return pdf.finish();
}

}  // namespace oitgen
