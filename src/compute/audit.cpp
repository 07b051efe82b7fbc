#include "compute/audit.h"

#include <limits>
#include <sstream>

#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::string score_text(double score) {
  std::ostringstream out;
  out << score;
  return out.str();
}

// "declared total of dimension 1 for 2567 is 105,000.00 but its projects add up to 95,000.00,
// a difference of 10,000.00; the plan page shows both".
std::string declared_message(const DeclaredFigure& figure) {
  const long long difference = figure.difference < 0 ? -figure.difference : figure.difference;
  const std::string year = std::to_string(figure.year);
  if (figure.kind == DeclaredKind::budget) {
    if (figure.dimension)
      return trf(
          "declared total of dimension {1} for {2} is {3} but its projects add up to {4}, "
          "a difference of {5}; the plan page shows both",
          {std::to_string(*figure.dimension), year, format_baht(figure.declared),
           format_baht(figure.computed), format_baht(difference)});
    return trf(
        "declared total for {1} is {2} but the projects add up to {3}, a difference of "
        "{4}; the plan page shows both",
        {year, format_baht(figure.declared), format_baht(figure.computed),
         format_baht(difference)});
  }
  const std::string declared = std::to_string(figure.declared);
  const std::string computed = std::to_string(figure.computed);
  const std::string diff = std::to_string(difference);
  const bool preface = figure.kind == DeclaredKind::preface_projects;
  if (figure.dimension) {
    const std::string dimension = std::to_string(*figure.dimension);
    if (preface)
      return trf(
          "count of projects in dimension {1} in the preface is {2} but the dimension has "
          "{3}, a difference of {4}; the plan page shows both",
          {dimension, declared, computed, diff});
    return trf(
        "declared count of projects in dimension {1} is {2} but the dimension has {3}, a "
        "difference of {4}; the plan page shows both",
        {dimension, declared, computed, diff});
  }
  if (preface)
    return trf(
        "count of projects in the preface is {1} but the plan has {2}, a difference of "
        "{3}; the plan page shows both",
        {declared, computed, diff});
  return trf(
      "declared count of projects is {1} but the plan has {2}, a difference of {3}; the "
      "plan page shows both",
      {declared, computed, diff});
}

}  // namespace

void audit(const Figures& figures, Diagnostics& diags) {
  for (const auto& plan_figures : figures.plans) {
    const Plan& plan = *plan_figures.plan;
    if (plan_figures.totals.overflow) {
      diags.error(plan.source.file, plan.source.pos, "plan.total-overflow",
                  trf("plan {1}: the projects' budgets add up to more than oitgen can count ({2} "
                      "baht); check the amounts (each at most {3} baht)",
                      {plan.id, format_baht(std::numeric_limits<Money>::max()), max_money_text()}));
      continue;
    }
    for (const auto& figure : plan_figures.declared)
      if (figure.differs())
        diags.warning(plan.source.file, plan.source.at(figure.field), "plan.total-differs",
                      trf("plan {1}: {2}", {plan.id, declared_message(figure)}));
  }
  for (const auto& plan_figures : figures.plans) {
    for (const auto& report_figures : plan_figures.reports) {
      const Report& report = *report_figures.report;
      if (report_figures.overflow)
        diags.error(report.source.file, report.source.pos, "report.total-overflow",
                    trf("the entries' budgets or disbursed amounts add up to more than oitgen can "
                        "count ({1} baht); check the amounts (each at most {2} baht)",
                        {format_baht(std::numeric_limits<Money>::max()), max_money_text()}));
      for (const auto& row : report_figures.rows)
        if (row.budget && row.disbursed > *row.budget)
          diags.warning(
              report.source.file, row.entry->source.at("disbursed"), "report.disbursed-over-budget",
              trf("disbursed {1} is more than the budget {2} of {3}",
                  {format_baht(row.disbursed), format_baht(*row.budget), row.entry->project}));
    }
  }
  for (const auto& ita_figures : figures.ita) {
    const ItaYear& ita = *ita_figures.ita;
    if (!ita_figures.score) continue;
    const std::string score = score_text(*ita_figures.score);
    // Only a confirmed scale is the NACC's rule: an estimate that differs from the announced
    // level would tell the clerk that the NACC is wrong.
    if (ita_figures.disagrees)
      diags.warning(ita.source.file, ita.source.at("level"), "ita.level-disagrees",
                    trf("announced level {1} differs from {2} on the {3} scale for score {4}; the "
                        "announced level is shown",
                        {quote(ita.level), quote(ita_figures.computed_level),
                         ita_figures.framework_id, score}));
    if (ita_figures.level_source == ItaLevelSource::none && !ita_figures.estimate.empty())
      diags.warning(ita.source.file, ita.source.at("score"), "ita.score-without-level",
                    trf("score {1} has no \"level\": add the level the NACC announced; the {2} "
                        "scale is not confirmed as the NACC's rule, so no level is shown (its "
                        "estimate: {3})",
                        {score, ita_figures.framework_id, quote(ita_figures.estimate)}));
  }
}

}  // namespace oitgen
