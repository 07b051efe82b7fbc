#pragma once
// Charts drawn at build time as inline SVG, placed in HTML5 pages without any script.
//
// A chart only does geometry: every value it shows comes from the caller already computed,
// with its display text already formatted. Each function returns two <svg> elements, the same
// figures drawn twice, and the theme's CSS shows one of them (the other is display: none, out
// of the page and of the accessibility tree):
//  - class "chart chart-wide": the wide drawing, sized by CSS (width 100%, height from the
//    viewBox), whose text scales with its width: for screens wider than about 640 px, and paper;
//  - class "chart chart-bars": the narrow drawing, one horizontal bar a row under its label and
//    value, without a viewBox, so that its text is the page's body text whatever the width
//    (across, positions are percentages of the width; down, in em).
// Each has a <title> and <desc> that screen readers read in place of the drawing. Every shape
// carries the caller's CSS class and an inline fill that the site's CSS may override.
//
// `id` prefixes the ids inside the charts ("<id>-title", "<id>-desc", "<id>-bars-title",
// "<id>-bars-desc") and so must be unique on the page; the content format's ids ([a-z0-9-])
// are safe. Negative, NaN and infinite values are drawn as 0. `empty_text` (e.g. "no budget
// planned") is what a chart whose every value is 0 says, in the drawing and in its description.

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace oitgen {

struct ChartSegment {
  std::string label;       // e.g. "ดำเนินการแล้วเสร็จ"
  double value = 0;        // e.g. a count
  std::string value_text;  // e.g. "21" (already formatted, maybe Thai digits)
  std::string css_class;   // e.g. "status-completed"
};

// A single horizontal bar split into segments proportional to their values (a 100% stacked
// bar), with a legend below listing each segment's label and value_text. Used for the count of
// projects per status in a progress report. Narrow: one bar per segment, its share of the whole.
// When every value is 0 the bar is an empty outline that says `empty_text`, and the legend
// still lists the zeros.
std::string stacked_bar_chart(const std::string& id, const std::string& title,
                              const std::string& description,
                              const std::vector<ChartSegment>& segments,
                              const std::string& empty_text = "");

struct ChartSeries {
  std::string label;                     // e.g. "มิติที่ 1"
  std::string css_class;                 // e.g. "series-1"
  std::vector<double> values;            // one per category; missing ones are 0
  std::vector<std::string> value_texts;  // one per category, formatted (shown as tooltips)
};

// Vertical stacked columns: one column per category (e.g. fiscal years), each split by series
// (e.g. the plan's four dimensions, the first series at the bottom), a y axis with 4 or 5
// round gridlines above 0 (steps of 1, 1.5, 2, 2.5, 3, 4, 5 or 6 times a power of ten) labelled
// by `format_axis_value`, and a legend. Used for budget per dimension per year. Narrow: a bar per
// category split by series, with the category's total (by `format_axis_value`) above it. When
// every value is 0 the axes show `empty_text` and the narrow drawing only says it.
std::string stacked_column_chart(const std::string& id, const std::string& title,
                                 const std::string& description,
                                 const std::vector<std::string>& categories,
                                 const std::vector<ChartSeries>& series,
                                 const std::function<std::string(double)>& format_axis_value,
                                 const std::string& empty_text = "");

struct ScorePoint {
  std::string label;             // e.g. "2567"
  std::optional<double> score;   // 0-100, none when there was no assessment
  std::string score_text;        // e.g. "88.45"; shown at the baseline when there is no score
  std::optional<double> target;  // the plan's target that year
  std::string target_text;       // e.g. "70.00" (shown as the marker's tooltip)
};

// ITA score history on a fixed 0-100 scale: a column per year for the score (with its value
// text above it), a short horizontal target marker per year where a target exists, and a
// legend ("score" / "target" labels given by the caller). Narrow: a 0-100 bar per year with the
// target marked across it. A score of 0 is a score: this chart is never empty.
std::string score_history_chart(const std::string& id, const std::string& title,
                                const std::string& description,
                                const std::vector<ScorePoint>& points,
                                const std::string& score_label, const std::string& target_label);

}  // namespace oitgen
