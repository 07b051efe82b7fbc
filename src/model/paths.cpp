#include "model/paths.h"

namespace oitgen {

std::string plan_path(const Plan& plan) {
  return "plans/" + plan.id + "/";
}
std::string project_path(const Plan& plan, const Project& project) {
  return plan_path(plan) + "projects/" + project.id + "/";
}
std::string report_path(const Plan& plan, const Report& report) {
  return plan_path(plan) + "reports/" + report.id + "/";
}
std::string risk_assessment_path(const Plan& plan, const RiskAssessment& assessment) {
  return plan_path(plan) + "risks/" + std::to_string(assessment.fiscal_year) + "/";
}
std::string anchored(const std::string& path, const Anchor& anchor) {
  return path + "#" + anchor.id;
}
std::string ita_path(int year) {
  return "ita/" + std::to_string(year) + "/";
}
std::string notice_path() {
  return "notices/no-gift-policy/";
}
std::string page_path(const Document& page) {
  return "pages/" + page.slug + "/";
}
std::string news_path(const Document& item) {
  return "news/" + item.slug + "/";
}
std::string news_list_path() {
  return "news/";
}

bool has_english(const Plan& plan) {
  return !plan.title.en.empty();
}
bool has_english(const Project& project) {
  return !project.title.en.empty() || !project.body.en.empty();
}
bool has_english(const Document& document) {
  return !document.title.en.empty() || !document.body.en.empty();
}

std::string oit_path() {
  return "oit/";
}

std::string archive_path() {
  return "archive/";
}

std::string accessibility_path() {
  return "accessibility/";
}

std::string data_path() {
  return "data/";
}

std::string search_path() {
  return "search/";
}

}  // namespace oitgen
