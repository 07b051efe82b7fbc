#pragma once
// A PDF document written top to bottom, the way a clerk types one: paragraphs that wrap Thai
// text at word boundaries (Pango, with HarfBuzz shaping and libthai line breaking), tables that
// go on over pages with their header repeated, and signature blocks. Cairo embeds the subset of
// the font that the text uses. The same content gives the same bytes: the dates in the file
// come from the content and nothing random is written.

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "document/page_setup.h"

namespace oitgen {

// The document cannot be made (the font is missing, cairo failed): the message says why.
class DocumentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PdfMetadata {
  std::string title;
  std::string author;  // the organization
  std::string subject;
  // ISO 8601 ("2024-04-05T00:00:00+07:00"): the creation and modification date in the file.
  std::string date;
  // The number at the top of pages 2 onward, as the paper writes it ("- ๒ -").
  std::function<std::string(int)> page_number;
};

enum class Align { left, center, right, justify };

struct TextStyle {
  double size = 0;  // 0: the page's font size
  bool bold = false;
  Align align = Align::left;
  double indent = 0;  // of the first line, from `left`
  double left = 0;    // from the left margin
  double right = 0;   // from the right margin
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;  // never the last thing on a page (a heading)
  std::vector<double> tabs;     // tab stops, in points from `left`
};

struct TableCell {
  std::string text;
  bool bold = false;
  Align align = Align::left;
  int span = 1;  // columns it covers
  bool shaded = false;
};
using TableRow = std::vector<TableCell>;

struct Table {
  std::vector<double> widths;    // of the columns, in points; scaled to the text width
  std::vector<TableRow> header;  // repeated at the top of every page the table reaches
  std::vector<TableRow> rows;
  double size = 0;  // font size of the cells; 0: 14 pt
};

// The end of a memo or a ประกาศ: lines above the signature ("ทราบ/ความเห็น…"), a line to sign
// on, the name in parentheses, the position and, where asked, a line for the date.
struct SignatureBlock {
  std::vector<std::string> above;  // "…" alone: a dotted line to write on
  std::string sign_label;          // before the signature line ("ลงชื่อ"); may be empty
  std::string name;                // as written; put in parentheses
  std::string position;
  std::string date_label;  // "วันที่": a line to write the date on; empty: none
};

class PdfWriter {
 public:
  // Throws DocumentError when the page's font family is not installed.
  PdfWriter(PdfMetadata metadata, PageSetup setup = {});
  ~PdfWriter();
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  const PageSetup& setup() const { return setup_; }

  // Plain text (escaped here) or Pango markup made with bold() and escape().
  void text(std::string_view plain, const TextStyle& style = {});
  void markup(std::string_view markup, const TextStyle& style = {});
  void space(double points);
  void page_break();
  // A new page turned sideways (A4 landscape), and the pages after it: a wide table's
  // attachment, as the paper forms print it.
  void landscape();
  void table(const Table& table);
  // One block at the right half of the page, or several side by side, kept together.
  void signatures(const std::vector<SignatureBlock>& blocks);
  // A PNG, `height` points high; false when the bytes are not a PNG cairo reads. `beside`: the
  // text that follows starts at the image's top (a memo's title beside its emblem).
  bool image(std::string_view png, double height, Align align = Align::center, bool beside = false);

  // Ends the document and returns its bytes.
  std::string finish();

  static std::string escape(std::string_view text);
  static std::string bold(std::string_view text);

 private:
  struct Impl;
  void ensure_room(double height);
  void new_page();

  PageSetup setup_;
  PdfMetadata metadata_;
  std::unique_ptr<Impl> impl_;
};

// Throws DocumentError naming the family when fontconfig has no font of it.
void require_font(const std::string& family);
// The font files fontconfig finds for `family`, sorted: the documents' bytes depend on them.
std::vector<std::string> font_files(const std::string& family);

}  // namespace oitgen
