#include "document/pdf_writer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <numeric>
#include <vector>

#include "util/i18n.h"
#include "util/thai_words.h"

namespace oitgen {

namespace {

constexpr double cell_padding = 3;
constexpr double table_font_size = 14;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct PngSource {
  std::string_view bytes;
  std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
  auto* source = static_cast<PngSource*>(closure);
  if (source->bytes.size() - source->at < length) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(source->bytes.data() + source->at, length, data);
  source->at += length;
  return CAIRO_STATUS_SUCCESS;
}

PangoAlignment pango_alignment(Align align) {
  switch (align) {
    case Align::center:
      return PANGO_ALIGN_CENTER;
    case Align::right:
      return PANGO_ALIGN_RIGHT;
    case Align::left:
    case Align::justify:
      break;
  }
  return PANGO_ALIGN_LEFT;
}

int pango_units(double points) {
  return static_cast<int>(points * PANGO_SCALE);
}
double points(int units) {
  return static_cast<double>(units) / PANGO_SCALE;
}

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

}  // namespace

void require_font(const std::string& family) {
  static std::mutex lock;
  static std::map<std::string, bool> known;
  const std::lock_guard hold(lock);
  auto found = known.find(family);
  if (found == known.end()) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcObjectSet* objects = FcObjectSetBuild(FC_FILE, nullptr);
    FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
    found = known.emplace(family, fonts && fonts->nfont > 0).first;
    if (fonts) FcFontSetDestroy(fonts);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
  }
  if (!found->second)
    throw DocumentError(
        trf("the font \"{1}\" that the printable documents use is not installed "
            "(Debian: apt-get install fonts-tlwg-laksaman); build with --no-pdf "
            "to leave the documents out",
            {family}));
}

std::vector<std::string> font_files(const std::string& family) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcObjectSet* objects = FcObjectSetBuild(FC_FILE, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  std::vector<std::string> files;
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* file = nullptr;
    if (FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) == FcResultMatch && file)
      files.emplace_back(reinterpret_cast<const char*>(file));
  }
  if (fonts) FcFontSetDestroy(fonts);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  std::sort(files.begin(), files.end());
  return files;
}

struct PdfWriter::Impl {
  std::string bytes;
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  PangoFontMap* font_map = nullptr;
  PangoContext* context = nullptr;
  double y = 0;  // from the top of the page
  int page = 1;
  bool page_has_content = false;

  ~Impl() {
    if (context) g_object_unref(context);
    if (font_map) g_object_unref(font_map);
    if (cr) cairo_destroy(cr);
    if (surface) cairo_surface_destroy(surface);
  }

  Layout layout(std::string_view markup, double width, double size, bool bold, Align align,
                double indent, const std::string& family) const {
    Layout layout(pango_layout_new(context));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, family.c_str());
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), pango_units(width));
    // Thai has no spaces between words: Pango breaks at the word boundaries libthai finds, and
    // inside a word only when a word is wider than the line.
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), pango_alignment(align));
    pango_layout_set_justify(layout.get(), align == Align::justify);
    pango_layout_set_indent(layout.get(), pango_units(indent));
    pango_layout_set_markup(layout.get(), markup.data(), static_cast<int>(markup.size()));
    return layout;
  }
};

PdfWriter::PdfWriter(PdfMetadata metadata, PageSetup setup)
    : setup_(std::move(setup)), metadata_(std::move(metadata)), impl_(std::make_unique<Impl>()) {
  require_font(setup_.font_family);
  prepare_shared_thai_breaker();
  impl_->surface =
      cairo_pdf_surface_create_for_stream(append_bytes, &impl_->bytes, setup_.width, setup_.height);
  // The dates of the content, never the clock: the same content gives the same bytes.
  const auto set = [&](cairo_pdf_metadata_t key, const std::string& value) {
    if (!value.empty()) cairo_pdf_surface_set_metadata(impl_->surface, key, value.c_str());
  };
  set(CAIRO_PDF_METADATA_TITLE, metadata_.title);
  set(CAIRO_PDF_METADATA_AUTHOR, metadata_.author);
  set(CAIRO_PDF_METADATA_SUBJECT, metadata_.subject);
  set(CAIRO_PDF_METADATA_CREATOR, "oitgen");
  // Without a date of its own, cairo would write the clock's: an undated document carries a
  // fixed one instead, so that it too is the same bytes from the same content.
  const std::string date = metadata_.date.empty() ? "2000-01-01T00:00:00+07:00" : metadata_.date;
  set(CAIRO_PDF_METADATA_CREATE_DATE, date);
  set(CAIRO_PDF_METADATA_MOD_DATE, date);
  impl_->cr = cairo_create(impl_->surface);
  if (cairo_status(impl_->cr) != CAIRO_STATUS_SUCCESS)
    throw DocumentError(
        trf("cairo cannot make a PDF: {1}", {cairo_status_to_string(cairo_status(impl_->cr))}));
  // A font map of its own, not the thread's default one: what a thread laid out before (on a
  // pool thread, another document) must not change how this one is set.
  impl_->font_map = pango_cairo_font_map_new();
  impl_->context = pango_font_map_create_context(impl_->font_map);
  pango_cairo_update_context(impl_->cr, impl_->context);
  // Points as the unit of every size, and metrics that do not depend on a screen's hinting.
  pango_cairo_context_set_resolution(impl_->context, 72);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(impl_->context, options);
  cairo_font_options_destroy(options);
  impl_->y = setup_.top;
}

