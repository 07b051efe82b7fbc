#include "render/feeds.h"

#include <algorithm>

#include "render/views.h"
#include "util/text.h"

namespace oitgen {

namespace {

struct FeedEntry {
  Date updated;
  std::string title;
  std::string path;
  std::string summary;
};

std::string timestamp(const Date& date) {
  return to_iso(date) + "T00:00:00+07:00";
}

}  // namespace

std::string sitemap_xml(const std::string& base_url, const std::vector<std::string>& pages) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& page : pages)
    out += "  <url><loc>" + xml_escape(base_url + page) + "</loc></url>\n";
  return out + "</urlset>\n";
}

std::string atom_feed(const RenderContext& ctx) {
  const Site& site = ctx.site;
  std::vector<FeedEntry> entries;
  for (const auto& item : site.news)
    if (item.date) entries.push_back({*item.date, item.title.th, news_path(item), item.summary.th});
  for (const auto& plan : site.plans)
    for (const auto& report : plan.reports) {
      const auto date = report.as_of ? report.as_of : report.to;
      if (!date) continue;
      entries.push_back(
          {*date, report_title(ctx, report), report_path(plan, report), plan.title.th});
    }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const FeedEntry& a, const FeedEntry& b) { return a.updated > b.updated; });
  const std::string& base = ctx.links.base_url;
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
      "xml:lang=\"th\">\n";
  out += "  <title>" + xml_escape(site.config.organization.name.th) + "</title>\n";
  out += "  <id>" + xml_escape(base) + "</id>\n";
  out += "  <link href=\"" + xml_escape(base) + "\"/>\n";
  out += "  <link rel=\"self\" href=\"" + xml_escape(base + "feed.xml") + "\"/>\n";
  // A feed's date is its newest entry's, so the file changes only when content does.
  out += "  <updated>" +
         (entries.empty() ? std::string("2000-01-01T00:00:00+07:00")
                          : timestamp(entries.front().updated)) +
         "</updated>\n";
  out += "  <author><name>" + xml_escape(site.config.organization.name.th) + "</name></author>\n";
  for (const auto& entry : entries) {
    out += "  <entry>\n";
    out += "    <title>" + xml_escape(entry.title) + "</title>\n";
    out += "    <id>" + xml_escape(base + entry.path) + "</id>\n";
    out += "    <link href=\"" + xml_escape(base + entry.path) + "\"/>\n";
    out += "    <updated>" + timestamp(entry.updated) + "</updated>\n";
    if (!entry.summary.empty()) out += "    <summary>" + xml_escape(entry.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  return out + "</feed>\n";
}

std::string robots_txt(const std::string& base_url) {
  return "User-agent: *\nAllow: /\nSitemap: " + base_url + "sitemap.xml\n";
}

}  // namespace oitgen
