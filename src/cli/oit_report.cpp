#include "cli/oit_report.h"

#include "util/text.h"

namespace oitgen {

namespace {

std::string kind_hint(const std::string& kind, int year) {
  const std::string y = std::to_string(year);
  if (kind == "anti_corruption_plan")
    return "an anti-corruption plan covering fiscal year " + y +
           " (content/plans/<plan>/plan.json)";
  if (kind == "corruption_risk_assessment")
    return "the risk assessment of fiscal year " + y + " (content/plans/<plan>/risks/" + y +
           ".json)";
  if (kind == "corruption_risk_management")
    return "the \"management\" of content/plans/<plan>/risks/" + y + ".json";
  if (kind == "anti_corruption_report_6_month")
    return "a 6-month report of fiscal year " + y +
           " (content/plans/<plan>/reports/<id>.json with \"round\": \"6-month\")";
  if (kind == "anti_corruption_report_annual")
    return "a 12-month report of fiscal year " + y +
           " (content/plans/<plan>/reports/<id>.json with \"round\": \"12-month\")";
  if (kind == "integrity_measures") return "the \"measures\" of content/ita/" + y + ".json";
  if (kind == "no_gift_declaration")
    return "content/notices/no-gift-policy.md with \"fiscal_year: " + y + "\"";
  return "";
}

std::string where(const OitSource& source) {
  std::string text = source.target;
  if (source.first_year && source.fiscal_year && *source.first_year != *source.fiscal_year)
    text += " (fiscal years " + std::to_string(*source.first_year) + "-" +
            std::to_string(*source.fiscal_year) + ")";
  else if (source.fiscal_year)
    text += " (fiscal year " + std::to_string(*source.fiscal_year) + ")";
  return text;
}

}  // namespace

std::string how_to_serve(const OitItemFigures& item) {
  std::vector<std::string> ways;
  for (const auto& topic : item.item.topics)
    if (auto hint = kind_hint(topic, item.needed_year); !hint.empty()) ways.push_back(hint);
  // A topic key stays right when the NACC renumbers the list; the code only for this year.
  const std::string key = item.item.topics.empty() ? item.item.code : item.item.topics.front();
  ways.push_back("a page or news item with \"oit: [" + key + "]\" in its front matter");
  ways.push_back("its URL in content/oit/links.json with \"code\": \"" + key + "\"");
  return join(ways, ", or ");
}

void print_oit_coverage(const OitCoverage& coverage, std::ostream& out) {
  const int percent = coverage.total > 0 ? coverage.served * 100 / coverage.total : 0;
  out << "OIT checklist of ITA " << coverage.assessment_year << ": " << coverage.framework_id
      << ", " << coverage.framework_title.th << "\n";
  out << "OIT " << coverage.framework_id << ": " << coverage.served << " of " << coverage.total
      << " items served (" << percent << "%)\n";
  for (const auto& item : coverage.items) {
    const std::string heading =
        item.item.code + " " + item.item.title.th +
        (item.item.confirmed ? "" : " (unconfirmed: not yet checked against the NACC's manual)");
    if (item.status == OitStatus::served) {
      if (!item.item.confirmed) out << "  served   " << heading << "\n";
      continue;
    }
    if (item.status == OitStatus::outdated) {
      out << "  outdated " << heading << ": only " << where(item.sources.front())
          << " serves it, not content of fiscal year " << item.needed_year << "; it needs "
          << how_to_serve(item) << "\n";
    } else {
      out << "  missing  " << heading << ": it needs " << how_to_serve(item) << "\n";
    }
  }
}

}  // namespace oitgen
