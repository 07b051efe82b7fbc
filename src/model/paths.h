#pragma once
// The site's URLs, mirroring the content paths. They never change once published, so they are
// written in one place that links, files, the sitemap and the OIT index all use.

#include <string>

#include "model/site.h"

namespace oitgen {

// Site paths of content, in one place so that links and files agree.
std::string plan_path(const Plan& plan);
std::string project_path(const Plan& plan, const Project& project);
std::string report_path(const Plan& plan, const Report& report);
std::string risk_assessment_path(const Plan& plan, const RiskAssessment& assessment);
std::string ita_path(int year);
std::string notice_path();
std::string page_path(const Document& page);
std::string news_path(const Document& item);
std::string news_list_path();
std::string oit_path();
std::string archive_path();
std::string accessibility_path();
// The open data's catalogue page; its files (CSV, JSON, datapackage.json) are under data/ too.
std::string data_path();
std::string search_path();  // the search page; its index is in search/index/

// The ids of the headings that OIT items link to ("plans/x/#risks-heading"). They are part of
// the URLs given to ITAS, so they are written here, handed to the templates as values
// ({{anchors.plan_risks}}), and every page linked so is checked to hold its id after rendering.
struct Anchor {
  const char* key;  // the template's name for it
  const char* id;
};
namespace anchors {
inline constexpr Anchor plan_risks{"plan_risks", "risks-heading"};
inline constexpr Anchor ita_measures{"ita_measures", "measures-heading"};
inline constexpr Anchor ita_analysis{"ita_analysis", "analysis-heading"};
inline constexpr Anchor risk_management{"risk_management", "risk-management-heading"};
inline constexpr Anchor all[] = {plan_risks, ita_measures, ita_analysis, risk_management};
}  // namespace anchors

// "plans/x/#risks-heading".
std::string anchored(const std::string& path, const Anchor& anchor);

// Which content has an English version.
bool has_english(const Plan& plan);
bool has_english(const Project& project);
bool has_english(const Document& document);

}  // namespace oitgen
