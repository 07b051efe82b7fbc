#include "render/views.h"

namespace oitgen {

std::string report_title(const RenderContext& ctx, const Report& report) {
  const std::string round =
      report.round == Round::six_month ? ctx.ui("report.round_6") : ctx.ui("report.round_12");
  return round + " " + ctx.format.fiscal_year(report.fiscal_year);
}

nlohmann::json date_value(const RenderContext& ctx, const std::optional<Date>& date) {
  if (!date) return nullptr;
  return {{"text", ctx.format.date(*date)}, {"iso", iso_date(*date)}};
}

std::string status_class(Status status) {
  return std::string("status-") + status_name(status);
}

const Plan* plan_for_year(const Site& site, int fiscal_year) {
  const Plan* latest = nullptr;
  for (const auto& plan : site.plans) {
    for (int year : plan.years)
      if (year == fiscal_year) return &plan;
    if (!latest ||
        (!plan.years.empty() && !latest->years.empty() && plan.years.back() > latest->years.back()))
      latest = &plan;
  }
  return latest;
}

}  // namespace oitgen
