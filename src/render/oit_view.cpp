// The OIT index: each checklist item with its status and the pages that serve it.

#include "render/open_data.h"
#include "render/views.h"

namespace oitgen {

namespace {

using json = nlohmann::json;

const char* status_key(OitStatus status) {
  switch (status) {
    case OitStatus::served:
      return "served";
    case OitStatus::outdated:
      return "outdated";
    case OitStatus::missing:
      return "missing";
  }
  return "";
}

// The address to submit for an item: its first current source, absolute.
std::string submission_url(const Links& links, const OitItemFigures& item) {
  if (item.status != OitStatus::served) return "";
  const OitSource& source = item.sources.front();
  return source.external ? source.target : links.absolute(source.target);
}

// Absent values are null, never "": Mustache shows a section for any string, even an empty one.
json optional_text(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

// The years a source is content of: "ปีงบประมาณ พ.ศ. 2567", a plan's "พ.ศ. 2566–2570", or none.
json source_years(const RenderContext& ctx, const OitSource& source) {
  if (!source.fiscal_year) return nullptr;
  if (source.first_year && *source.first_year != *source.fiscal_year)
    return ctx.format.year_range(*source.first_year, *source.fiscal_year);
  return ctx.format.fiscal_year(*source.fiscal_year);
}

}  // namespace

Page oit_page(const RenderContext& ctx, const OitCoverage& coverage) {
  Page page;
  page.path = oit_path();
  page.template_name = "oit";
  page.title = ctx.ui("oit.title");
  page.description = page.title;
  page.section = "oit";
  json& v = page.values;
  v["title"] = page.title;
  // Readers see the year and the framework's title; its id is for site.json and check --oit.
  v["assessment_year"] = ctx.format.fiscal_year(coverage.assessment_year);
  v["framework_title"] = optional_text(ctx.text(coverage.framework_title));
  v["has_checklist"] = !coverage.items.empty();
  v["served"] = ctx.format.integer(coverage.served);
  v["total"] = ctx.format.integer(coverage.total);
  v["percent"] = ctx.format.integer(coverage.percent);
  v["unconfirmed"] =
      coverage.unconfirmed > 0 ? json(ctx.format.integer(coverage.unconfirmed)) : json(nullptr);
  v["csv"] = oit_path() + "oit-links.csv";

  json indicators = json::array();
  for (const auto& item : coverage.items) {
    if (indicators.empty() || indicators.back()["key"] != item.item.indicator)
      indicators.push_back({{"key", item.item.indicator},
                            {"title", optional_text(item.item.indicator)},
                            {"groups", json::array()}});
    json& groups = indicators.back()["groups"];
    if (groups.empty() || groups.back()["key"] != item.item.sub_indicator)
      groups.push_back({{"key", item.item.sub_indicator},
                        {"title", optional_text(item.item.sub_indicator)},
                        {"label", item.item.sub_indicator.empty() ? ctx.ui("oit.items_table")
                                                                  : item.item.sub_indicator},
                        {"items", json::array()}});
    json sources = json::array();
    for (const auto& source : item.sources) {
      json s = {{"title", source.title.empty() ? source.target : source.title},
                {"href", source.target},
                {"external", source.external},
                {"current", source.current}};
      // Set even when empty: Mustache would otherwise find the page's own values by the name.
      s["year"] = source_years(ctx, source);
      // The printable document of the page, as the item's document (false: none).
      const json document =
          source.external
              ? json(nullptr)
              : document_link_value(ctx, source.target.substr(0, source.target.find('#')));
      s["document"] = document.is_null()
                          ? json(false)
                          : json{{"href", document["href"]},
                                 {"label", ctx.ui("document.download_short") + " (" +
                                               document["size"].get<std::string>() + ")"}};
      sources.push_back(s);
    }
    groups.back()["items"].push_back(
        {{"code", item.item.code},
         {"title", ctx.text(item.item.title)},
         {"topic", optional_text(item.item.heading)},
         {"unconfirmed", !item.item.confirmed},
         {"status", ctx.ui(std::string("oit.") + status_key(item.status))},
         {"status_class", std::string("oit-") + status_key(item.status)},
         {"needed_year", ctx.format.fiscal_year(item.needed_year)},
         {"sources", sources},
         {"has_sources", !sources.empty()}});
  }
  v["indicators"] = indicators;
  return page;
}

std::string oit_links_csv(const Links& links, const OitCoverage& coverage) {
  std::string csv =
      "\xEF\xBB\xBF"
      "code,title,url,status\r\n";
  for (const auto& item : coverage.items)
    csv += csv_field(item.item.code) + "," + csv_field(item.item.title.th) + "," +
           csv_field(submission_url(links, item)) + "," + csv_field(status_key(item.status)) +
           "\r\n";
  return csv;
}

}  // namespace oitgen
