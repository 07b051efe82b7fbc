#pragma once
// What every view of one language needs: the model, the figures, the theme's words and the
// formatter. Views only look values up and format them; no figure is computed here.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compute/figures.h"
#include "format/format.h"
#include "markdown/markdown.h"
#include "model/paths.h"
#include "model/site.h"
#include "render/theme.h"

namespace oitgen {

struct RenderContext {
  RenderContext(const Site& site, const Figures& figures, const Theme& theme, std::string language,
                MarkdownRenderer& markdown);

  const Site& site;
  const Figures& figures;
  const Theme& theme;
  std::string language;
  Formatter format;
  const nlohmann::json& strings;  // the theme's UI strings for `language`

  bool english_site() const;
  // A UI string by dotted key ("status.completed"); the key itself when the theme lacks it.
  std::string ui(const std::string& key) const;
  const std::string& text(const Text& text) const { return text.in(language); }
  // Markdown to HTML, rendered once however many pages and languages show it.
  const std::string& html(const std::string& markdown) const { return markdown_.render(markdown); }

  // The site path (relative to the site root, "" for home, folders end in "/") of a page in
  // this language: English pages live under en/, and fall back to the Thai page.
  std::string path(const std::string& thai_path, bool has_english) const;

  const PlanFigures* plan_figures(const std::string& plan_id) const;
  const ReportFigures* report_figures(const std::string& plan_id,
                                      const std::string& report_id) const;
  const ItaFigures* ita_figures(int year) const;

  // Look-ups by id are hashed, so that pages over many projects take linear time.
  // The project of `plan` with this id, if any.
  const Project* project(const Plan& plan, std::string_view id) const;
  // Each entry for the project in the plan's reports, in report order: the report and the
  // entry's index.
  using EntryRef = std::pair<const Report*, std::size_t>;
  const std::vector<EntryRef>& entries_of(const Plan& plan, std::string_view project_id) const;

 private:
  MarkdownRenderer& markdown_;
  struct PlanIndex {
    std::unordered_map<std::string_view, const Project*> projects;
    std::unordered_map<std::string_view, std::vector<EntryRef>> entries;
  };
  std::unordered_map<const Plan*, PlanIndex> plans_;
};

}  // namespace oitgen