PdfWriter::~PdfWriter() = default;

std::string PdfWriter::escape(std::string_view text) {
  gchar* escaped = g_markup_escape_text(text.data(), static_cast<gssize>(text.size()));
  std::string result(escaped);
  g_free(escaped);
  return result;
}

std::string PdfWriter::bold(std::string_view text) {
  return "<b>" + escape(text) + "</b>";
}

void PdfWriter::new_page() {
  cairo_show_page(impl_->cr);
  // Before anything is drawn on it: the page takes the size the setup has now.
  cairo_pdf_surface_set_size(impl_->surface, setup_.width, setup_.height);
  ++impl_->page;
  impl_->y = setup_.top;
  impl_->page_has_content = false;
  if (metadata_.page_number) {
    const Layout number =
        impl_->layout(escape(metadata_.page_number(impl_->page)), setup_.text_width(),
                      setup_.font_size, false, Align::center, 0, setup_.font_family);
    cairo_move_to(impl_->cr, setup_.left, impl_->y);
    pango_cairo_show_layout(impl_->cr, number.get());
    int height = 0;
    pango_layout_get_size(number.get(), nullptr, &height);
    impl_->y += points(height) + setup_.font_size * 0.5;
  }
}

void PdfWriter::ensure_room(double height) {
  if (impl_->page_has_content && impl_->y + height > setup_.height - setup_.bottom) new_page();
}

void PdfWriter::page_break() {
  if (impl_->page_has_content) new_page();
}

void PdfWriter::landscape() {
  if (setup_.width < setup_.height) std::swap(setup_.width, setup_.height);
  if (impl_->page_has_content) {
    new_page();
  } else {
    cairo_pdf_surface_set_size(impl_->surface, setup_.width, setup_.height);
  }
}

void PdfWriter::space(double points_high) {
  if (impl_->page_has_content) impl_->y += points_high;
}

void PdfWriter::text(std::string_view plain, const TextStyle& style) {
  markup(escape(plain), style);
}

void PdfWriter::markup(std::string_view text, const TextStyle& style) {
  const double size = style.size > 0 ? style.size : setup_.font_size;
  const double width = setup_.text_width() - style.left - style.right;
  const Layout layout =
      impl_->layout(text, width, size, style.bold, style.align, style.indent, setup_.font_family);
  if (!style.tabs.empty()) {
    PangoTabArray* tabs = pango_tab_array_new(static_cast<gint>(style.tabs.size()), FALSE);
    for (std::size_t i = 0; i < style.tabs.size(); ++i)
      pango_tab_array_set_tab(tabs, static_cast<gint>(i), PANGO_TAB_LEFT,
                              pango_units(style.tabs[i]));
    pango_layout_set_tabs(layout.get(), tabs);
    pango_tab_array_free(tabs);
  }
  space(style.space_before);
  if (style.keep_with_next) ensure_room(size * 4);
  PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
  do {
    PangoRectangle line{};
    pango_layout_iter_get_line_extents(iter, nullptr, &line);
    const double height = points(line.height);
    ensure_room(height);
    cairo_move_to(impl_->cr, setup_.left + style.left + points(line.x),
                  impl_->y + points(pango_layout_iter_get_baseline(iter) - line.y));
    pango_cairo_show_layout_line(impl_->cr, pango_layout_iter_get_line_readonly(iter));
    impl_->y += height;
    impl_->page_has_content = true;
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  impl_->y += style.space_after;
}

namespace {

// The width of the widest piece of `layout`'s text that may not be broken: a word (Pango
// finds Thai words with libthai), a number, a name written without spaces.
double widest_word(PangoLayout* layout) {
  pango_layout_set_width(layout, -1);
  const char* text = pango_layout_get_text(layout);
  int count = 0;
  const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout, &count);
  double widest = 0;
  double start_x = 0;
  int start_y = -1;
  for (int i = 0; i < count; ++i) {
    if (i + 1 < count && !attrs[i].is_line_break) continue;
    PangoRectangle at;
    const auto index = static_cast<int>(g_utf8_offset_to_pointer(text, i) - text);
    pango_layout_index_to_pos(layout, index, &at);
    if (at.y != start_y) {  // a new line of the text: its first word starts at its left
      start_y = at.y;
      start_x = 0;
    }
    widest = std::max(widest, points(at.x) - start_x);
    start_x = points(at.x);
  }
  return widest;
}

// The columns' widths: in proportion to `weights`, except that no column is narrower than its
// widest word while the others can give it room, so that "ผู้รับผิดชอบ" or "ไตรมาส" stays whole.
std::vector<double> column_widths(const std::vector<double>& weights,
                                  const std::vector<double>& least, double total) {
  std::vector<double> widths(weights.size(), 0);
  const double needed = std::accumulate(least.begin(), least.end(), 0.0);
  if (needed >= total) {
    for (std::size_t i = 0; i < least.size(); ++i) widths[i] = least[i] / needed * total;
    return widths;
  }
  std::vector<bool> fixed(weights.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    double room = total;
    double weight = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (fixed[i])
        room -= least[i];
      else
        weight += weights[i];
    }
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (fixed[i]) {
        widths[i] = least[i];
        continue;
      }
      widths[i] = weight > 0 ? weights[i] / weight * room : 0;
      if (widths[i] < least[i]) {
        fixed[i] = true;
        changed = true;
      }
    }
  }
  return widths;
}

}  // namespace

