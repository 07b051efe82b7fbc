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

struct MissionFigures {
  std::string number;
  BudgetTotals totals;
};

struct DimensionFigures {
  int number = 0;
  BudgetTotals totals;
  std::vector<MissionFigures> missions;
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

struct PlanFigures {
  std::string plan_id;
  BudgetTotals totals;
  std::vector<DimensionFigures> dimensions;
  std::map<std::string, BudgetTotals> projects;  // by project id
  // Every figure `declared_totals` gives, the plan's first, then by dimension number.
  std::vector<DeclaredFigure> declared;
};

// One report entry's money: the budget is the entry's own, else the plan's for the year;
// unknown when neither is there (an entry for a project that could not be read, or one that is
// not planned that year).
struct EntryFigures {
  std::string project;
  std::optional<Money> budget;
  Money disbursed = 0;
  // False for a project not planned in the report's year: shown, left out of every figure.
  bool counted = true;
};

// A report counts the projects planned in its fiscal year (a budget for the year, 0 included):
// entries for other projects are shown but not counted, and a planned project without an entry
// is counted as not reported, so that leaving a project out never raises the level.
struct ReportFigures {
  std::string plan_id;
  std::string report_id;
  int fiscal_year = 0;
  std::vector<EntryFigures> entry_figures;  // in the report's order
  std::map<Status, int> counts;             // every counted status, 0 included
  int entries = 0;                          // entries counted
  int missing = 0;      // planned projects without an entry, counted as not reported
  int planned = 0;      // the projects planned that year: entries counted + missing
  int not_counted = 0;  // entries for projects not planned that year
  int added = 0;        // planned projects added after the plan was announced
  int original = 0;     // planned projects of the plan as announced: planned - added
  Money budget = 0;
  Money disbursed = 0;
  bool overflow = false;                       // the budget or disbursed sum did not fit in Money
  std::optional<double> disbursed_percent;     // none when the budget is 0
  std::optional<double> implementation_level;  // none when no project is planned
};

// Where the ITA level a reader sees comes from.
enum class ItaLevelSource {
  none,       // nothing to show: not announced yet, and no confirmed scale to compute it on
  announced,  // the NACC's announced level, as written in the content
  computed,   // computed from the score on a scale confirmed as the NACC's rule (to ITA 2565)
};

struct ItaFigures {
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
  std::string computed_level;      // on a confirmed scale, for the score
  std::optional<double> target;    // the plan's ITA score target for the year
  std::optional<bool> target_met;  // only against an announced score
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
  int unconfirmed = 0;  // items not yet checked against the year's manual
};

struct Figures {
  int current_fiscal_year = 0;  // site.json's, else the fiscal year of the build date
  std::vector<PlanFigures> plans;
  std::vector<ReportFigures> reports;
  std::vector<ItaFigures> ita;
  int oit_year = 0;                // the assessment year whose OIT checklist applies
  std::optional<OitCoverage> oit;  // when a framework for that year lists OIT items
};

}  // namespace oitgen
