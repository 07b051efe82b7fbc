// The search page: a form that the script of the theme (assets/search.js) answers from the
// index, and below it every page of the site by section, which is what a visit without
// JavaScript gets.

#include <map>

#include "render/search_index.h"
#include "render/views.h"

namespace oitgen {

Page search_page(const RenderContext& ctx, const std::vector<SearchEntry>& entries) {
  Page page;
  page.path = search_path();
  page.template_name = "search";
  page.title = ctx.ui("search.title");
  page.description = ctx.ui("search.lead");
  page.section = "search";
  page.has_english = true;
  page.values["title"] = page.title;
  page.values["index"] = ctx.path(search_path(), true) + "index/";
  page.values["for_disk"] = ctx.links.for_disk;
  // Sections in the order the site's pages come in; pages outside the menu last.
  nlohmann::json groups = nlohmann::json::array();
  std::map<std::string, std::size_t> group_of;
  nlohmann::json others = nlohmann::json::array();
  for (const auto& entry : entries) {
    const nlohmann::json link = {{"href", entry.url}, {"title", entry.text.title}};
    if (entry.text.section.empty()) {
      others.push_back(link);
      continue;
    }
    auto [at, added] = group_of.try_emplace(entry.text.section, groups.size());
    if (added)
      groups.push_back({{"section", entry.text.section}, {"pages", nlohmann::json::array()}});
    groups[at->second]["pages"].push_back(link);
  }
  if (!others.empty())
    groups.push_back({{"section", ctx.ui("search.other_pages")}, {"pages", others}});
  page.values["groups"] = groups;
  return page;
}

}  // namespace oitgen
