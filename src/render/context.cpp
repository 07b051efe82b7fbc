#include "render/context.h"

#include <algorithm>

namespace oitgen {

RenderContext::RenderContext(const Site& site_, const Figures& figures_, const Theme& theme_,
                             std::string language_, MarkdownRenderer& markdown)
    : site(site_),
      figures(figures_),
      theme(theme_),
      language(std::move(language_)),
      format(language, site_.config.numerals),
      strings(theme_.strings(language)),
      markdown_(markdown) {
  for (const auto& plan : site.plans) {
    PlanIndex& index = plans_[&plan];
    for (const auto& project : plan.projects) index.projects.emplace(project.id, &project);
    for (const auto& report : plan.reports)
      for (std::size_t i = 0; i < report.entries.size(); ++i)
        index.entries[report.entries[i].project].emplace_back(&report, i);
  }
}

bool RenderContext::english_site() const {
  const auto& languages = site.config.languages;
  return std::find(languages.begin(), languages.end(), "en") != languages.end();
}

std::string RenderContext::ui(const std::string& key) const {
  const nlohmann::json* node = &strings;
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t end = std::min(key.find('.', start), key.size());
    const std::string part = key.substr(start, end - start);
    if (!node->is_object() || !node->contains(part)) return key;
    node = &(*node)[part];
    start = end + 1;
  }
  return node->is_string() ? node->get<std::string>() : key;
}

std::string RenderContext::path(const std::string& thai_path, bool has_english_version) const {
  return language == "en" && has_english_version ? "en/" + thai_path : thai_path;
}

const PlanFigures* RenderContext::plan_figures(const std::string& plan_id) const {
  for (const auto& plan : figures.plans)
    if (plan.plan_id == plan_id) return &plan;
  return nullptr;
}

const ReportFigures* RenderContext::report_figures(const std::string& plan_id,
                                                   const std::string& report_id) const {
  for (const auto& report : figures.reports)
    if (report.plan_id == plan_id && report.report_id == report_id) return &report;
  return nullptr;
}

const ItaFigures* RenderContext::ita_figures(int year) const {
  for (const auto& ita : figures.ita)
    if (ita.year == year) return &ita;
  return nullptr;
}

}  // namespace oitgen

namespace oitgen {

const Project* RenderContext::project(const Plan& plan, std::string_view id) const {
  const auto index = plans_.find(&plan);
  if (index == plans_.end()) return nullptr;
  const auto found = index->second.projects.find(id);
  return found == index->second.projects.end() ? nullptr : found->second;
}

const std::vector<RenderContext::EntryRef>& RenderContext::entries_of(
    const Plan& plan, std::string_view project_id) const {
  static const std::vector<EntryRef> none;
  const auto index = plans_.find(&plan);
  if (index == plans_.end()) return none;
  const auto found = index->second.entries.find(project_id);
  return found == index->second.entries.end() ? none : found->second;
}

}  // namespace oitgen
