#include <algorithm>

#include "compute/compute.h"
#include "model/oit_reference.h"
#include "model/paths.h"

namespace oitgen {

namespace {

// Which codes of the framework in use an entry of `oit:` or links.json names: a code of the
// framework itself, or a code of another year's framework read through its item's topics.
class CodeResolver {
 public:
  CodeResolver(const Framework& in_use, std::string default_framework,
               const std::vector<Framework>& frameworks)
      : in_use_(in_use),
        default_framework_(std::move(default_framework)),
        frameworks_(frameworks) {}

  OitReference parse(const std::string& entry) const {
    return parse_oit_reference(entry, default_framework_);
  }
  std::vector<std::string> codes(const OitReference& ref) const {
    if (ref.framework_id == in_use_.id) return {ref.key};
    const Framework* from = find_framework(frameworks_, ref.framework_id);
    const OitItem* item = from ? find_item(*from, ref.key) : nullptr;
    return item ? map_code(*item, in_use_).codes : std::vector<std::string>{};
  }

 private:
  const Framework& in_use_;
  std::string default_framework_;
  const std::vector<Framework>& frameworks_;
};

// What serves which code, gathered once from the whole site.
class SourceIndex {
 public:
  SourceIndex(const Site& site, const CodeResolver& resolver) : resolver_(resolver) {
    for (const auto& plan : site.plans) {
      const std::optional<int> last_year =
          plan.years.empty() ? std::nullopt : std::optional<int>(plan.years.back());
      add_topic("anti_corruption_plan", {plan_path(plan), false, plan.title.th, last_year, false});
      if (!plan.risks.empty())
        add_topic("corruption_risk_assessment",
                  {plan_path(plan) + "#risks-heading", false, plan.title.th, last_year, false});
      for (const auto& report : plan.reports)
        add_topic(report.round == Round::six_month ? "anti_corruption_report_6_month"
                                                   : "anti_corruption_report_annual",
                  {report_path(plan, report), false, plan.title.th, report.fiscal_year, false});
      for (const auto& project : plan.projects)
        for (const auto& code : project.oit)
          add_code(code, {project_path(plan, project), false, project.title.th, last_year, false});
    }
    for (const auto& ita : site.ita) {
      // The measures section holds both the measures and what was done under them.
      if (!ita.measures.empty())
        for (const char* topic : {"integrity_measures", "integrity_measures_actions"})
          add_topic(topic,
                    {ita_path(ita.year) + "#measures-heading", false, "ITA", ita.year, false});
      if (!ita.analysis.empty())
        add_topic("integrity_measures",
                  {ita_path(ita.year) + "#analysis-heading", false, "ITA", ita.year, false});
    }
    if (const auto& notice = site.no_gift_policy) {
      add_topic("no_gift_declaration",
                {notice_path(), false, notice->title.th, notice->fiscal_year, false});
      for (const auto& code : notice->oit)
        add_code(code, {notice_path(), false, notice->title.th, notice->fiscal_year, false});
    }
    // Pages are timeless (a code of conduct stays valid); news belongs to its day's year.
    for (const auto& page : site.pages)
      for (const auto& code : page.oit)
        add_code(code, {page_path(page), false, page.title.th, std::nullopt, false});
    for (const auto& item : site.news)
      for (const auto& code : item.oit)
        add_code(code, {news_path(item), false, item.title.th,
                        item.date ? std::optional<int>(fiscal_year_of(*item.date)) : std::nullopt,
                        false});
    for (const auto& link : site.oit_links)
      add_code(link.code, {link.url, true, link.title.th, link.fiscal_year, false});
  }

  std::vector<OitSource> sources(const OitItem& item) const {
    std::vector<OitSource> out;
    // A page may name an item by two of its topics, or by a topic and a code: once is enough.
    auto add = [&](const std::vector<OitSource>& found) {
      for (const auto& source : found)
        if (std::none_of(out.begin(), out.end(), [&](const OitSource& other) {
              return other.target == source.target && other.fiscal_year == source.fiscal_year;
            }))
          out.push_back(source);
    };
    for (const auto& topic : item.topics)
      if (const auto found = by_topic_.find(topic); found != by_topic_.end()) add(found->second);
    if (const auto found = by_code_.find(item.code); found != by_code_.end()) add(found->second);
    return out;
  }

 private:
  void add_topic(const std::string& topic, OitSource source) {
    by_topic_[topic].push_back(std::move(source));
  }
  // `entry` as written: a topic key, a code, or a qualified code.
  void add_code(const std::string& entry, OitSource source) {
    const OitReference ref = resolver_.parse(entry);
    if (ref.topic) {
      add_topic(ref.key, std::move(source));
      return;
    }
    for (const auto& code : resolver_.codes(ref)) by_code_[code].push_back(source);
  }

  const CodeResolver& resolver_;

  std::map<std::string, std::vector<OitSource>> by_topic_;
  std::map<std::string, std::vector<OitSource>> by_code_;
};

}  // namespace

namespace {

OitCoverage coverage_of(const Site& site, const Framework& framework, int assessment_year,
                        const CodeResolver& resolver) {
  const SourceIndex index(site, resolver);
  OitCoverage coverage;
  coverage.framework_id = framework.id;
  coverage.framework_title = framework.title;
  coverage.assessment_year = assessment_year;
  for (const auto& item : framework.items) {
    OitItemFigures figures;
    figures.item = item;
    figures.needed_year = assessment_year + item.content_year_offset;
    figures.sources = index.sources(item);
    for (auto& source : figures.sources)
      source.current = !source.fiscal_year || *source.fiscal_year >= figures.needed_year;
    // Current sources first, newest first: the first one is the URL to submit.
    std::stable_sort(figures.sources.begin(), figures.sources.end(),
                     [](const OitSource& a, const OitSource& b) {
                       if (a.current != b.current) return a.current;
                       return a.fiscal_year.value_or(0) > b.fiscal_year.value_or(0);
                     });
    if (figures.sources.empty())
      figures.status = OitStatus::missing;
    else
      figures.status = figures.sources.front().current ? OitStatus::served : OitStatus::outdated;
    if (figures.status == OitStatus::served) ++coverage.served;
    coverage.items.push_back(figures);
  }
  coverage.total = static_cast<int>(framework.items.size());
  return coverage;
}

}  // namespace

OitCoverage compute_oit(const Site& site, const Framework& framework, int assessment_year) {
  const std::vector<Framework> frameworks;
  return coverage_of(site, framework, assessment_year,
                     CodeResolver(framework, framework.id, frameworks));
}

OitCoverage compute_oit(const Site& site, const Framework& framework, int assessment_year,
                        const std::vector<Framework>& frameworks) {
  return coverage_of(site, framework, assessment_year,
                     CodeResolver(framework, unqualified_code_framework(site.config), frameworks));
}

}  // namespace oitgen
