// The catalogue of the open data: every CSV (and the JSON with the same records), its size, its
// columns, the licence, and the Data Package that describes them for a data portal.

#include "render/open_data.h"
#include "render/views.h"

namespace oitgen {

namespace {

// Whole kilobytes, at least 1, as beside a printable document.
std::string size_text(const RenderContext& ctx, std::uintmax_t bytes) {
  std::string text = ctx.ui("document.kilobytes");
  const auto kilobytes = static_cast<long long>((bytes + 1023) / 1024);
  const auto at = text.find("{size}");
  if (at != std::string::npos) text.replace(at, 6, ctx.format.integer(kilobytes));
  return text;
}

}  // namespace

Page data_page(const RenderContext& ctx, const OpenData& data, bool has_package) {
  Page page;
  page.path = data_path();
  page.template_name = "data";
  page.title = ctx.ui("data.title");
  page.description = ctx.ui("data.lead");
  page.has_english = true;
  nlohmann::json datasets = nlohmann::json::array();
  for (const auto& table : data.tables) {
    nlohmann::json fields = nlohmann::json::array();
    for (const auto& field : table.fields)
      fields.push_back({{"name", field.name},
                        {"title", field.title},
                        {"type", ctx.ui("data.type." + field.type)},
                        {"key", field.key}});
    nlohmann::json dataset = {
        {"id", table.name},
        {"title", table.title},
        {"csv", table.csv},
        {"csv_size", size_text(ctx, table.csv_bytes)},
        {"fields", fields},
        {"field_count", ctx.format.integer(static_cast<long long>(table.fields.size()))}};
    if (!table.json.empty()) {
      dataset["json"] = table.json;
      dataset["json_size"] = size_text(ctx, table.json_bytes);
    }
    datasets.push_back(dataset);
  }
  page.values["title"] = page.title;
  page.values["datasets"] = datasets;
  page.values["has_datasets"] = !datasets.empty();
  if (has_package) page.values["package"] = data_path() + "datapackage.json";
  return page;
}

}  // namespace oitgen
