// The list of frozen yearly snapshots.

#include "render/views.h"

namespace oitgen {

Page archive_page(const RenderContext& ctx) {
  Page page;
  page.path = archive_path();
  page.template_name = "archive";
  page.title = ctx.ui("archive.title");
  page.description = page.title;
  page.section = "archive";
  nlohmann::json snapshots = nlohmann::json::array();
  for (auto it = ctx.site.archives.rbegin(); it != ctx.site.archives.rend(); ++it) {
    nlohmann::json snapshot = {
        {"year", ctx.format.fiscal_year(it->fiscal_year)},
        {"href", archive_path() + std::to_string(it->fiscal_year) + "/"},
        {"manifest", archive_path() + std::to_string(it->fiscal_year) + "/manifest.json"},
        {"files", ctx.format.integer(static_cast<long long>(it->files.size()))},
        {"sha256", it->manifest_sha256},
        {"built_at", it->built_at},
        {"replaced", it->replaced > 0 ? nlohmann::json(ctx.format.integer(it->replaced))
                                      : nlohmann::json(nullptr)}};
    // built_at is an ISO 8601 UTC time; readers see its day.
    if (const auto day = parse_date(it->built_at.substr(0, 10)))
      snapshot["frozen"] = {{"text", ctx.format.date(*day)}, {"iso", it->built_at}};
    snapshots.push_back(snapshot);
  }
  page.values["title"] = page.title;
  page.values["snapshots"] = snapshots;
  return page;
}

}  // namespace oitgen