void PdfWriter::table(const Table& table) {
  const double size = table.size > 0 ? table.size : table_font_size;
  std::vector<double> least(table.widths.size(), 2 * cell_padding);
  for (const auto* rows : {&table.header, &table.rows})
    for (const auto& row : *rows) {
      std::size_t column = 0;
      for (const auto& cell : row) {
        if (column >= least.size()) break;
        if (cell.span <= 1) {
          Layout layout = impl_->layout(escape(cell.text), 0, size, cell.bold, cell.align, 0,
                                        setup_.font_family);
          least[column] = std::max(least[column], widest_word(layout.get()) + 2 * cell_padding + 1);
        }
        column += static_cast<std::size_t>(std::max(1, cell.span));
      }
    }
  const std::vector<double> widths = column_widths(table.widths, least, setup_.text_width());
  cairo_t* cr = impl_->cr;

  struct Laid {
    std::vector<Layout> cells;
    std::vector<double> x, w;
    double height = 0;
  };
  auto lay_out = [&](const TableRow& row) {
    Laid laid;
    std::size_t column = 0;
    for (const auto& cell : row) {
      if (column >= widths.size()) break;
      const std::size_t last = std::min(widths.size(), column + std::max(1, cell.span));
      const double x = std::accumulate(widths.begin(), widths.begin() + column, 0.0);
      const double w = std::accumulate(widths.begin() + column, widths.begin() + last, 0.0);
      Layout layout = impl_->layout(escape(cell.text), w - 2 * cell_padding, size, cell.bold,
                                    cell.align, 0, setup_.font_family);
      int height = 0;
      pango_layout_get_size(layout.get(), nullptr, &height);
      laid.height = std::max(laid.height, points(height) + 2 * cell_padding);
      laid.cells.push_back(std::move(layout));
      laid.x.push_back(x);
      laid.w.push_back(w);
      column = last;
    }
    return laid;
  };
  auto draw = [&](const TableRow& row, const Laid& laid) {
    for (std::size_t i = 0; i < laid.cells.size(); ++i) {
      const double x = setup_.left + laid.x[i];
      if (row[i].shaded) {
        cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
        cairo_rectangle(cr, x, impl_->y, laid.w[i], laid.height);
        cairo_fill(cr);
      }
      cairo_set_source_rgb(cr, 0, 0, 0);
      cairo_set_line_width(cr, 0.5);
      cairo_rectangle(cr, x, impl_->y, laid.w[i], laid.height);
      cairo_stroke(cr);
      cairo_move_to(cr, x + cell_padding, impl_->y + cell_padding);
      pango_cairo_show_layout(cr, laid.cells[i].get());
    }
    impl_->y += laid.height;
    impl_->page_has_content = true;
  };

  std::vector<Laid> header;
  double header_height = 0;
  for (const auto& row : table.header) {
    header.push_back(lay_out(row));
    header_height += header.back().height;
  }
  auto draw_header = [&] {
    for (std::size_t i = 0; i < header.size(); ++i) draw(table.header[i], header[i]);
  };
  bool header_drawn = false;
  for (const auto& row : table.rows) {
    const Laid laid = lay_out(row);
    const double bottom = setup_.height - setup_.bottom;
    const double needed = laid.height + (header_drawn ? 0 : header_height);
    if (impl_->page_has_content && impl_->y + needed > bottom) {
      new_page();
      header_drawn = false;
    }
    if (!header_drawn) {
      draw_header();
      header_drawn = true;
    }
    draw(row, laid);
  }
  if (!header_drawn) draw_header();
  impl_->y += setup_.font_size * 0.5;
}

