#include "validate/validate.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "model/oit_reference.h"
#include "util/i18n.h"
#include "util/nearest.h"
#include "util/text.h"
#include "validate/project_period.h"
#include "validate/report_checks.h"

namespace oitgen {

namespace {

std::string years_list(const std::vector<int>& years) {
  std::vector<std::string> out;
  out.reserve(years.size());
  for (int year : years) out.push_back(std::to_string(year));
  return join(out);
}

bool has_year(const Plan& plan, int year) {
  return std::find(plan.years.begin(), plan.years.end(), year) != plan.years.end();
}

// A year the plan does not define; when the plan's years could not be read, nothing is.
bool outside_plan(const Plan& plan, int year) {
  return !plan.years.empty() && !has_year(plan, year);
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// "; did you mean "p12"?" when a close id exists.
std::string suggestion(const std::string& word, const std::vector<std::string>& candidates) {
  const auto near = nearest(word, candidates);
  return near ? trf("; did you mean {1}?", {quote(*near)}) : "";
}

// Ids that references must name, hashed and indexed for suggestions, so that checking many
// references against many ids takes linear time.
class IdSet {
 public:
  void add(const std::string& id) {
    if (set_.insert(id).second) ids_.push_back(id);
  }
  bool contains(const std::string& id) const { return set_.count(id) > 0; }
  const std::vector<std::string>& ids() const { return ids_; }
  std::string suggestion(const std::string& word) const {
    if (!index_) index_.emplace(ids_);
    const auto near = index_->find(word);
    return near ? trf("; did you mean {1}?", {quote(*near)}) : "";
  }

 private:
  std::vector<std::string> ids_;  // in the order added, duplicates once
  std::unordered_set<std::string> set_;
  mutable std::optional<NearestIndex> index_;  // made at the first suggestion
};

IdSet project_ids(const Plan& plan) {
  IdSet ids;
  for (const auto& project : plan.projects) ids.add(project.id);
  return ids;
}

class Validator {
 public:
  Validator(const Site& site, const std::vector<Framework>& frameworks, Diagnostics& diags)
      : site_(site), frameworks_(frameworks), diags_(diags) {}

  void run() {
    check_config();
    for (const auto& plan : site_.plans) check_plan(plan);
    for (const auto& ita : site_.ita) check_ita(ita);
    if (site_.no_gift_policy) check_document(*site_.no_gift_policy);
    for (const auto& page : site_.pages) check_document(page);
    for (const auto& item : site_.news) check_document(item);
    check_oit_codes();
    if (!site_.no_gift_policy && !site_.no_gift_policy_unreadable &&
        !site_.config.source.file.empty())
      diags_.warning("content/notices/no-gift-policy.md", {}, "notice.no-gift-policy-missing",
                     tr("is missing; the OIT checklist asks for the No Gift Policy announcement"));
  }

 private:
  void error(const Source& source, const std::string& field, std::string code,
             std::string message) {
    diags_.error(source.file, source.at(field), std::move(code), std::move(message));
  }
  void warning(const Source& source, const std::string& field, std::string code,
               std::string message) {
    diags_.warning(source.file, source.at(field), std::move(code), std::move(message));
  }

  void check_config() {
    const SiteConfig& config = site_.config;
    if (!config.oit_framework.empty() && !find_framework(frameworks_, config.oit_framework)) {
      std::vector<std::string> ids;
      for (const auto& framework : frameworks_) ids.push_back(framework.id);
      error(config.source, "oit_framework", "site.unknown-framework",
            trf("oit_framework {1} is not a known framework (available: {2})",
                {quote(config.oit_framework), join(ids)}) +
                suggestion(config.oit_framework, ids));
    }
  }

  // Entries of `oit:` and links.json: a topic key must be one of frameworks/topics.json; a
  // code must be an item of the framework it belongs to (its qualifier, else site.json's
  // oit_framework, else ita-2566). Which items they serve this year is checked after compute.
  void check_oit_codes() {
    const std::string default_id = unqualified_code_framework(site_.config);
    std::vector<std::string> topic_keys;
    for (const auto& topic : site_.topics) topic_keys.push_back(topic.key);
    const std::unordered_set<std::string> known_topics(topic_keys.begin(), topic_keys.end());
    std::map<std::string, std::vector<std::string>> codes_of;
    for (const auto& framework : frameworks_)
      for (const auto& item : framework.items) codes_of[framework.id].push_back(item.code);
    auto check = [&](const std::string& entry, const Source& source, const std::string& field) {
      const OitReference ref = parse_oit_reference(entry, default_id);
      if (ref.topic) {
        if (known_topics.count(ref.key)) return;
        error(source, field, "oit.unknown-topic",
              trf("OIT topic {1} is not a topic key{2} (topic keys: {3})",
                  {quote(ref.key), suggestion(ref.key, topic_keys), join(topic_keys)}));
        return;
      }
      const Framework* framework = find_framework(frameworks_, ref.framework_id);
      if (!framework) {
        // An unknown oit_framework is reported once, at site.json.
        if (!ref.qualified) return;
        std::vector<std::string> ids;
        for (const auto& known : frameworks_)
          if (!known.items.empty()) ids.push_back(known.id);
        error(source, field, "oit.unknown-framework",
              trf("OIT code {1} names framework {2}, which is not a known framework with OIT "
                  "items (available: {3})",
                  {quote(entry), quote(ref.framework_id), join(ids)}) +
                  suggestion(ref.framework_id, ids));
        return;
      }
      if (framework->items.empty()) return;
      const auto& codes = codes_of[framework->id];
      if (find_item(*framework, ref.key)) return;
      error(source, field, "oit.unknown-code",
            trf("OIT code {1} is not an item of framework {2} ({3} to {4})",
                {quote(ref.qualified ? entry : ref.key), framework->id, codes.front(),
                 codes.back()}) +
                code_suggestion(ref.key, codes));
    };
    auto check_list = [&](const std::vector<std::string>& list, const Source& source) {
      for (std::size_t i = 0; i < list.size(); ++i)
        check(list[i], source, "oit." + std::to_string(i));
    };
    for (const auto& plan : site_.plans)
      for (const auto& project : plan.projects) check_list(project.oit, project.source);
    if (site_.no_gift_policy) check_list(site_.no_gift_policy->oit, site_.no_gift_policy->source);
    for (const auto& page : site_.pages) check_list(page.oit, page.source);
    for (const auto& item : site_.news) check_list(item.oit, item.source);
    for (const auto& link : site_.oit_links) check(link.code, link.source, "code");
  }

  // Codes are short, so many are one edit apart ("O44" is as near O4 as O43); a code written
  // in another case or with a space or dash ("o36", "O 36", "OIT-36") is matched first.
  static std::string code_suggestion(const std::string& code,
                                     const std::vector<std::string>& codes) {
    std::string plain;
    for (char c : code)
      if (std::isalnum(static_cast<unsigned char>(c)))
        plain += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (plain.rfind("OIT", 0) == 0) plain = "O" + plain.substr(3);
    for (const auto& candidate : codes)
      if (candidate == plain) return trf("; did you mean {1}?", {quote(candidate)});
    return suggestion(code, codes);
  }

  void check_plan(const Plan& plan) {
    std::set<int> dimension_numbers;
    std::set<std::string> mission_numbers;
    for (const auto& dimension : plan.dimensions) {
      if (!dimension_numbers.insert(dimension.number).second)
        error(dimension.source, "number", "plan.duplicate-dimension",
              trf("dimension {1} is defined twice", {std::to_string(dimension.number)}));
      for (const auto& mission : dimension.missions)
        if (!mission_numbers.insert(mission.number).second)
          error(mission.source, "number", "plan.duplicate-mission",
                trf("mission {1} is defined twice", {quote(mission.number)}));
    }
    for (const auto& target : plan.targets)
      for (const auto& [year, value] : target.values)
        if (outside_plan(plan, year))
          error(target.source, "values." + std::to_string(year), "plan.year-outside",
                trf("target year {1} is not a year of plan {2} (years: {3})",
                    {std::to_string(year), plan.id, years_list(plan.years)}));
    check_declared_years(plan, plan.declared_totals.plan, "declared_totals");
    for (const auto& [number, group] : plan.declared_totals.dimensions) {
      const std::string at = "declared_totals.dimensions." + std::to_string(number);
      if (!plan.dimensions.empty() && !dimension_numbers.count(number)) {
        std::vector<std::string> numbers;
        for (const auto& d : plan.dimensions) numbers.push_back(std::to_string(d.number));
        error(plan.source, at, "plan.unknown-dimension",
              trf("declared dimension {1} is not defined in plan {2} (dimensions: {3})",
                  {std::to_string(number), plan.id, join(numbers)}));
      }
      check_declared_years(plan, group, at);
    }
    check_risks(plan, plan.risks);
    for (const auto& assessment : plan.risk_assessments) check_risk_assessment(plan, assessment);
    check_projects(plan);
    for (const auto& report : plan.reports) check_report(plan, report);
    check_report_rounds(plan);
  }

  // The plan's risk table and each yearly assessment name controls the same way.
  void check_risks(const Plan& plan, const std::vector<Risk>& risks) {
    const IdSet& ids = plan_ids(plan);
    for (const auto& risk : risks) {
      for (std::size_t i = 0; i < risk.controls.size(); ++i) {
        const std::string& control = risk.controls[i];
        // A control written like an id is meant as a link; free text is shown as it is.
        if (!is_valid_id(control) || ids.contains(control)) continue;
        warning(risk.source, "controls." + std::to_string(i), "risk.unknown-control",
                trf("control {1} looks like a project id but plan {2} has no such project, so "
                    "it is shown as text",
                    {quote(control), plan.id}) +
                    ids.suggestion(control));
      }
    }
  }

  void check_risk_assessment(const Plan& plan, const RiskAssessment& assessment) {
    const int year = assessment.fiscal_year;
    if (outside_plan(plan, year))
      diags_.error(assessment.source.file, {}, "risk.year-outside",
                   trf("fiscal year {1} (the file name) is not a year of plan {2} (years: {3}); "
                       "name the file by a plan year",
                       {std::to_string(year), plan.id, years_list(plan.years)}));
    // An assessment is made for its year, before it or during it.
    if (const auto& date = assessment.assessed.date) {
      const Date earliest = fiscal_year_start(year - 1);
      const Date latest = fiscal_year_end(year);
      if (*date < earliest || *date > latest)
        warning(assessment.source, "assessed.date", "risk.assessed-date",
                trf("assessed on {1}, outside fiscal year {2} and the year before it ({3} to "
                    "{4}); is the file named by the right year?",
                    {to_iso(*date), std::to_string(year), to_iso(earliest), to_iso(latest)}));
    }
    check_risks(plan, assessment.risks);
    const IdSet& ids = plan_ids(plan);
    const std::unordered_set<std::string> unreadable(plan.unreadable_projects.begin(),
                                                     plan.unreadable_projects.end());
    for (const auto& action : assessment.actions)
      if (!action.project.empty() && !ids.contains(action.project) &&
          !unreadable.count(action.project))
        error(action.source, "project", "risk.unknown-project",
              trf("project {1} is not a project of plan {2}", {quote(action.project), plan.id}) +
                  ids.suggestion(action.project));
  }

  void check_declared_years(const Plan& plan, const DeclaredGroup& group,
                            const std::string& prefix) {
    for (const auto& [year, amount] : group.budget)
      if (outside_plan(plan, year))
        error(plan.source, prefix + "_key." + std::to_string(year), "plan.year-outside",
              trf("declared total year {1} is not a year of plan {2} (years: {3})",
                  {std::to_string(year), plan.id, years_list(plan.years)}));
  }

  void check_projects(const Plan& plan) {
    std::map<int, const Project*> by_number;
    for (const auto& project : plan.projects) {
      const Source& src = project.source;
      if (project.number) {
        if (auto [it, fresh] = by_number.emplace(*project.number, &project); !fresh)
          error(src, "number", "project.duplicate-number",
                trf("project number {1} is also used by project {2}; each project of a plan "
                    "needs its own number",
                    {std::to_string(*project.number), it->second->id}));
      }
      check_dimension_and_mission(plan, project);
      for (const auto& [year, amount] : project.budget)
        if (outside_plan(plan, year))
          error(src, "budget." + std::to_string(year), "project.budget-year-outside",
                trf("budget year {1} is not a year of plan {2} (years: {3})",
                    {std::to_string(year), plan.id, years_list(plan.years)}));
      check_added(plan, project, diags_);
      check_project_period(project, diags_);
    }
  }

  void check_dimension_and_mission(const Plan& plan, const Project& project) {
    // Without the plan's dimensions (reported in plan.json) or the project's own value
    // (reported in its file), there is nothing to compare.
    if (plan.dimensions.empty() || !project.dimension) return;
    const Dimension* dimension = nullptr;
    for (const auto& d : plan.dimensions)
      if (d.number == *project.dimension) dimension = &d;
    if (!dimension) {
      std::vector<std::string> dimensions;
      for (const auto& d : plan.dimensions) dimensions.push_back(std::to_string(d.number));
      error(project.source, "dimension", "project.unknown-dimension",
            trf("dimension {1} is not defined in plan {2} (dimensions: {3})",
                {std::to_string(*project.dimension), plan.id, join(dimensions)}));
      return;
    }
    if (project.mission.empty()) return;
    bool found = false;
    for (const auto& m : dimension->missions) found = found || m.number == project.mission;
    std::vector<std::string> missions;
    if (!found) {
      for (const auto& m : dimension->missions) missions.push_back(m.number);
      error(project.source, "mission", "project.unknown-mission",
            trf("mission {1} is not a mission of dimension {2} in plan {3} (missions: {4})",
                {quote(project.mission), std::to_string(dimension->number), plan.id,
                 join(missions)}));
    }
  }

  void check_report(const Plan& plan, const Report& report) {
    const Source& src = report.source;
    if (report.fiscal_year != 0 && outside_plan(plan, report.fiscal_year))
      error(src, "fiscal_year", "report.year-outside",
            trf("fiscal year {1} is not a year of plan {2} (years: {3})",
                {std::to_string(report.fiscal_year), plan.id, years_list(plan.years)}));
    if (report.fiscal_year != 0) {
      const Date start = fiscal_year_start(report.fiscal_year);
      const Date end = fiscal_year_end(report.fiscal_year);
      const std::string year = std::to_string(report.fiscal_year);
      if (report.from && (*report.from < start || *report.from > end))
        error(src, "period.from", "report.period-outside",
              trf("period starts on {1}, outside its fiscal year (fiscal year {2} runs from {3} "
                  "to {4})",
                  {to_iso(*report.from), year, to_iso(start), to_iso(end)}));
      if (report.to && (*report.to < start || *report.to > end))
        error(src, "period.to", "report.period-outside",
              trf("period ends on {1}, outside its fiscal year (fiscal year {2} runs from {3} to "
                  "{4})",
                  {to_iso(*report.to), year, to_iso(start), to_iso(end)}));
    }
    if (report.from && report.to && *report.to < *report.from)
      error(src, "period.to", "report.period-reversed",
            trf("period ends on {1}, before it starts on {2}",
                {to_iso(*report.to), to_iso(*report.from)}));

    const IdSet& ids = plan_ids(plan);
    const std::unordered_set<std::string> unreadable_projects(plan.unreadable_projects.begin(),
                                                              plan.unreadable_projects.end());
    std::unordered_set<std::string> seen;
    for (const auto& entry : report.entries) {
      if (entry.project.empty()) continue;  // missing: reported by the loader
      const bool known = ids.contains(entry.project);
      const bool unreadable = unreadable_projects.count(entry.project) > 0;
      if (!known && !unreadable) {
        unknown_project(entry, plan, ids);
        continue;
      }
      if (!seen.insert(entry.project).second)
        error(entry.source, "project", "report.duplicate-entry",
              trf("project {1} has a second entry in this report; give each project one entry",
                  {quote(entry.project)}));
    }
    check_planned_entries(plan, report, diags_);
    check_as_of(report, diags_);
    // Without "entries" (reported by the loader) every project would be "missing". A project
    // not planned in the report's year needs no entry.
    if (!report.source.fields.count("entries")) return;
    for (const auto& project : plan.projects) {
      if (seen.count(project.id) || !planned_in(project, report.fiscal_year)) continue;
      const std::string number =
          project.number ? trf(" (number {1})", {std::to_string(*project.number)}) : "";
      warning(src, "entries", "report.project-missing",
              trf("project {1}{2} of plan {3} is missing from this report",
                  {project.id, number, plan.id}));
    }
  }

  void unknown_project(const ReportEntry& entry, const Plan& plan, const IdSet& ids) {
    if (is_valid_id(entry.project)) {
      error(entry.source, "project", "report.unknown-project",
            trf("project {1} is not a project of plan {2}", {quote(entry.project), plan.id}) +
                ids.suggestion(entry.project));
      return;
    }
    // A path such as "../p01" is never followed; suggest the id it seems to mean.
    const std::string last = entry.project.substr(entry.project.find_last_of("/\\") + 1);
    error(entry.source, "project", "report.project-path",
          trf("project {1} is not a project id (ids use a-z, 0-9 and \"-\", never a path)",
              {quote(entry.project)}) +
              ids.suggestion(last));
  }

  void check_report_rounds(const Plan& plan) {
    std::map<std::pair<int, Round>, const Report*> rounds;
    for (const auto& report : plan.reports) {
      auto [it, fresh] = rounds.emplace(std::pair{report.fiscal_year, report.round}, &report);
      if (!fresh && report.fiscal_year != 0)
        error(report.source, "round", "report.duplicate-round",
              trf("a {1} report for {2} already exists: report {3}",
                  {round_name(report.round), std::to_string(report.fiscal_year), it->second->id}));
    }
  }

  void check_ita(const ItaYear& ita) {
    std::set<int> numbers;
    // The projects a measure may name: those of the plans covering the year, made once.
    IdSet ids;
    for (const auto& plan : site_.plans) {
      if (outside_plan(plan, ita.year)) continue;
      for (const auto& project : plan.projects) ids.add(project.id);
      for (const auto& project : plan.unreadable_projects) ids.add(project);
    }
    const std::unordered_set<std::string> of_unreadable_plans(
        site_.projects_of_unreadable_plans.begin(), site_.projects_of_unreadable_plans.end());
    for (const auto& measure : ita.measures) {
      if (measure.number && !numbers.insert(*measure.number).second)
        error(measure.source, "number", "ita.duplicate-measure",
              trf("measure number {1} is used twice", {std::to_string(*measure.number)}));
      if (measure.project.empty()) continue;
      if (!of_unreadable_plans.count(measure.project) && !ids.contains(measure.project))
        error(measure.source, "project", "ita.unknown-project",
              trf("project {1} is not a project of a plan covering {2}",
                  {quote(measure.project), std::to_string(ita.year)}) +
                  ids.suggestion(measure.project));
    }
    if (!ita.level.empty()) check_ita_level(ita);
  }

  // The level must be one the NACC gives in that year's scale, written as announced: a page
  // shows it verbatim as the NACC's result.
  void check_ita_level(const ItaYear& ita) {
    const Framework* framework = framework_for_year(frameworks_, ita.year);
    if (!framework) return;
    std::vector<std::string> levels;
    for (const auto& rule : framework->levels) levels.push_back(rule.level);
    if (std::find(levels.begin(), levels.end(), ita.level) != levels.end()) return;
    // Documents write "ระดับ A" or "ระดับผ่านดี"; the level is what follows "ระดับ".
    std::string word = trim(ita.level);
    if (constexpr std::string_view prefix = "ระดับ"; word.starts_with(prefix))
      word = trim(word.substr(prefix.size()));
    std::string hint;
    if (word != ita.level && std::find(levels.begin(), levels.end(), word) != levels.end())
      hint = trf("; did you mean {1}?", {quote(word)});
    else
      hint = suggestion(word, levels);
    // A level is a word or two; a long text (pasted by mistake) is not repeated in the message.
    constexpr std::size_t longest_quoted = 200;
    const std::string what = ita.level.size() <= longest_quoted
                                 ? trf("level {1}", {quote(ita.level)})
                                 : trf("a level of {1} bytes", {std::to_string(ita.level.size())});
    error(ita.source, "level", "ita.unknown-level",
          trf("{1} is not a level of the {2} scale; write it as the NACC announced it, one of: {3}",
              {what, framework->id, join(levels)}) +
              hint);
  }

  void check_document(const Document& doc) {
    for (std::size_t i = 0; i < doc.images.size(); ++i) {
      const std::string& image = doc.images[i];
      const bool escapes = image.empty() || image.front() == '/' ||
                           image.find('\\') != std::string::npos ||
                           ("/" + image + "/").find("/../") != std::string::npos;
      if (escapes)
        error(doc.source, "images", "document.image-path",
              trf("image {1} must be a path inside content/static/, such as \"images/photo.jpg\"",
                  {quote(image)}));
      else if (!std::binary_search(site_.static_files.begin(), site_.static_files.end(), image))
        error(doc.source, "images", "document.image-missing",
              trf("image {1} is not in content/static/", {quote(image)}));
    }
  }

  // Each plan's project ids, made once for all its reports and risks.
  const IdSet& plan_ids(const Plan& plan) {
    auto found = plan_ids_.find(&plan);
    if (found == plan_ids_.end()) found = plan_ids_.emplace(&plan, project_ids(plan)).first;
    return found->second;
  }

  const Site& site_;
  const std::vector<Framework>& frameworks_;
  Diagnostics& diags_;
  std::map<const Plan*, IdSet> plan_ids_;
};

}  // namespace

void validate(const Site& site, const std::vector<Framework>& frameworks, Diagnostics& diags) {
  Validator(site, frameworks, diags).run();
}

}  // namespace oitgen
