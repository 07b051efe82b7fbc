#include "render/charts.h"

#include <doctest/doctest.h>

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>

using namespace oitgen;

namespace {

using Attributes = std::map<std::string, std::string>;

// The attributes of each <tag ...> element whose class is `css_class`, in document order.
std::vector<Attributes> elements(const std::string& svg, const std::string& tag,
                                 const std::string& css_class) {
  static const std::regex attribute(R"re(([A-Za-z][A-Za-z0-9-]*)="([^"]*)")re");
  std::vector<Attributes> out;
  const std::string open = "<" + tag + " ";
  for (auto start = svg.find(open); start != std::string::npos; start = svg.find(open, start + 1)) {
    const std::string element = svg.substr(start, svg.find('>', start) - start);
    Attributes attributes;
    for (std::sregex_iterator it(element.begin(), element.end(), attribute), end; it != end; ++it)
      attributes[(*it)[1]] = (*it)[2];
    if (attributes["class"] == css_class) out.push_back(attributes);
  }
  return out;
}

double number(const Attributes& attributes, const std::string& name) {
  return std::stod(attributes.at(name));
}

// A chart's two drawings: the wide one, then the narrow bars.
std::string wide(const std::string& charts) {
  return charts.substr(0, charts.find("</svg>") + 6);
}
std::string bars(const std::string& charts) {
  return charts.substr(charts.find("</svg>") + 6);
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::vector<ChartSegment> statuses(double completed, double in_progress, double not_reported) {
  return {{"ดำเนินการแล้วเสร็จ", completed, "๒๑", "status-completed"},
          {"อยู่ระหว่างดำเนินการ", in_progress, "8", "status-in_progress"},
          {"ยังไม่รายงาน", not_reported, "0", "status-not_reported"}};
}

std::string baht(double value) {
  // Stands in for the caller's money formatter: thousands separators, two decimals.
  const std::string digits = std::to_string(std::llround(value));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out + ".00";
}

std::string budget_chart() {
  return stacked_column_chart("budget", "งบประมาณตามมิติ", "งบประมาณแต่ละปี แยกตามมิติ",
                              {"2566", "2567", "2568", "2569"},
                              {{"มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
                                "series-1",
                                {120000, 150000, 90000, 0},
                                {"120,000.00", "150,000.00", "90,000.00", "0.00"}},
                               {"มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
                                "series-2",
                                {300000, 250000, 400000, 0},
                                {"300,000.00", "250,000.00", "400,000.00", "0.00"}},
                               {"มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
                                "series-3",
                                {50000, 80000, 60000, 0},
                                {"50,000.00", "80,000.00", "60,000.00", "0.00"}},
                               {"มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบ",
                                "series-4",
                                {30000, 20000, 25000, 0},
                                {"30,000.00", "20,000.00", "25,000.00", "0.00"}}},
                              baht);
}

std::vector<ScorePoint> ita_history() {
  return {{"2564", 62.5, "62.50", std::nullopt, ""},
          {"2565", std::nullopt, "ไม่มีการประเมิน", 70.0, "70.00"},
          {"2566", 71.0, "71.00", 70.0, "70.00"},
          {"2567", 88.45, "88.45", 75.0, "75.00"},
          {"2568", 40.0, "40.00", 80.0, "80.00"}};
}

std::string score_chart() {
  return score_history_chart("ita", "ผลการประเมิน ITA", "คะแนน ITA เทียบกับค่าเป้าหมายของแผน",
                             ita_history(), "คะแนน ITA", "ค่าเป้าหมาย");
}

}  // namespace

TEST_CASE("a chart is two svg elements, each with its title and description for screen readers") {
  const std::string svg =
      stacked_bar_chart("status", "สถานะโครงการ", "21 เสร็จ", statuses(21, 8, 0));
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.ends_with("</svg>"));
  // The wide drawing, then the narrow one, each an image with its own title and description.
  CHECK(count(svg, "<svg") == 2);
  CHECK(bars(svg).starts_with(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-bars\""));
  CHECK(count(svg, " role=\"img\"") == 2);
  CHECK(wide(svg).find(" class=\"chart chart-wide\"") != std::string::npos);
  CHECK(wide(svg).find(" width=\"100%\" viewBox") != std::string::npos);
  CHECK(bars(svg).find(" width=\"100%\" style=") != std::string::npos);
  CHECK(wide(svg).find(" viewBox=\"0 0 640 ") != std::string::npos);
  CHECK(svg.find(" aria-labelledby=\"status-title status-desc\"") != std::string::npos);
  CHECK(bars(svg).find(" aria-labelledby=\"status-bars-title status-bars-desc\"") !=
        std::string::npos);
  CHECK(bars(svg).find("><title id=\"status-bars-title\">สถานะโครงการ</title><desc "
                       "id=\"status-bars-desc\">21 เสร็จ</desc><") != std::string::npos);
  // The title and description come first, so that they name the whole drawing.
  CHECK(svg.find("><title id=\"status-title\">สถานะโครงการ</title><desc id=\"status-desc\">21 "
                 "เสร็จ</desc><") != std::string::npos);
  CHECK(svg.find("<title") == svg.find("<title id=\"status-title\">"));
  CHECK(svg.find("xlink") == std::string::npos);
  CHECK(svg.find("font-family") == std::string::npos);
  CHECK(count(svg, " id=\"") == 4);

  for (const std::string& other : {budget_chart(), score_chart()}) {
    CHECK(count(other, " role=\"img\"") == 2);
    CHECK(other.find("<title id=\"") < other.find("<desc id=\""));
    CHECK(count(other, " id=\"") == 4);
  }
  CHECK(score_chart().find(" aria-labelledby=\"ita-title ita-desc\"") != std::string::npos);
}

TEST_CASE("every text is escaped") {
  const std::string evil = "<script>alert(1)</script> & \"'";
  const std::string escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;&#39;";
  const std::vector<std::string> charts = {
      stacked_bar_chart("a", evil, evil, {{evil, 1, evil, evil}}),
      stacked_bar_chart("a", evil, evil, {{evil, 0, evil, evil}}, evil),
      stacked_column_chart("b", evil, evil, {evil}, {{evil, evil, {1}, {evil}}},
                           [&](double) { return evil; }),
      stacked_column_chart(
          "b", evil, evil, {evil}, {{evil, evil, {0}, {evil}}}, [&](double) { return evil; }, evil),
      score_history_chart("c", evil, evil, {{evil, 50.0, evil, 40.0, evil}}, evil, evil),
  };
  for (const auto& svg : charts) {
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(wide(svg).find(escaped) != std::string::npos);
    CHECK(bars(svg).find(escaped) != std::string::npos);
    CHECK(svg.find("\"'") == std::string::npos);
  }
  // Control characters are not allowed in HTML text and are dropped.
  CHECK(stacked_bar_chart("d",
                          "a\x01"
                          "b",
                          "", {})
            .find(">ab</title>") != std::string::npos);
}

TEST_CASE("segments of a stacked bar are proportional to their values") {
  const std::string svg = wide(stacked_bar_chart("s", "t", "d", statuses(17, 8, 0)));
  const auto completed = elements(svg, "rect", "status-completed");
  const auto in_progress = elements(svg, "rect", "status-in_progress");
  REQUIRE(completed.size() == 2);  // the bar segment and the legend swatch
  REQUIRE(in_progress.size() == 2);
  const double a = number(completed[0], "width");
  const double b = number(in_progress[0], "width");
  CHECK(a * 8 == doctest::Approx(b * 17).epsilon(0.001));
  // The segments tile the bar: the second starts where the first ends, and together they fill
  // the outline.
  CHECK(number(in_progress[0], "x") == doctest::Approx(number(completed[0], "x") + a));
  const auto outline = elements(svg, "rect", "chart-outline");
  REQUIRE(outline.size() == 1);
  CHECK(a + b == doctest::Approx(number(outline[0], "width")));
  // A zero segment is not drawn but still listed.
  CHECK(elements(svg, "rect", "status-not_reported").size() == 1);
  CHECK(completed[0].at("fill") == "#2e7d32");
  CHECK(svg.find(">๒๑</tspan>") != std::string::npos);
}

TEST_CASE("a bar whose values are all zero is an empty outline with the zeros in its legend") {
  const std::string svg = wide(stacked_bar_chart("s", "t", "d", statuses(0, 0, 0)));
  CHECK(elements(svg, "rect", "chart-outline").size() == 1);
  CHECK(elements(svg, "rect", "status-completed").size() == 1);  // the swatch only
  CHECK(svg.find(">ยังไม่รายงาน<tspan dx=\"8\" font-weight=\"bold\">0</tspan>") != std::string::npos);
  for (const char* bad : {"nan", "inf", "NaN"}) CHECK(svg.find(bad) == std::string::npos);

  // Negative and NaN values are drawn as nothing.
  const std::string odd = wide(stacked_bar_chart("s", "t", "d", statuses(-3, std::nan(""), 0)));
  CHECK(elements(odd, "rect", "status-completed").size() == 1);
  CHECK(odd.find("nan") == std::string::npos);

  const std::string none = wide(stacked_bar_chart("s", "t", "d", {}));
  CHECK(elements(none, "rect", "chart-outline").size() == 1);
}

TEST_CASE("stacked columns sit on round gridlines labelled by the caller's formatter") {
  const std::string svg = wide(budget_chart());
  // 880,000 takes five steps of 200,000, and the budget chart's tallest column, 575,000, four
  // of 150,000.: steps of 150,000 up to 600,000.
  std::vector<double> asked;
  stacked_column_chart("b", "t", "d", {"2566"}, {{"s", "series-1", {880000}, {"x"}}},
                       [&](double value) {
                         asked.push_back(value);
                         return baht(value);
                       });
  // The axis's ticks, then the narrow drawing's total.
  CHECK(asked == std::vector<double>{0, 200000, 400000, 600000, 800000, 1000000, 880000});
  CHECK(svg.find(">600,000.00</text>") != std::string::npos);
  CHECK(elements(svg, "line", "chart-grid").size() == 4);

  // Column heights are proportional to the values, and a series' fallback colour follows its
  // class.
  const auto first = elements(svg, "rect", "series-1");
  const auto second = elements(svg, "rect", "series-2");
  REQUIRE(first.size() == 4);  // three years with a budget, and the legend swatch
  REQUIRE(second.size() == 4);
  CHECK(number(first[0], "height") * 300000 ==
        doctest::Approx(number(second[0], "height") * 120000).epsilon(0.001));
  // The second series stacks on the first.
  CHECK(number(second[0], "y") + number(second[0], "height") ==
        doctest::Approx(number(first[0], "y")));
  CHECK(first[0].at("fill") == "#0072b2");
  CHECK(elements(svg, "rect", "series-3")[0].at("fill") == "#009e73");
  CHECK(svg.find("<title>มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต, 2566: 120,000.00</title>") !=
        std::string::npos);

  // Fractional steps are exact: 0.3, not 0.30000000000000004.
  asked.clear();
  stacked_column_chart("b", "t", "d", {"x"}, {{"s", "", {0.35}, {""}}}, [&](double value) {
    asked.push_back(value);
    return std::string("v");
  });
  CHECK(asked == std::vector<double>{0, 0.1, 0.2, 0.3, 0.4, 0.35});
}

TEST_CASE("a column chart without data still has its axes") {
  int calls = 0;
  auto format = [&](double) {
    ++calls;
    return std::string("0.00");
  };
  for (const std::string& svg :
       {wide(stacked_column_chart("b", "t", "d", {}, {}, format)),
        wide(stacked_column_chart("b", "t", "d", {"2566"}, {{"s", "series-1", {0}, {"0.00"}}},
                                  format))}) {
    CHECK(elements(svg, "line", "chart-axis").size() == 2);
    CHECK(elements(svg, "line", "chart-grid").empty());
    CHECK(svg.find("nan") == std::string::npos);
    CHECK(svg.find("inf") == std::string::npos);
  }
  CHECK(calls == 2);  // only the 0 of each axis
}

TEST_CASE("a target of 70 is drawn at 70% of the 0-100 scale") {
  const std::string svg = wide(score_history_chart(
      "ita", "t", "d", {{"2567", 88.45, "88.45", 70.0, "70.00"}}, "คะแนน", "เป้าหมาย"));
  // The scale from the gridlines' labels: 0 on the baseline, 100 on the top gridline.
  const auto grid = elements(svg, "line", "chart-grid");
  const auto axes = elements(svg, "line", "chart-axis");
  REQUIRE(grid.size() == 5);
  REQUIRE(axes.size() == 2);
  const double y0 = number(axes[1], "y1");
  const double y100 = number(grid.back(), "y1");
  CHECK(y100 < y0);

  const auto markers = elements(svg, "line", "chart-target");
  REQUIRE(markers.size() == 2);  // the marker and the legend's sample
  const double y70 = number(markers[0], "y1");
  CHECK(number(markers[0], "y2") == y70);
  CHECK(y70 == doctest::Approx(y0 + 0.7 * (y100 - y0)));
  // The marker is wider than the column, so it shows on both sides of a taller column.
  const auto column = elements(svg, "rect", "chart-score");
  REQUIRE(column.size() == 2);
  CHECK(number(markers[0], "x1") < number(column[0], "x"));
  CHECK(number(markers[0], "x2") > number(column[0], "x") + number(column[0], "width"));
  CHECK(number(column[0], "y") == doctest::Approx(y0 + 0.8845 * (y100 - y0)).epsilon(0.001));
  CHECK(svg.find(">88.45</text>") != std::string::npos);
  CHECK(svg.find("<title>เป้าหมาย 2567: 70.00</title>") != std::string::npos);
}

TEST_CASE("score history without scores or targets") {
  const std::string svg = wide(score_chart());
  CHECK(elements(svg, "rect", "chart-score").size() == 5);  // four scores and the swatch
  CHECK(elements(svg, "line", "chart-target").size() == 5);
  CHECK(svg.find(">ไม่มีการประเมิน</text>") != std::string::npos);

  const std::string empty = wide(score_history_chart("e", "t", "d", {}, "score", "target"));
  CHECK(elements(empty, "line", "chart-axis").size() == 2);
  CHECK(elements(empty, "line", "chart-grid").size() == 5);
  CHECK(elements(empty, "rect", "chart-score").size() == 1);
  CHECK(empty.find("nan") == std::string::npos);
}

TEST_CASE("the narrow drawing is not scaled: its text is the page's body text") {
  for (const std::string& charts :
       {stacked_bar_chart("s", "t", "d", statuses(17, 8, 0)), budget_chart(), score_chart()}) {
    const std::string svg = bars(charts);
    CHECK(svg.ends_with("</svg>"));
    // No viewBox and no font size: nothing scales the text down, it inherits the page's.
    CHECK(svg.find("viewBox") == std::string::npos);
    CHECK(svg.find("font-size") == std::string::npos);
    static const std::regex height(R"re(^<svg [^>]*style="height:[0-9.]+em")re");
    CHECK(std::regex_search(svg, height));
    // Down in em, across in percent: every text's y, every bar's x and width.
    static const std::regex text_y(R"re(<text x="([^"]*)" y="([^"]*)")re");
    int texts = 0;
    for (std::sregex_iterator it(svg.begin(), svg.end(), text_y), end; it != end; ++it, ++texts)
      CHECK((*it)[2].str().ends_with("em"));
    CHECK(texts > 0);
    static const std::regex rect(R"re(<rect[^>]* x="([^"]*)" y="([^"]*)" width="([^"]*)")re");
    for (std::sregex_iterator it(svg.begin(), svg.end(), rect), end; it != end; ++it) {
      CHECK((*it)[2].str().ends_with("em"));
      const std::string width = (*it)[3];
      CHECK((width.ends_with("%") || width.ends_with("em")));
    }
  }
}

TEST_CASE("narrow: a status bar per status, its share of the whole") {
  const std::string svg = bars(stacked_bar_chart("s", "t", "d", statuses(17, 8, 0)));
  const auto completed = elements(svg, "rect", "status-completed");
  const auto in_progress = elements(svg, "rect", "status-in_progress");
  REQUIRE(completed.size() == 1);
  REQUIRE(in_progress.size() == 1);
  CHECK(completed[0].at("x") == "0%");
  CHECK(completed[0].at("width") == "68%");
  CHECK(in_progress[0].at("width") == "32%");
  CHECK(elements(svg, "rect", "status-not_reported").empty());
  // A row per status, each with its track, label and value.
  CHECK(elements(svg, "rect", "chart-track").size() == 3);
  CHECK(svg.find(">ยังไม่รายงาน</text>") != std::string::npos);
  CHECK(svg.find(" text-anchor=\"end\" font-weight=\"bold\">๒๑</text>") != std::string::npos);
  // The rows go down the page: each label below the one before.
  static const std::regex label_y(R"re(<text x="0.2em" y="([0-9.]+)em")re");
  double last = -1;
  for (std::sregex_iterator it(svg.begin(), svg.end(), label_y), end; it != end; ++it) {
    const double y = std::stod((*it)[1]);
    CHECK(y > last + 2);
    last = y;
  }
}

TEST_CASE("narrow: a bar per year split by series, the longest for the largest total") {
  const std::string svg = bars(budget_chart());
  // 2568 has the largest total, 575,000: its bar fills the width.
  const auto first = elements(svg, "rect", "series-1");
  const auto fourth = elements(svg, "rect", "series-4");
  REQUIRE(first.size() == 4);  // three years with a budget, and the legend swatch
  REQUIRE(fourth.size() == 4);
  CHECK(first[0].at("x") == "0%");
  CHECK(std::stod(first[0].at("width")) == doctest::Approx(100.0 * 120000 / 575000).epsilon(0.001));
  CHECK(std::stod(fourth[2].at("x")) + std::stod(fourth[2].at("width")) == doctest::Approx(100));
  CHECK(svg.find(">2566</text>") != std::string::npos);
  CHECK(svg.find(">575,000.00</text>") != std::string::npos);  // the year's total
  CHECK(svg.find(">มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบ</text>") != std::string::npos);
}

TEST_CASE("narrow: the score on a 0-100 bar with the target marked across it") {
  const std::string svg = bars(score_chart());
  const auto scores = elements(svg, "rect", "chart-score");
  REQUIRE(scores.size() == 5);  // four scores and the legend's swatch
  CHECK(scores[0].at("width") == "62.5%");
  CHECK(scores[2].at("width") == "88.45%");
  const auto targets = elements(svg, "line", "chart-target");
  REQUIRE(targets.size() == 5);  // four targets and the legend's sample
  CHECK(targets[0].at("x1") == "70%");
  CHECK(targets[0].at("x2") == "70%");
  // No score: the row says so, without a bar.
  CHECK(svg.find(" text-anchor=\"end\">ไม่มีการประเมิน</text>") != std::string::npos);
}

TEST_CASE("a chart whose every value is 0 says so") {
  const std::string message = "ไม่ได้ตั้งงบประมาณไว้ในแผนนี้";
  const std::vector<ChartSeries> zero = {{"มิติที่ 1", "series-1", {0, 0}, {"0.00", "0.00"}},
                                         {"มิติที่ 2", "series-2", {0, 0}, {"0.00", "0.00"}}};
  const std::string charts =
      stacked_column_chart("b", "t", "d", {"2566", "2567"}, zero, baht, message);
  // In the middle of the wide drawing's plot, and alone in the narrow one.
  CHECK(wide(charts).find(" text-anchor=\"middle\">" + message + "</text>") != std::string::npos);
  CHECK(bars(charts).find(">" + message + "</text>") != std::string::npos);
  CHECK(elements(bars(charts), "rect", "chart-track").empty());
  // Screen readers hear it too.
  CHECK(count(charts, "<desc id=\"b-desc\">d " + message + "</desc>") == 1);
  CHECK(count(charts, "<desc id=\"b-bars-desc\">d " + message + "</desc>") == 1);
  // Nothing is said of a chart with a budget, or without a message.
  const std::vector<ChartSeries> some = {{"มิติที่ 1", "series-1", {0, 5}, {"0.00", "5.00"}}};
  CHECK(stacked_column_chart("b", "t", "d", {"2566", "2567"}, some, baht, message).find(message) ==
        std::string::npos);
  CHECK(stacked_column_chart("b", "t", "d", {"2566"}, zero, baht).find("<text x=\"0.2em\" y=") ==
        std::string::npos);

  const std::string status =
      stacked_bar_chart("s", "t", "", statuses(0, 0, 0), "รายงานนี้ยังไม่มีโครงการ");
  CHECK(wide(status).find(">รายงานนี้ยังไม่มีโครงการ</text>") != std::string::npos);
  CHECK(bars(status).find(">รายงานนี้ยังไม่มีโครงการ</text>") != std::string::npos);
  CHECK(status.find("<desc id=\"s-desc\">รายงานนี้ยังไม่มีโครงการ</desc>") != std::string::npos);
  CHECK(stacked_bar_chart("s", "t", "d", statuses(1, 0, 0), "รายงานนี้ยังไม่มีโครงการ")
            .find("รายงานนี้ยังไม่มีโครงการ") == std::string::npos);
}

TEST_CASE("output is the same bytes every time, whatever the locale") {
  CHECK(stacked_bar_chart("s", "t", "d", statuses(1, 2, 0)) ==
        stacked_bar_chart("s", "t", "d", statuses(1, 2, 0)));
  CHECK(budget_chart() == budget_chart());
  CHECK(score_chart() == score_chart());

  // Coordinates have at most two decimals and a '.' point.
  const std::string thirds = stacked_bar_chart("s", "t", "d", statuses(1, 1, 1));
  CHECK(elements(thirds, "rect", "status-in_progress")[0].at("x") == "213.5");
  static const std::regex long_decimal(R"re(="-?[0-9]+\.[0-9]{3,})re");
  for (const auto& svg : {thirds, budget_chart(), score_chart()})
    CHECK_FALSE(std::regex_search(svg, long_decimal));

  // A locale with a decimal comma changes nothing (when the machine has one).
  const std::string before = budget_chart();
  if (std::setlocale(LC_ALL, "de_DE.UTF-8") || std::setlocale(LC_ALL, "th_TH.UTF-8")) {
    CHECK(budget_chart() == before);
    std::setlocale(LC_ALL, "C");
  }
}

// Writes the sample charts to a page for looking at in a browser. Not run by default:
// `unit_tests -tc="*sample page*" --no-skip`.
TEST_CASE("sample page" * doctest::skip()) {
  std::ofstream page("/tmp/charts-sample.html");
  page << "<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>ตัวอย่างแผนภูมิ</title>\n"
          "<style>body{font-family:sans-serif;margin:1rem;max-width:40rem}"
          ".chart{display:block;margin:0 0 2rem}</style>\n</head>\n<body>\n"
          "<h1>ตัวอย่างแผนภูมิ</h1>\n<h2>สถานะโครงการ</h2>\n"
       << stacked_bar_chart("status", "สถานะโครงการ ปีงบประมาณ 2567",
                            "ดำเนินการแล้วเสร็จ 21 โครงการ อยู่ระหว่างดำเนินการ 8 โครงการ",
                            {{"ดำเนินการแล้วเสร็จ", 21, "21 โครงการ", "status-completed"},
                             {"อยู่ระหว่างดำเนินการ", 8, "8 โครงการ", "status-in_progress"},
                             {"ยังไม่รายงาน", 3, "3 โครงการ", "status-not_reported"},
                             {"ไม่สามารถดำเนินการได้", 1, "1 โครงการ", "status-not_possible"}})
       << "\n<h2>ไม่มีโครงการ</h2>\n"
       << stacked_bar_chart("status-empty", "สถานะโครงการ", "ยังไม่มีโครงการ", statuses(0, 0, 0),
                            "รายงานนี้ยังไม่มีโครงการ")
       << "\n<h2>งบประมาณ</h2>\n"
       << budget_chart() << "\n<h2>ITA</h2>\n"
       << score_chart() << "\n<h2>ITA (ว่าง)</h2>\n"
       << score_history_chart("ita-empty", "ITA", "ยังไม่มีผลการประเมิน", {}, "คะแนน", "เป้าหมาย")
       << "\n</body>\n</html>\n";
  CHECK(page.good());
}
