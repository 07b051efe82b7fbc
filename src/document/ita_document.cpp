// The ITA measures report: the memo that carries it to the executives, then the measures with
// their method, period, responsible office, result and outcome.

#include "document/documents.h"
#include "document/memo.h"
#include "markdown/markdown.h"

namespace oitgen {

std::string ita_report_pdf(const RenderContext& ctx, const ItaFigures& figures,
                           std::string_view emblem) {
  const ItaYear& ita = *figures.ita;
  const Words words(ctx);
  const Formatter& f = ctx.format;
  const std::string organization = ctx.text(ctx.site.config.organization.name);
  const std::string subject =
      words.fill("ita_subject",
                 {{"organization", organization}, {"fiscal_year", f.fiscal_year(figures.year)}});
  const std::optional<Date> date = ita.memo ? ita.memo->date : std::nullopt;
  PdfWriter pdf(document_metadata(ctx, subject, date));
  const MemoHeader header = memo_header(ctx, ita.memo, subject, date, ita.approvals);
  write_memo_header(pdf, words, header, emblem);
  pdf.text(words.fill("ita_body",
                      {{"organization", organization},
                       {"fiscal_year", f.fiscal_year(figures.year)},
                       {"measures", f.integer(static_cast<long long>(figures.measures.size()))}}),
           body_style());
  if (figures.score && !figures.level.empty())
    pdf.text(
        words.fill("ita_score", {{"score", f.score(*figures.score)}, {"level", figures.level}}),
        body_style());
  pdf.text(words("attached"), body_style());
  pdf.text(words("closing_ita"), body_style());
  write_memo_signatures(pdf, words, ita.prepared_by, ita.approvals);

  pdf.landscape();
  TextStyle heading;
  heading.bold = true;
  heading.align = Align::center;
  heading.space_after = 6;
  pdf.text(words.fill("ita_table", {{"organization", organization},
                                    {"fiscal_year", f.fiscal_year(figures.year)}}),
           heading);
  Table table;
  table.size = 12;
  table.widths = {0.7, 2.6, 3.6, 1.4, 1.8, 3.2, 2.6};
  auto head = [](std::string text) {
    return TableCell{std::move(text), true, Align::center, 1, true};
  };
  table.header = {{head(ctx.ui("plan.number")), head(ctx.ui("ita.measures")),
                   head(ctx.ui("ita.method")), head(ctx.ui("ita.period")),
                   head(ctx.ui("ita.responsible")), head(ctx.ui("ita.result")),
                   head(ctx.ui("ita.outcome"))}};
  auto plain = [](const std::string& markdown) {
    std::string text = markdown_text(markdown);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  };
  for (const auto& measure : figures.measures) {
    const ItaMeasure& m = *measure.measure;
    table.rows.push_back({{m.number ? f.integer(*m.number) : "", false, Align::center},
                          {ctx.text(m.title)},
                          {plain(m.method)},
                          {m.period},
                          {m.responsible},
                          {plain(m.result)},
                          {plain(m.outcome)}});
  }
  pdf.table(table);
  return pdf.finish();
}

}  // namespace oitgen
