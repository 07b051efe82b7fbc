#include <algorithm>

#include "compute/compute.h"
#include "model/oit_reference.h"
#include "model/paths.h"

namespace oitgen {

namespace {

// A source inside the site, of the fiscal years `first` to `last` (none: timeless).
OitSource page_source(std::string path, std::string title, std::optional<int> last,
                      std::optional<int> first = std::nullopt, const Anchor* anchor = nullptr) {
  OitSource source;
  source.target = anchor ? anchored(path, *anchor) : std::move(path);
  source.title = std::move(title);
  source.fiscal_year = last;
  source.first_year = first;
  if (anchor) source.anchor = anchor->id;
  return source;
}

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

// What serves which code, gathered once from the whole site. Each source carries the fiscal
// years it is content of, so that an item is served only by content of the year it asks for.
class SourceIndex {
 public:
  SourceIndex(const Site& site, const CodeResolver& resolver) : resolver_(resolver) {
    for (const auto& plan : site.plans) {
      // A plan is the plan of each of its years; its projects belong to the same years.
      const std::optional<int> first =
          plan.years.empty() ? std::nullopt : std::optional<int>(plan.years.front());
      const std::optional<int> last =
          plan.years.empty() ? std::nullopt : std::optional<int>(plan.years.back());
      if (last)
        add_topic("anti_corruption_plan", page_source(plan_path(plan), plan.title.th, last, first));
      // Each year's own risk assessment first; the plan's table is the assessment made with
      // the plan, for its first year only.
      for (const auto& assessment : plan.risk_assessments) {
        const std::string title = plan.title.th;
        add_topic("corruption_risk_assessment", page_source(risk_assessment_path(plan, assessment),
                                                            title, assessment.fiscal_year));
        if (assessment.has_management())
          add_topic("corruption_risk_management",
                    page_source(risk_assessment_path(plan, assessment), title,
                                assessment.fiscal_year, std::nullopt, &anchors::risk_management));
      }
      if (!plan.risks.empty() && first)
        add_topic("corruption_risk_assessment", page_source(plan_path(plan), plan.title.th, first,
                                                            std::nullopt, &anchors::plan_risks));
      for (const auto& report : plan.reports)
        add_topic(report.round == Round::six_month ? "anti_corruption_report_6_month"
                                                   : "anti_corruption_report_annual",
                  page_source(report_path(plan, report), plan.title.th, report.fiscal_year));
      if (last)
        for (const auto& project : plan.projects)
          for (const auto& code : project.oit)
            add_code(code, page_source(project_path(plan, project), project.title.th, last, first));
    }
    for (const auto& ita : site.ita) {
      // The measures section holds both the measures and what was done under them.
      if (!ita.measures.empty())
        for (const char* topic : {"integrity_measures", "integrity_measures_actions"})
          add_topic(topic, page_source(ita_path(ita.year), "ITA", ita.year, std::nullopt,
                                       &anchors::ita_measures));
      if (!ita.analysis.empty())
        add_topic("integrity_measures", page_source(ita_path(ita.year), "ITA", ita.year,
                                                    std::nullopt, &anchors::ita_analysis));
    }
    if (const auto& notice = site.no_gift_policy) {
      add_topic("no_gift_declaration",
                page_source(notice_path(), notice->title.th, notice->fiscal_year));
      for (const auto& code : notice->oit)
        add_code(code, page_source(notice_path(), notice->title.th, notice->fiscal_year));
    }
    // Pages are timeless (a code of conduct stays valid); news belongs to its day's year.
    for (const auto& page : site.pages)
      for (const auto& code : page.oit)
        add_code(code, page_source(page_path(page), page.title.th, std::nullopt));
    for (const auto& item : site.news)
      for (const auto& code : item.oit)
        add_code(code, page_source(news_path(item), item.title.th,
                                   item.date ? std::optional<int>(fiscal_year_of(*item.date))
                                             : std::nullopt));
    for (const auto& link : site.oit_links) {
      OitSource source = page_source(link.url, link.title.th, link.fiscal_year);
      source.external = true;
      add_code(link.code, source);
    }
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
    // Only content of the year the item asks for serves it: a later year's is not that year's
    // (the 2568 report does not report on 2567), nor is an earlier one.
    for (auto& source : figures.sources) source.current = source.covers(figures.needed_year);
    // Current sources first, and of those the one closest to the year (a yearly file before
    // the five-year plan, both before timeless pages); the first one is the URL to submit.
    // Other sources newest first.
    const auto span = [](const OitSource& s) {
      return s.fiscal_year ? *s.fiscal_year - s.first_year.value_or(*s.fiscal_year) : 1000;
    };
    std::stable_sort(figures.sources.begin(), figures.sources.end(),
                     [&span](const OitSource& a, const OitSource& b) {
                       if (a.current != b.current) return a.current;
                       if (a.current && span(a) != span(b)) return span(a) < span(b);
                       return a.fiscal_year.value_or(0) > b.fiscal_year.value_or(0);
                     });
    if (figures.sources.empty())
      figures.status = OitStatus::missing;
    else
      figures.status = figures.sources.front().current ? OitStatus::served : OitStatus::outdated;
    if (figures.status == OitStatus::served) ++coverage.served;
    if (!item.confirmed) ++coverage.unconfirmed;
    coverage.items.push_back(figures);
  }
  coverage.total = static_cast<int>(framework.items.size());
  if (coverage.total > 0) coverage.percent = coverage.served * 100 / coverage.total;
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
