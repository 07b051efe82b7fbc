#include "pipeline/as_of.h"

#include "model/date.h"

namespace oitgen {

Site site_as_of(const Site& site, int year) {
  Site out = site;
  out.config.current_fiscal_year = year;
  const Date end = fiscal_year_end(year);
  std::erase_if(out.plans,
                [&](const Plan& plan) { return !plan.years.empty() && plan.years.front() > year; });
  for (auto& plan : out.plans)
    std::erase_if(plan.reports, [&](const Report& report) { return report.fiscal_year > year; });
  std::erase_if(out.ita, [&](const ItaYear& ita) { return ita.year > year; });
  std::erase_if(out.news, [&](const Document& item) { return item.date && *item.date > end; });
  if (out.no_gift_policy && out.no_gift_policy->fiscal_year &&
      *out.no_gift_policy->fiscal_year > year)
    out.no_gift_policy.reset();
  std::erase_if(out.oit_links,
                [&](const OitLink& link) { return link.fiscal_year && *link.fiscal_year > year; });
  out.archives.clear();
  return out;
}

}  // namespace oitgen
