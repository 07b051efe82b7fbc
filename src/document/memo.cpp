#include "document/memo.h"

#include "format/format.h"
#include "markdown/markdown.h"

namespace oitgen {

namespace {

constexpr const char* blank = "………………";

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\n\r") - first + 1);
}

std::string or_blank(std::string_view text) {
  const std::string_view trimmed = trim(text);
  return trimmed.empty() ? std::string(blank) : std::string(trimmed);
}

}  // namespace

// Markdown as paragraphs of plain text, each indented.
void markdown_paragraphs(PdfWriter& pdf, const std::string& markdown) {
  const std::string text = markdown_text(markdown);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    std::string paragraph = text.substr(start, end - start);
    while (!paragraph.empty() && paragraph.back() == '\n') paragraph.pop_back();
    if (!paragraph.empty()) pdf.text(paragraph, body_style());
    start = end + 2;
  }
}

TextStyle body_style() {
  TextStyle style;
  style.indent = 2.5 * points_per_cm;
  style.space_before = 4;
  return style;
}

MemoHeader memo_header(const RenderContext& ctx, const std::optional<Memo>& memo,
                       std::string subject, const std::optional<Date>& date,
                       const std::vector<Person>& approvals) {
  MemoHeader header;
  const Memo given = memo.value_or(Memo{});
  header.office = trim(given.office).empty() ? ctx.text(ctx.site.config.organization.name)
                                             : std::string(trim(given.office));
  header.number = or_blank(given.number);
  const std::optional<Date> day = given.date ? given.date : date;
  header.date = day ? ctx.format.date(*day) : std::string(blank);
  header.subject = trim(given.subject).empty() ? std::move(subject) : std::string(given.subject);
  header.to = !trim(given.to).empty() ? std::string(trim(given.to))
              : approvals.empty()     ? std::string(blank)
                                      : or_blank(approvals.front().position);
  return header;
}

PdfMetadata document_metadata(const RenderContext& ctx, std::string title,
                              const std::optional<Date>& date) {
  PdfMetadata metadata;
  metadata.title = std::move(title);
  metadata.author = ctx.text(ctx.site.config.organization.name);
  // Midnight in Thailand on the document's own date.
  if (date) metadata.date = iso_date(*date) + "T00:00:00+07:00";
  const Formatter* format = &ctx.format;
  metadata.page_number = [format](int page) { return "- " + format->integer(page) + " -"; };
  return metadata;
}

void write_memo_header(PdfWriter& pdf, const Words& words, const MemoHeader& header,
                       std::string_view emblem) {
  if (!emblem.empty()) pdf.image(emblem, 1.5 * points_per_cm, Align::left, true);
  TextStyle title;
  title.size = 29;
  title.bold = true;
  title.align = Align::center;
  title.space_after = 4;
  pdf.text(words("memo"), title);
  auto field = [&](const std::string& label, const std::string& value) {
    TextStyle style;
    style.space_before = 2;
    pdf.markup(
        "<span size=\"large\">" + PdfWriter::bold(label) + "</span>  " + PdfWriter::escape(value),
        style);
  };
  field(words("office"), header.office);
  TextStyle two;
  two.space_before = 2;
  two.tabs = {pdf.setup().text_width() * 0.5};
  pdf.markup("<span size=\"large\">" + PdfWriter::bold(words("number")) + "</span>  " +
                 PdfWriter::escape(header.number) + "\t<span size=\"large\">" +
                 PdfWriter::bold(words("date")) + "</span>  " + PdfWriter::escape(header.date),
             two);
  field(words("subject"), header.subject);
  field(words("to"), header.to);
}

void write_memo_signatures(PdfWriter& pdf, const Words& words, const Person& preparer,
                           const std::vector<Person>& approvals) {
  pdf.space(12);
  SignatureBlock own;
  own.name = preparer.name;
  own.position = preparer.position;
  own.sign_label = words("sign");
  pdf.signatures({own});
  std::vector<SignatureBlock> row;
  for (const auto& person : approvals) {
    SignatureBlock block;
    block.above = {words.fill("approval", {{"position", person.position}}), "…"};
    block.sign_label = words("sign");
    block.name = person.name;
    block.position = person.position;
    block.date_label = words("date");
    row.push_back(std::move(block));
    if (row.size() == 2) {
      pdf.signatures(row);
      row.clear();
    }
  }
  if (!row.empty()) pdf.signatures(row);
}

}  // namespace oitgen
