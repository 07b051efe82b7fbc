// The home page: the current fiscal year at a glance.

#include "render/charts.h"
#include "render/views.h"

namespace oitgen {

using json = nlohmann::json;

namespace {

json report_summary(const RenderContext& ctx, const ReportFigures& figures) {
  const Plan& plan = *figures.plan;
  const Report& report = *figures.report;
  std::vector<ChartSegment> segments;
  json counts = json::array();
  for (Status status : all_statuses) {
    const std::string label = ctx.ui(std::string("status.") + status_name(status));
    const int count = figures.counts.at(status);
    segments.push_back(
        {label, static_cast<double>(count), ctx.format.integer(count), status_class(status)});
    counts.push_back(
        {{"label", label}, {"count", ctx.format.integer(count)}, {"class", status_class(status)}});
  }
  json out = {{"title", report_title(ctx, report)},
              {"href", report_path(plan, report)},
              {"as_of", date_value(ctx, report.as_of)},
              {"counts", counts},
              {"entries_count", ctx.format.integer(figures.planned)},
              {"budget", ctx.format.baht(figures.budget)},
              {"disbursed", ctx.format.baht(figures.disbursed)},
              {"chart", stacked_bar_chart("home-status-chart", ctx.ui("report.chart_title"),
                                          report_title(ctx, report), segments,
                                          ctx.ui("report.chart_empty"))}};
  if (figures.implementation_level)
    out["level"] = ctx.format.percent(*figures.implementation_level);
  if (figures.disbursed_percent)
    out["disbursed_percent"] = ctx.format.percent(*figures.disbursed_percent);
  return out;
}

}  // namespace

Page home_page(const RenderContext& ctx) {
  const Site& site = ctx.site;
  const int current_year = ctx.figures.current_fiscal_year;
  Page page;
  page.path = "";
  page.template_name = "home";
  page.title = ctx.text(site.config.organization.name);
  page.description = ctx.ui("home.description") + " " + page.title;
  page.section = "home";
  page.has_english = true;
  json& v = page.values;
  v["title"] = page.title;
  v["current_year"] = ctx.format.fiscal_year(current_year);

  if (const ReportFigures* report = ctx.figures.latest_report)
    v["report"] = report_summary(ctx, *report);

  if (const ItaFigures* ita = ctx.figures.latest_ita) {
    json summary = {{"year", ctx.format.fiscal_year(ita->year)},
                    {"level", ita->level},
                    {"href", ita_path(ita->year)}};
    if (ita->score) summary["score"] = ctx.format.score(*ita->score);
    summary["level_note"] =
        ita->level_source == ItaLevelSource::announced
            ? ctx.ui("ita.level_announced")
            : ctx.ui("ita.level_computed") + " " + ctx.format.digits(ita->level_rule);
    if (ita->target && ita->target_met) {
      summary["target"] = ctx.format.score(*ita->target);
      summary["target_met"] = *ita->target_met;
      summary["target_result"] =
          *ita->target_met ? ctx.ui("ita.target_met") : ctx.ui("ita.target_missed");
    }
    v["ita"] = summary;
  }

  json plans = json::array();
  for (const auto& plan : site.plans) {
    json item = {{"title", ctx.text(plan.title)},
                 {"href", ctx.path(plan_path(plan), has_english(plan))}};
    if (!plan.years.empty())
      item["years"] = ctx.format.year_range(plan.years.front(), plan.years.back());
    json reports = json::array();
    for (const auto& report : plan.reports)
      reports.push_back(
          {{"title", report_title(ctx, report)}, {"href", report_path(plan, report)}});
    item["has_reports"] = !reports.empty();
    item["reports"] = reports;
    plans.push_back(item);
  }
  v["plans"] = plans;
  // A heading stands only over a list that has something in it.
  v["has_plans"] = !plans.empty();

  json ita_years = json::array();
  for (auto it = site.ita.rbegin(); it != site.ita.rend(); ++it)
    ita_years.push_back(
        {{"title", ctx.format.fiscal_year(it->year)}, {"href", ita_path(it->year)}});
  v["ita_years"] = ita_years;
  v["has_ita_years"] = !ita_years.empty();
  v["has_plans_or_ita"] = !plans.empty() || !ita_years.empty();

  if (site.no_gift_policy)
    v["notice"] = {{"title", ctx.text(site.no_gift_policy->title)},
                   {"href", ctx.path(notice_path(), has_english(*site.no_gift_policy))},
                   {"date", document_date_value(ctx, site.no_gift_policy->date)}};
  json news = json::array();
  for (std::size_t i = 0; i < site.news.size() && i < 3; ++i)
    news.push_back({{"title", ctx.text(site.news[i].title)},
                    {"date", date_value(ctx, site.news[i].date)},
                    {"href", ctx.path(news_path(site.news[i]), has_english(site.news[i]))}});
  v["news"] = news;
  v["news_list"] = ctx.path(news_list_path(), true);
  json pages = json::array();
  for (const auto& document : site.pages)
    pages.push_back({{"title", ctx.text(document.title)},
                     {"href", ctx.path(page_path(document), has_english(document))}});
  v["pages"] = pages;
  v["has_news"] = !news.empty();
  v["has_pages"] = !pages.empty();
  v["has_news_or_pages"] = !news.empty() || !pages.empty();
  const auto& org = site.config.organization;
  v["organization"] = {{"name", ctx.text(org.name)},
                       {"address", org.address},
                       {"district", org.district},
                       {"province", org.province},
                       {"address_line", address_line(org)},
                       {"phone", org.phone},
                       {"email", org.email}};
  return page;
}

}  // namespace oitgen
