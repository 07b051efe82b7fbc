#include "render/charts.h"

#include "util/text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>
#include <system_error>

namespace oitgen {

namespace {

// The drawing is laid out on a 640-unit-wide viewBox and scaled by CSS to the page's width.
constexpr double kWidth = 640;
constexpr double kFontSize = 14;       // labels and legend
constexpr double kSmallFontSize = 12;  // axis labels: the smallest text a reader must read
constexpr double kLegendRow = 24;      // one legend entry per row: Thai labels may be long
constexpr double kSwatch = 14;
constexpr double kLegendGap = 16;  // between the drawing and its legend
constexpr double kTextBottom = 6;  // room for Thai marks below the last baseline

// Text is not measured at build time; this is a generous average advance for digits and
// Latin or Thai letters, enough to leave room for axis labels.
constexpr double kCharWidthEm = 0.62;

constexpr std::string_view kAxisColour = "#767676";
constexpr std::string_view kGridColour = "#d9d9d9";
constexpr std::string_view kNeutralFill = "#5f6b7a";
constexpr std::string_view kScoreFill = "#0072b2";
constexpr std::string_view kTargetStroke = "#1f1f1f";

// Fills used when the site's CSS does not style a class. All have at least 3:1 contrast
// against white; the series are the Okabe-Ito colours (darkened where needed for that
// contrast), which stay apart for the common colour vision deficiencies.
std::string_view fallback_fill(std::string_view css_class) {
  struct Entry {
    std::string_view css_class;
    std::string_view fill;
  };
  static constexpr std::array<Entry, 11> kFills = {{
      {"chart-score", kScoreFill},
      {"status-completed", "#2e7d32"},
      {"status-in_progress", "#b45309"},
      {"status-not_reported", "#767676"},
      {"status-not_possible", "#c62828"},
      {"series-1", "#0072b2"},
      {"series-2", "#d55e00"},
      {"series-3", "#009e73"},
      {"series-4", "#cc79a7"},
      {"series-5", "#8a6d00"},
      {"series-6", "#332288"},
  }};
  for (const auto& entry : kFills)
    if (entry.css_class == css_class) return entry.fill;
  return kNeutralFill;
}

// Values that cannot be drawn (negative, NaN, infinite) are drawn as nothing.
double drawable(double value) {
  return std::isfinite(value) && value > 0 ? value : 0;
}

double round2(double value) {
  return std::round(value * 100) / 100;
}

// A coordinate with at most two decimals and a '.' point whatever the locale: to_chars does
// not look at the locale, unlike printf and streams.
std::string number(double value) {
  if (!std::isfinite(value)) value = 0;
  std::array<char, 64> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                    std::chars_format::fixed, 2);
  if (result.ec != std::errc()) return "0";  // beyond any coordinate: values are clamped
  std::string out(buffer.data(), result.ptr);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  if (out == "-0") out = "0";
  return out;
}

double estimated_width(std::string_view text, double font_size) {
  // Counts code points: UTF-8 continuation bytes add no width of their own.
  const auto characters = std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
  return static_cast<double>(characters) * kCharWidthEm * font_size;
}

std::string class_attribute(std::string_view css_class) {
  return css_class.empty() ? "" : " class=\"" + xml_escape(css_class) + "\"";
}

// A tooltip for a shape; screen readers use the chart's own title and description.
std::string tooltip(std::string_view text) {
  return "<title>" + xml_escape(text) + "</title>";
}

struct Box {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

std::string rect(const Box& box, std::string_view css_class, std::string_view fill,
                 std::string_view hover = "", std::string_view stroke = "") {
  std::string out = "<rect" + class_attribute(css_class) + " x=\"" + number(box.x) + "\" y=\"" +
                    number(box.y) + "\" width=\"" + number(box.width) + "\" height=\"" +
                    number(box.height) + "\" fill=\"" + std::string(fill) + "\"";
  if (!stroke.empty()) out += " stroke=\"" + std::string(stroke) + "\"";
  if (hover.empty()) return out + "/>";
  return out + ">" + tooltip(hover) + "</rect>";
}

// A part of a stacked bar or column, with a thin white edge that keeps neighbours apart for
// readers who cannot tell their colours apart (green and red, for the statuses).
std::string stacked_part(const Box& box, std::string_view css_class, std::string_view hover) {
  return rect(box, css_class, fallback_fill(css_class), hover, "#fff");
}

std::string line(double x1, double y1, double x2, double y2, std::string_view css_class,
                 std::string_view stroke, double stroke_width, std::string_view hover = "") {
  std::string out = "<line" + class_attribute(css_class) + " x1=\"" + number(x1) + "\" y1=\"" +
                    number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2) +
                    "\" stroke=\"" + std::string(stroke) + "\" stroke-width=\"" +
                    number(stroke_width) + "\"";
  if (hover.empty()) return out + "/>";
  return out + ">" + tooltip(hover) + "</line>";
}

enum class Anchor { start, middle, end };

std::string text(double x, double y, std::string_view content, Anchor anchor = Anchor::start,
                 double font_size = kFontSize) {
  std::string out = "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\"";
  if (anchor == Anchor::middle) out += " text-anchor=\"middle\"";
  if (anchor == Anchor::end) out += " text-anchor=\"end\"";
  if (font_size != kFontSize) out += " font-size=\"" + number(font_size) + "\"";
  return out + ">" + xml_escape(content) + "</text>";
}

// The baseline that centres a line of text on a swatch whose top is `top`.
double legend_baseline(double top) {
  return top + kSwatch - 2;
}

// A legend entry: a swatch in the shape's colours, the label, and optionally its value.
std::string legend_entry(double top, std::string_view label, std::string_view css_class,
                         std::string_view value_text = "") {
  std::string out = rect({0, top, kSwatch, kSwatch}, css_class, fallback_fill(css_class));
  out += "<text x=\"" + number(kSwatch + 8) + "\" y=\"" + number(legend_baseline(top)) + "\">" +
         xml_escape(label);
  if (!value_text.empty())
    out += "<tspan dx=\"8\" font-weight=\"bold\">" + xml_escape(value_text) + "</tspan>";
  return out + "</text>";
}

// What screen readers hear: the title, and the description with the empty chart's message.
std::string labels(const std::string& prefix, const std::string& title,
                   const std::string& description) {
  return "<title id=\"" + prefix + "-title\">" + xml_escape(title) + "</title><desc id=\"" +
         prefix + "-desc\">" + xml_escape(description) + "</desc>";
}

std::string described(const std::string& description, const std::string& empty_text, bool empty) {
  if (!empty || empty_text.empty()) return description;
  return description.empty() ? empty_text : description + " " + empty_text;
}

// The wide drawing. Text inherits the page's font and colour (fill="currentColor"); the
// height follows from the viewBox because only the width is set.
std::string svg(const std::string& id, const std::string& title, const std::string& description,
                double height, const std::string& body) {
  const std::string prefix = xml_escape(id);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-wide\" width=\"100%\" "
         "viewBox=\"0 0 " +
         number(kWidth) + " " + number(height) + "\" role=\"img\" aria-labelledby=\"" + prefix +
         "-title " + prefix + "-desc\" font-size=\"" + number(kFontSize) +
         "\" fill=\"currentColor\">" + labels(prefix, title, description) + body + "</svg>";
}

// The narrow drawing: no viewBox, so nothing is scaled. Across, positions are percentages of
// the width; down, they are in em of the page's text, so its text is the body text's size
// however narrow the screen, and rows grow with a reader's larger text.
std::string bars_svg(const std::string& id, const std::string& title,
                     const std::string& description, double height_em, const std::string& body) {
  const std::string prefix = xml_escape(id) + "-bars";
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-bars\" width=\"100%\" "
         "style=\"height:" +
         number(height_em) + "em\" role=\"img\" aria-labelledby=\"" + prefix + "-title " + prefix +
         "-desc\" fill=\"currentColor\">" + labels(prefix, title, description) + body + "</svg>";
}

// The narrow drawing's rows, from the top: a label and its value on one line, then a bar
// under them, across the whole width, on a light track that shows the whole.
constexpr double kRowBaseline = 1.15;  // em below the row's top
constexpr double kBarTop = 1.5;
constexpr double kBarHeight = 0.9;
constexpr double kRowHeight = 2.9;
constexpr double kBarsLegendRow = 1.7;
constexpr double kBarsSwatch = 0.9;
constexpr double kBarsBottom = 0.4;  // room for Thai marks below the last baseline
constexpr std::string_view kTrackFill = "#eef1f5";

std::string em(double value) {
  return number(value) + "em";
}
std::string percent(double value) {
  return number(std::clamp(value, 0.0, 100.0)) + "%";
}

std::string bars_text(std::string_view x, double y, std::string_view content,
                      Anchor anchor = Anchor::start, bool bold = false) {
  std::string out = "<text x=\"" + std::string(x) + "\" y=\"" + em(y) + "\"";
  if (anchor == Anchor::end) out += " text-anchor=\"end\"";
  if (bold) out += " font-weight=\"bold\"";
  return out + ">" + xml_escape(content) + "</text>";
}

// A rect whose x and width are percentages and whose y and height are in em.
std::string bars_rect(double from, double to, double top, double height, std::string_view css_class,
                      std::string_view fill, std::string_view hover = "",
                      std::string_view stroke = "") {
  std::string out = "<rect" + class_attribute(css_class) + " x=\"" + percent(from) + "\" y=\"" +
                    em(top) + "\" width=\"" + percent(to - from) + "\" height=\"" + em(height) +
                    "\" fill=\"" + std::string(fill) + "\"";
  if (!stroke.empty()) out += " stroke=\"" + std::string(stroke) + "\"";
  if (hover.empty()) return out + "/>";
  return out + ">" + tooltip(hover) + "</rect>";
}

// Where a row's label starts: a little in, for Thai vowels written before their consonant (ไ,
// เ) that reach left of where their text starts.
constexpr std::string_view kLabelStart = "0.2em";

// A row's label (left) and value (right, bold), and its empty track.
std::string bars_row(double top, std::string_view label, std::string_view value_text,
                     bool bold_value = true) {
  return bars_text(kLabelStart, top + kRowBaseline, label) +
         bars_text("100%", top + kRowBaseline, value_text, Anchor::end, bold_value) +
         bars_rect(0, 100, top + kBarTop, kBarHeight, "chart-track", kTrackFill);
}

std::string bars_legend_entry(double top, std::string_view label, std::string_view css_class) {
  return "<rect" + class_attribute(css_class) + " x=\"0\" y=\"" + em(top + 0.2) + "\" width=\"" +
         em(kBarsSwatch) + "\" height=\"" + em(kBarsSwatch) + "\" fill=\"" +
         std::string(fallback_fill(css_class)) + "\"/>" +
         bars_text(em(kBarsSwatch + 0.5), top + kRowBaseline - 0.05, label);
}

// The message of a chart with nothing to draw, e.g. "no budget planned".
std::string bars_message(std::string_view message) {
  return bars_text(kLabelStart, kRowBaseline, message);
}

// A y axis from 0 to `top` with a gridline at each tick.
struct Axis {
  std::vector<double> ticks;
  double top = 1;
};

// 10^exponent times `multiple`, exact for the tick values: dividing by an exact power of ten
// gives 0.3 where multiplying by 0.1 gives 0.30000000000000004.
double scaled(double multiple, int exponent) {
  return exponent >= 0 ? multiple * std::pow(10.0, exponent) : multiple / std::pow(10.0, -exponent);
}

// The smallest round step that covers `max` in at most five steps. Each multiple is at most
// 5/3 times the one before, so a step too small for five steps is at least 3/5 of the one
// chosen, which therefore needs at least four: the axis has four or five gridlines above 0.
Axis round_axis(double max) {
  if (!(max > 0) || !std::isfinite(max)) return {{0}, 1};
  const int exponent = static_cast<int>(std::floor(std::log10(max / 5)));
  for (const double multiple : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 10.0}) {
    const double step = scaled(multiple, exponent);
    const auto steps = static_cast<int>(std::ceil(max / step - 1e-9));
    if (steps > 5) continue;
    Axis axis;
    for (int i = 0; i <= steps; ++i) axis.ticks.push_back(scaled(multiple * i, exponent));
    axis.top = axis.ticks.back();
    return axis;
  }
  return {{0, max}, max};  // not reached: 10^exponent is at most max / 5
}

