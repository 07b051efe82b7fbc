#pragma once
// Every figure a reader sees, computed once from the line items. Templates and messages only
// read these; nothing else adds numbers.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site.h"

namespace oitgen {

// Budget sums of a group of projects (one project, a mission, a dimension or a plan).
struct BudgetTotals {
  std::map<int, Money> by_year;        // every plan year, 0 when nothing is planned
  std::map<int, int> planned_by_year;  // projects with a budget (even 0) in that year
  Money all_years = 0;
  int projects = 0;
  bool overflow = false;  // a sum did not fit in Money; the figures are not to be shown

  // The sum for a year, or none when no project of the group is planned that year: the paper
  // plans print "–" there, and 0.00 would say "planned, no money needed".
  std::optional<Money> planned(int year) const {
    const auto count = planned_by_year.find(year);
    const auto amount = by_year.find(year);
    if (count == planned_by_year.end() || count->second == 0 || amount == by_year.end())
      return std::nullopt;
    return amount->second;
  }
  // Whether any project of the group is planned in any year (else it has no total either).
  bool planned_any_year() const {
    for (const auto& [year, count] : planned_by_year)
      if (count > 0) return true;
    return false;
  }
};

struct ProjectFigures;

struct MissionFigures {
  const Mission* mission = nullptr;
  BudgetTotals totals;
  std::vector<const ProjectFigures*> projects;  // the mission's projects, in the plan's order
};

struct DimensionFigures {
  const Dimension* dimension = nullptr;
  BudgetTotals totals;
  std::vector<MissionFigures> missions;  // in the dimension's order
};

// A figure the signed plan prints, beside the one computed from its projects.
enum class DeclaredKind {
  budget,            // a year's total, in satang
  projects,          // the count printed under the table
  preface_projects,  // the count printed in the preface
};

struct DeclaredFigure {
  DeclaredKind kind = DeclaredKind::budget;
  std::optional<int> dimension;  // none: the whole plan
  int year = 0;                  // budget only
  long long declared = 0;        // satang for a budget, else a number of projects
  long long computed = 0;
  long long difference = 0;  // declared minus computed
  std::string field;         // where it is written: a field of the plan's Source

  bool differs() const { return difference != 0; }
};

// One report entry's money, joined to the project it names. The budget is the entry's own,
// else the plan's for the year; unknown when neither is there (an entry for a project that
// could not be read, or one that is not planned that year).
struct EntryFigures {
  const ReportEntry* entry = nullptr;
  const Project* project = nullptr;  // none: the entry names no project of the plan
  std::optional<Money> budget;
  Money disbursed = 0;
  // False for a project not planned in the report's year: shown, left out of every figure.
  bool counted = true;
};

// A report counts the projects planned in its fiscal year (a budget for the year, 0 included):
// entries for other projects are shown but not counted, and a planned project without an entry
// is counted as not reported, so that leaving a project out never raises the level.
struct ReportFigures {
  const Plan* plan = nullptr;
  const Report* report = nullptr;
  std::vector<EntryFigures> rows;  // one per entry, in the report's order
  std::map<Status, int> counts;    // every counted status, 0 included
  int entries = 0;                 // entries counted
  int missing = 0;                 // planned projects without an entry, counted as not reported
  int planned = 0;                 // the projects planned that year: entries counted + missing
  int not_counted = 0;             // entries for projects not planned that year
  int added = 0;                   // planned projects added after the plan was announced
  int original = 0;                // planned projects of the plan as announced: planned - added
  // An entry names a project added after the plan was announced: the page then marks the
  // others as the plan's original ones, as the paper reports do.
  bool lists_added = false;
  Money budget = 0;
  Money disbursed = 0;
  bool overflow = false;                       // the budget or disbursed sum did not fit in Money
  std::optional<double> disbursed_percent;     // none when the budget is 0
  std::optional<double> implementation_level;  // none when no project is planned
};

// A report entry for a project, as the project's page lists it.
struct ProjectEntry {
  const ReportFigures* report = nullptr;
  const EntryFigures* row = nullptr;
};

struct ProjectFigures {
  const Project* project = nullptr;
  // Where the plan puts it; none when its dimension or mission is not the plan's.
  const Dimension* dimension = nullptr;
  const Mission* mission = nullptr;
  BudgetTotals totals;
  std::vector<ProjectEntry> entries;  // the plan's reports' entries for it, in report order
};

// A risk's controls, each a project of the plan (named by its id) or free text.
struct RiskControl {
  const std::string* text = nullptr;  // as written
  const Project* project = nullptr;   // the project it names, if any
};

struct RiskFigures {
  const Risk* risk = nullptr;
  std::vector<RiskControl> controls;  // in the risk's order
};

struct RiskActionFigures {
  const RiskAction* action = nullptr;
  const Project* project = nullptr;  // the plan project that carries it out, if one is named
};

struct RiskAssessmentFigures {
  const RiskAssessment* assessment = nullptr;
  std::vector<RiskFigures> risks;
  std::vector<RiskActionFigures> actions;
};

// A plan and everything computed from it, each record beside its own figures. The figures
// point into the Site they were computed from, and into themselves (a project's entries into
// the reports, a mission's projects into the projects): they may be moved, never copied.
struct PlanFigures {
  PlanFigures() = default;
  PlanFigures(const PlanFigures&) = delete;
  PlanFigures& operator=(const PlanFigures&) = delete;
  PlanFigures(PlanFigures&&) = default;
  PlanFigures& operator=(PlanFigures&&) = default;
  ~PlanFigures() = default;

