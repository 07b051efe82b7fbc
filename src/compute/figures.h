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

struct DeclaredTotalDifference {
  int year = 0;
  Money declared = 0;
  Money computed = 0;
};

struct PlanFigures {
  std::string plan_id;
  BudgetTotals totals;
  std::vector<DimensionFigures> dimensions;
  std::map<std::string, BudgetTotals> projects;  // by project id
  std::vector<DeclaredTotalDifference> declared_differences;
};

// One report entry's money: the budget is the entry's own, else the plan's for the year;
// unknown when neither is there (an entry for a project that could not be read).
struct EntryFigures {
  std::string project;
  std::optional<Money> budget;
  Money disbursed = 0;
};

struct ReportFigures {
  std::string plan_id;
  std::string report_id;
  std::vector<EntryFigures> entry_figures;  // in the report's order
  std::map<Status, int> counts;             // every status, 0 included
  int entries = 0;
  Money budget = 0;
  Money disbursed = 0;
  bool overflow = false;                       // the budget or disbursed sum did not fit in Money
  std::optional<double> disbursed_percent;     // none when the budget is 0
  std::optional<double> implementation_level;  // none when there are no entries
};

struct ItaFigures {
  int year = 0;
  double score = 0;            // meaningful only when computed_level is set
  std::string framework_id;    // whose scale was used
  std::string computed_level;  // from the scale
  std::string level;           // shown: as announced, else computed
  bool announced = false;
  bool disagrees = false;        // announced level differs from the scale's
  std::optional<double> target;  // the plan's ITA score target for the year
  std::optional<bool> target_met;
};

// The OIT checklist against the site: which page, if any, serves each item.
enum class OitStatus { served, outdated, missing };

struct OitSource {
  std::string target;  // a site path ("plans/x/#risks-heading") or an absolute URL elsewhere
  bool external = false;
  std::string title;
  std::optional<int> fiscal_year;  // the newest fiscal year the content covers; none: timeless
  bool current = false;            // recent enough for the assessment
};

struct OitItemFigures {
  OitItem item;  // a copy: figures outlive the framework list they were computed from
  OitStatus status = OitStatus::missing;
  std::vector<OitSource> sources;  // current ones first
  int needed_year = 0;             // the fiscal year whose content serves the item
};

struct OitCoverage {
  std::string framework_id;
  Text framework_title;
  int assessment_year = 0;
  std::vector<OitItemFigures> items;  // in the framework's order
  int served = 0;
  int total = 0;
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
