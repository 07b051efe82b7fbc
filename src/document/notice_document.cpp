// The No Gift Policy notice as a signed ประกาศ.

#include "document/documents.h"
#include "document/memo.h"
#include "markdown/markdown.h"

namespace oitgen {

std::string notice_pdf(const RenderContext& ctx, const Document& notice, std::string_view emblem) {
  const Words words(ctx);
  const std::string organization = ctx.text(ctx.site.config.organization.name);
  const std::string title = ctx.text(notice.title);
  PdfWriter pdf(document_metadata(ctx, title, notice.date));
  if (!emblem.empty()) pdf.image(emblem, 3 * points_per_cm);
  TextStyle centre;
  centre.bold = true;
  centre.align = Align::center;
  centre.size = 18;
  // A notice's title is usually its heading in full ("ประกาศ… เรื่อง …").
  const std::string announcement = words.fill("announcement", {{"organization", organization}});
  if (title.starts_with(words("announcement_word"))) {
    pdf.text(title, centre);
  } else {
    pdf.text(announcement, centre);
    pdf.text(words.fill("announcement_subject", {{"title", title}}), centre);
  }
  pdf.text("------------------------------", centre);
  markdown_paragraphs(pdf, ctx.text(notice.body));
  pdf.text(words("announce_closing"), body_style());
  TextStyle dated;
  dated.align = Align::center;
  dated.space_before = 12;
  if (notice.date)
    pdf.text(ctx.ui("notice.signed") + " " + ctx.format.document_date(*notice.date), dated);
  SignatureBlock signer;
  signer.name = ctx.text(notice.signed_by);
  signer.position = ctx.text(notice.position);
  pdf.space(8);
  pdf.signatures({signer});
  return pdf.finish();
}

}  // namespace oitgen