void PdfWriter::signatures(const std::vector<SignatureBlock>& blocks) {
  if (blocks.empty()) return;
  const double line = setup_.font_size * 1.45;
  const double block_width = blocks.size() == 1
                                 ? setup_.text_width() * 0.55
                                 : setup_.text_width() / static_cast<double>(blocks.size());
  const double first_x =
      blocks.size() == 1 ? setup_.left + setup_.text_width() - block_width : setup_.left;
  struct Lines {
    std::vector<Layout> layouts;
    std::vector<double> gaps;  // space before each line
    double height = 0;
  };
  std::vector<Lines> laid(blocks.size());
  double height = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const SignatureBlock& block = blocks[i];
    auto add = [&](const std::string& text, double gap) {
      Layout layout = impl_->layout(escape(text), block_width - 2 * cell_padding, setup_.font_size,
                                    false, Align::center, 0, setup_.font_family);
      int h = 0;
      pango_layout_get_size(layout.get(), nullptr, &h);
      laid[i].layouts.push_back(std::move(layout));
      laid[i].gaps.push_back(gap);
      laid[i].height += gap + points(h);
    };
    // A dotted line as wide as the block leaves room for, after `label`: never wrapped.
    auto dotted = [&](const std::string& label) {
      const double room = block_width - 4 * cell_padding;
      std::string text = label;
      for (;;) {
        const Layout trial = impl_->layout(escape(text + "..."), room * 4, setup_.font_size, false,
                                           Align::left, 0, setup_.font_family);
        int w = 0;
        pango_layout_get_size(trial.get(), &w, nullptr);
        if (points(w) > room) break;
        text += "...";
      }
      return text;
    };
    for (const auto& text : block.above) add(text == "…" ? dotted("") : text, 0);
    // Room to sign above the line.
    add(dotted(block.sign_label.empty() ? "" : block.sign_label + " "), line);
    if (!block.name.empty()) add("(" + block.name + ")", 0);
    if (!block.position.empty()) add(block.position, 0);
    if (!block.date_label.empty()) add(block.date_label + " ........../........../..........", 0);
    height = std::max(height, laid[i].height);
  }
  ensure_room(height);
  const double top = impl_->y;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    double y = top;
    const double x = first_x + static_cast<double>(i) * block_width + cell_padding;
    for (std::size_t j = 0; j < laid[i].layouts.size(); ++j) {
      y += laid[i].gaps[j];
      cairo_move_to(impl_->cr, x, y);
      pango_cairo_show_layout(impl_->cr, laid[i].layouts[j].get());
      int h = 0;
      pango_layout_get_size(laid[i].layouts[j].get(), nullptr, &h);
      y += points(h);
    }
  }
  impl_->y = top + height + line * 0.5;
  impl_->page_has_content = true;
}

bool PdfWriter::image(std::string_view png, double height, Align align, bool beside) {
  PngSource source{png};
  cairo_surface_t* picture = cairo_image_surface_create_from_png_stream(read_png, &source);
  const bool ok = cairo_surface_status(picture) == CAIRO_STATUS_SUCCESS &&
                  cairo_image_surface_get_height(picture) > 0;
  if (ok) {
    const double scale = height / cairo_image_surface_get_height(picture);
    const double width = cairo_image_surface_get_width(picture) * scale;
    ensure_room(height);
    cairo_save(impl_->cr);
    const double x = align == Align::left    ? setup_.left
                     : align == Align::right ? setup_.left + setup_.text_width() - width
                                             : setup_.left + (setup_.text_width() - width) / 2;
    cairo_translate(impl_->cr, x, impl_->y);
    cairo_scale(impl_->cr, scale, scale);
    cairo_set_source_surface(impl_->cr, picture, 0, 0);
    cairo_paint(impl_->cr);
    cairo_restore(impl_->cr);
    if (!beside) impl_->y += height;
    impl_->page_has_content = true;
  }
  cairo_surface_destroy(picture);
  return ok;
}

std::string PdfWriter::finish() {
  cairo_destroy(impl_->cr);
  impl_->cr = nullptr;
  cairo_surface_finish(impl_->surface);
  const cairo_status_t status = cairo_surface_status(impl_->surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw DocumentError(trf("cairo cannot make a PDF: {1}", {cairo_status_to_string(status)}));
  return std::move(impl_->bytes);
}

}  // namespace oitgen