  const Plan* plan = nullptr;
  BudgetTotals totals;
  std::vector<DimensionFigures> dimensions;             // in the plan's order
  std::vector<ProjectFigures> projects;                 // in the plan's order
  std::vector<ReportFigures> reports;                   // in the plan's order
  std::vector<RiskFigures> risks;                       // the plan's own risk table
  std::vector<RiskAssessmentFigures> risk_assessments;  // in the plan's order
  // Every figure `declared_totals` gives, the plan's first, then by dimension number.
  std::vector<DeclaredFigure> declared;
};

// Where the ITA level a reader sees comes from.
enum class ItaLevelSource {
  none,       // nothing to show: not announced yet, and no confirmed scale to compute it on
  announced,  // the NACC's announced level, as written in the content
  computed,   // computed from the score on a scale confirmed as the NACC's rule (to ITA 2565)
};

// An integrity measure, joined to the plan project it names.
struct ItaMeasureFigures {
  const ItaMeasure* measure = nullptr;
  const Plan* plan = nullptr;  // with the project
  const Project* project = nullptr;
};

struct ItaFigures {
  const ItaYear* ita = nullptr;
  int year = 0;
  std::optional<double> score;  // as announced; none before the score is announced
  std::string framework_id;     // the scale of the year
  bool scale_confirmed = false;
  // The result shown, on pages and in open data: see level_source. Empty when it is none.
  std::string level;
  ItaLevelSource level_source = ItaLevelSource::none;
  std::string level_rule;  // with a computed level: the rule, "AA ≥ 95, A ≥ 85, …"
  // The level of an unconfirmed scale for the score: an estimate that `check` may mention.
  // Never shown as a result: not on a page, in a feed or in the open data.
  std::string estimate;
  // The announced level differs from the level of a confirmed scale (computed_level).
  bool disagrees = false;
  std::string computed_level;               // on a confirmed scale, for the score
  std::optional<double> target;             // the plan's ITA score target for the year
  std::optional<bool> target_met;           // only against an announced score
  std::vector<ItaMeasureFigures> measures;  // in the year's order
};

// The OIT checklist against the site: which page, if any, serves each item.
enum class OitStatus { served, outdated, missing };

struct OitSource {
  std::string target;  // a site path ("plans/x/#risks-heading") or an absolute URL elsewhere
  bool external = false;
  std::string title;
  // The fiscal years the content covers: fiscal_year alone, or first_year to fiscal_year (a
  // plan); none: timeless (a code of conduct).
  std::optional<int> fiscal_year;
  std::optional<int> first_year;
  bool current = false;  // of the year the item asks for
  std::string anchor;    // the id in the target page that target links to, if any
  bool covers(int year) const {
    return !fiscal_year || (year <= *fiscal_year && year >= first_year.value_or(*fiscal_year));
  }
};

struct OitItemFigures {
  OitItem item;  // a copy: figures outlive the framework list they were computed from
  OitStatus status = OitStatus::missing;
  std::vector<OitSource> sources;  // current ones first
  int needed_year = 0;             // the fiscal year whose content serves the item
};

struct OitCoverage {
  std::string framework_id;
  Text framework_title;  // what readers see of the framework; never its id
  int assessment_year = 0;
  std::vector<OitItemFigures> items;  // in the framework's order
  int served = 0;
  int total = 0;
  int percent = 0;      // served of total, rounded down; 0 without items
  int unconfirmed = 0;  // items not yet checked against the year's manual
};

// Everything compute() gives, in the site's order. Like PlanFigures it points into the Site it
// was computed from and into itself: it may be moved, never copied.
struct Figures {
  Figures() = default;
  Figures(const Figures&) = delete;
  Figures& operator=(const Figures&) = delete;
  Figures(Figures&&) = default;
  Figures& operator=(Figures&&) = default;
  ~Figures() = default;

  int current_fiscal_year = 0;  // site.json's, else the fiscal year of the build date
  std::vector<PlanFigures> plans;
  std::vector<ItaFigures> ita;
  // The newest report of the current fiscal year, else the newest of all; none without reports.
  const ReportFigures* latest_report = nullptr;
  // The latest year up to the current one with a level to show (announced, or computed).
  const ItaFigures* latest_ita = nullptr;
  int oit_year = 0;                // the assessment year whose OIT checklist applies
  std::optional<OitCoverage> oit;  // when a framework for that year lists OIT items
};

}  // namespace oitgen