// A plot area: the value 0 is at `bottom`, the axis top value at `top`.
struct Plot {
  double left = 0;
  double right = kWidth;
  double top = 0;
  double bottom = 0;
  double max = 1;

  double width() const { return right - left; }
  double y(double value) const {
    return bottom - (bottom - top) * std::min(drawable(value), max) / max;
  }
  // The slot of the i-th of n categories, equal widths across the plot.
  double slot_width(std::size_t n) const { return width() / static_cast<double>(n); }
  double slot_centre(std::size_t i, std::size_t n) const {
    return left + slot_width(n) * (static_cast<double>(i) + 0.5);
  }
};

std::string gridlines(const Plot& plot, const std::vector<double>& ticks,
                      const std::vector<std::string>& labels) {
  std::string out;
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    const double y = round2(plot.y(ticks[i]));
    if (ticks[i] > 0) out += line(plot.left, y, plot.right, y, "chart-grid", kGridColour, 1);
    out += text(plot.left - 6, y + 4, labels[i], Anchor::end, kSmallFontSize);
  }
  return out;
}

// Drawn after the data so that the columns do not cover the baseline.
std::string axes(const Plot& plot) {
  return line(plot.left, plot.top, plot.left, plot.bottom, "chart-axis", kAxisColour, 1) +
         line(plot.left, plot.bottom, plot.right, plot.bottom, "chart-axis", kAxisColour, 1);
}

}  // namespace

