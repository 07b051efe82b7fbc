#pragma once
// The parts that the memos (บันทึกข้อความ) of a report and of an ITA year share: the header
// fields, the preparer's signature and the approval chain, each step with "ทราบ/ความเห็น".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/pdf_writer.h"
#include "document/words.h"
#include "model/site.h"
#include "render/context.h"

namespace oitgen {

struct MemoHeader {
  std::string office, number, date, subject, to;
};

// The header as the content gives it; what it leaves out is the organization (ส่วนราชการ),
// `subject`, the date given, and the first step of the approval chain (เรียน). A blank to fill in by
// hand is written as the paper forms write it.
MemoHeader memo_header(const RenderContext& ctx, const std::optional<Memo>& memo,
                       std::string subject, const std::optional<Date>& date,
                       const std::vector<Person>& approvals);

// The metadata of a document of the site dated `date` (none: no date in the file).
PdfMetadata document_metadata(const RenderContext& ctx, std::string title,
                              const std::optional<Date>& date);

// "บันทึกข้อความ" with the emblem (when the site gives one) and the header fields.
void write_memo_header(PdfWriter& pdf, const Words& words, const MemoHeader& header,
                       std::string_view emblem);
// The preparer's signature, then one block per approval, two side by side.
void write_memo_signatures(PdfWriter& pdf, const Words& words, const Person& preparer,
                           const std::vector<Person>& approvals);

// Body text style: the first line indented 2.5 cm, as the printing guidance asks.
TextStyle body_style();
// Markdown as paragraphs of plain text in the body's style.
void markdown_paragraphs(PdfWriter& pdf, const std::string& markdown);

}  // namespace oitgen
