#include "cli/oit_report.h"

#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::string kind_hint(const std::string& kind, int year) {
  const std::string y = std::to_string(year);
  if (kind == "anti_corruption_plan")
    return trf(
        "an anti-corruption plan covering fiscal year {1} "
        "(content/plans/<plan>/plan.json)",
        {y});
  if (kind == "corruption_risk_assessment")
    return trf("the risk assessment of fiscal year {1} (content/plans/<plan>/risks/{1}.json)", {y});
  if (kind == "corruption_risk_management")
    return trf("the \"management\" of content/plans/<plan>/risks/{1}.json", {y});
  if (kind == "anti_corruption_report_6_month")
    return trf(
        "a 6-month report of fiscal year {1} (content/plans/<plan>/reports/<id>.json "
        "with \"round\": \"6-month\")",
        {y});
  if (kind == "anti_corruption_report_annual")
    return trf(
        "a 12-month report of fiscal year {1} (content/plans/<plan>/reports/<id>.json "
        "with \"round\": \"12-month\")",
        {y});
  if (kind == "integrity_measures") return trf("the \"measures\" of content/ita/{1}.json", {y});
  if (kind == "no_gift_declaration")
    return trf("content/notices/no-gift-policy.md with \"fiscal_year: {1}\"", {y});
  return "";
}

std::string where(const OitSource& source) {
  std::string text = source.target;
  if (source.first_year && source.fiscal_year && *source.first_year != *source.fiscal_year)
    text += trf(" (fiscal years {1}-{2})",
                {std::to_string(*source.first_year), std::to_string(*source.fiscal_year)});
  else if (source.fiscal_year)
    text += trf(" (fiscal year {1})", {std::to_string(*source.fiscal_year)});
  return text;
}

}  // namespace

std::string how_to_serve(const OitItemFigures& item) {
  std::vector<std::string> ways;
  for (const auto& topic : item.item.topics)
    if (auto hint = kind_hint(topic, item.needed_year); !hint.empty()) ways.push_back(hint);
  // A topic key stays right when the NACC renumbers the list; the code only for this year.
  const std::string key = item.item.topics.empty() ? item.item.code : item.item.topics.front();
  ways.push_back(trf("a page or news item with \"oit: [{1}]\" in its front matter", {key}));
  ways.push_back(trf("its URL in content/oit/links.json with \"code\": \"{1}\"", {key}));
  return join(ways, tr(", or "));
}

void print_oit_coverage(const OitCoverage& coverage, std::ostream& out) {
  const int percent = coverage.total > 0 ? coverage.served * 100 / coverage.total : 0;
  out << trf("OIT checklist of ITA {1}: {2}, {3}",
             {std::to_string(coverage.assessment_year), coverage.framework_id,
              coverage.framework_title.th})
      << "\n";
  out << trf("OIT {1}: {2} of {3} items served ({4}%)",
             {coverage.framework_id, std::to_string(coverage.served),
              std::to_string(coverage.total), std::to_string(percent)})
      << "\n";
  for (const auto& item : coverage.items) {
    const std::string heading =
        item.item.code + " " + item.item.title.th +
        (item.item.confirmed ? ""
                             : tr(" (unconfirmed: not yet checked against the NACC's manual)"));
    if (item.status == OitStatus::served) {
      if (!item.item.confirmed) out << trf("  served   {1}", {heading}) << "\n";
      continue;
    }
    if (item.status == OitStatus::outdated) {
      out << trf("  outdated {1}: only {2} serves it, not content of fiscal year {3}; it needs {4}",
                 {heading, where(item.sources.front()), std::to_string(item.needed_year),
                  how_to_serve(item)})
          << "\n";
    } else {
      out << trf("  missing  {1}: it needs {2}", {heading, how_to_serve(item)}) << "\n";
    }
  }
}

}  // namespace oitgen