std::string stacked_bar_chart(const std::string& id, const std::string& title,
                              const std::string& description,
                              const std::vector<ChartSegment>& segments,
                              const std::string& empty_text) {
  // Half a unit in from the edges so that the 1-unit outline is not clipped.
  const Box bar{0.5, 0.5, kWidth - 1, 40};
  double total = 0;
  for (const auto& segment : segments) total += drawable(segment.value);
  const bool empty = !(total > 0);
  const std::string desc = described(description, empty_text, empty);

  std::string body;
  std::string bars;
  double bars_top = 0;
  if (empty && !empty_text.empty()) {
    // Said inside the empty outline, and above the narrow rows.
    body += text(bar.x + bar.width / 2, bar.y + bar.height / 2 + 5, empty_text, Anchor::middle);
    bars += bars_message(empty_text);
    bars_top = kRowHeight - 0.6;
  }
  double sum = 0;  // edges from running sums: the segments tile the bar without gaps or overlap
  for (const auto& segment : segments) {
    const double value = drawable(segment.value);
    const std::string hover = segment.label + ": " + segment.value_text;
    bars += bars_row(bars_top, segment.label, segment.value_text);
    if (value > 0) {
      const double from = round2(bar.x + bar.width * sum / total);
      const double share_from = 100 * sum / total;
      sum += value;
      const double to = round2(bar.x + bar.width * sum / total);
      body += stacked_part({from, bar.y, to - from, bar.height}, segment.css_class, hover);
      // Each status on its own bar, as its share of the whole.
      bars += bars_rect(0, 100 * sum / total - share_from, bars_top + kBarTop, kBarHeight,
                        segment.css_class, fallback_fill(segment.css_class), hover);
    }
    bars_top += kRowHeight;
  }
  body += "<rect class=\"chart-outline\" x=\"" + number(bar.x) + "\" y=\"" + number(bar.y) +
          "\" width=\"" + number(bar.width) + "\" height=\"" + number(bar.height) +
          "\" fill=\"none\" stroke=\"" + std::string(kAxisColour) + "\"/>";

  double top = bar.y + bar.height + kLegendGap;
  for (const auto& segment : segments) {
    body += legend_entry(top, segment.label, segment.css_class, segment.value_text);
    top += kLegendRow;
  }
  const double height = segments.empty() ? bar.y + bar.height + 1 : top - kLegendRow + kSwatch;
  const double bars_height =
      bars_top == 0 ? kRowHeight : bars_top - kRowHeight + kBarTop + kBarHeight + kBarsBottom;
  return svg(id, title, desc, height + kTextBottom, body) +
         bars_svg(id, title, desc, bars_height, bars);
}

std::string stacked_column_chart(const std::string& id, const std::string& title,
                                 const std::string& description,
                                 const std::vector<std::string>& categories,
                                 const std::vector<ChartSeries>& series,
                                 const std::function<std::string(double)>& format_axis_value,
                                 const std::string& empty_text) {
  auto value_at = [](const ChartSeries& s, std::size_t i) {
    return i < s.values.size() ? drawable(s.values[i]) : 0.0;
  };
  auto format = [&](double value) {
    return format_axis_value ? format_axis_value(value) : number(value);
  };
  double max_total = 0;
  for (std::size_t i = 0; i < categories.size(); ++i) {
    double total = 0;
    for (const auto& s : series) total += value_at(s, i);
    max_total = std::max(max_total, total);
  }
  const bool empty = !(max_total > 0);
  const std::string desc = described(description, empty_text, empty);
  const Axis axis = round_axis(max_total);
  std::vector<std::string> labels;
  double label_width = 0;
  for (const double tick : axis.ticks) {
    labels.push_back(format(tick));
    label_width = std::max(label_width, estimated_width(labels.back(), kSmallFontSize));
  }
  Plot plot;
  plot.left = std::clamp(std::ceil(label_width) + 10, 30.0, kWidth / 3);
  plot.right = kWidth - 8;
  plot.top = 10;
  plot.bottom = 250;
  plot.max = axis.top;

  std::string body = gridlines(plot, axis.ticks, labels);
  std::string bars;
  double bars_top = 0;
  const std::size_t n = categories.size();
  for (std::size_t i = 0; i < n; ++i) {
    const double column_width = std::min(plot.slot_width(n) * 0.6, 80.0);
    const double x = round2(plot.slot_centre(i, n) - column_width / 2);
    double total = 0;
    for (const auto& s : series) total += value_at(s, i);
    if (!empty) bars += bars_row(bars_top, categories[i], format(total));
    double sum = 0;
    for (const auto& s : series) {
      const double value = value_at(s, i);
      if (value == 0) continue;
      const double base = round2(plot.y(sum));
      const double share_from = 100 * sum / max_total;
      sum += value;
      const double end = round2(plot.y(sum));
      const std::string value_text = i < s.value_texts.size() ? s.value_texts[i] : "";
      const std::string hover = s.label + ", " + categories[i] + ": " + value_text;
      body += stacked_part({x, end, round2(column_width), base - end}, s.css_class, hover);
      // Across the narrow drawing, the longest bar is the largest total.
      bars += bars_rect(round2(share_from), round2(100 * sum / max_total), bars_top + kBarTop,
                        kBarHeight, s.css_class, fallback_fill(s.css_class), hover, "#fff");
    }
    body += text(plot.slot_centre(i, n), plot.bottom + 20, categories[i], Anchor::middle);
    if (!empty) bars_top += kRowHeight;
  }
  if (empty && !empty_text.empty()) {
    body += text((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2, empty_text,
                 Anchor::middle);
    bars += bars_message(empty_text);
    bars_top = kRowHeight - 0.6;
  }
  body += axes(plot);

  double top = plot.bottom + 28 + kLegendGap;
  for (const auto& s : series) {
    body += legend_entry(top, s.label, s.css_class);
    top += kLegendRow;
  }
  // The narrow legend, under the rows; an empty chart's message needs none.
  if (!empty) {
    double legend_top = bars_top;
    for (const auto& s : series) {
      bars += bars_legend_entry(legend_top, s.label, s.css_class);
      legend_top += kBarsLegendRow;
    }
    bars_top = legend_top;
  }
  const double height = series.empty() ? plot.bottom + 28 : top - kLegendRow + kSwatch;
  return svg(id, title, desc, height + kTextBottom, body) +
         bars_svg(id, title, desc, std::max(bars_top, kRowHeight) + kBarsBottom, bars);
}

std::string score_history_chart(const std::string& id, const std::string& title,
                                const std::string& description,
                                const std::vector<ScorePoint>& points,
                                const std::string& score_label, const std::string& target_label) {
  Plot plot;
  plot.left = 40;
  plot.right = kWidth - 8;
  plot.top = 30;  // room for the value text above a score of 100
  plot.bottom = 230;
  plot.max = 100;
  const std::vector<double> ticks = {0, 20, 40, 60, 80, 100};
  std::vector<std::string> labels;
  for (const double tick : ticks) labels.push_back(number(tick));

  std::string body = gridlines(plot, ticks, labels);
  std::string bars;
  double bars_top = 0;
  const std::size_t n = points.size();
  std::string markers;  // drawn over the axes, so kept apart from the columns
  for (std::size_t i = 0; i < n; ++i) {
    const ScorePoint& point = points[i];
    const double column_width = std::min(plot.slot_width(n) * 0.5, 56.0);
    const double x = round2(plot.slot_centre(i, n) - column_width / 2);
    double label_above = plot.bottom;
    // Narrow: the year and its score (or "no assessment") above a 0-100 bar.
    bars += bars_row(bars_top, point.label, point.score_text, point.score.has_value());
    if (point.score) {
      const double y = round2(plot.y(*point.score));
      const std::string hover = score_label + " " + point.label + ": " + point.score_text;
      body += rect({x, y, round2(column_width), plot.bottom - y}, "chart-score",
                   fallback_fill("chart-score"), hover);
      bars += bars_rect(0, round2(std::min(drawable(*point.score), 100.0)), bars_top + kBarTop,
                        kBarHeight, "chart-score", fallback_fill("chart-score"), hover);
      label_above = y;
    }
    if (point.target) {
      // Wider than the column so that it shows beside a column that reaches past it. No white
      // edge: it would hide the top of a column just above the target.
      const double y = round2(plot.y(*point.target));
      const double from = x - 8;
      const double to = x + round2(column_width) + 8;
      const std::string hover = target_label + " " + point.label + ": " + point.target_text;
      markers += line(from, y, to, y, "chart-target", kTargetStroke, 3, hover);
      // The score's text moves above the marker when the marker would cross it; a marker well
      // above the column leaves the text beside its column.
      if (point.score && y > label_above - 24 && y < label_above + 4) label_above = y - 3;
      // Narrow: a mark across the bar at the target, a little taller than the bar.
      const std::string at = percent(round2(std::min(drawable(*point.target), 100.0)));
      bars += "<line class=\"chart-target\" x1=\"" + at + "\" y1=\"" +
              em(bars_top + kBarTop - 0.25) + "\" x2=\"" + at + "\" y2=\"" +
              em(bars_top + kBarTop + kBarHeight + 0.25) + "\" stroke=\"" +
              std::string(kTargetStroke) + "\" stroke-width=\"3\">" + tooltip(hover) + "</line>";
    }
    if (point.score)
      body += text(plot.slot_centre(i, n), label_above - 6, point.score_text, Anchor::middle);
    else if (!point.score_text.empty())  // e.g. "no assessment", on the baseline
      body += text(plot.slot_centre(i, n), plot.bottom - 6, point.score_text, Anchor::middle,
                   kSmallFontSize);
    body += text(plot.slot_centre(i, n), plot.bottom + 20, point.label, Anchor::middle);
    bars_top += kRowHeight;
  }
  body += axes(plot) + markers;

  const double top = plot.bottom + 28 + kLegendGap;
  body += legend_entry(top, score_label, "chart-score");
  const double target_y = top + kLegendRow + kSwatch / 2;
  body += line(0, target_y, kSwatch, target_y, "chart-target", kTargetStroke, 3);
  body += text(kSwatch + 8, legend_baseline(top + kLegendRow), target_label);

  bars += bars_legend_entry(bars_top, score_label, "chart-score");
  const double sample = bars_top + kBarsLegendRow + 0.2 + kBarsSwatch / 2;
  bars += "<line class=\"chart-target\" x1=\"0\" y1=\"" + em(sample) + "\" x2=\"" +
          em(kBarsSwatch) + "\" y2=\"" + em(sample) + "\" stroke=\"" + std::string(kTargetStroke) +
          "\" stroke-width=\"3\"/>";
  bars += bars_text(em(kBarsSwatch + 0.5), bars_top + kBarsLegendRow + kRowBaseline - 0.05,
                    target_label);
  bars_top += 2 * kBarsLegendRow;
  return svg(id, title, description, top + kLegendRow + kSwatch + kTextBottom, body) +
         bars_svg(id, title, description, bars_top + kBarsBottom, bars);
}

}  // namespace oitgen
