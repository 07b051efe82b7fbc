#include "compute/audit.h"

#include <limits>
#include <sstream>

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
  const std::string of =
      figure.dimension ? " of dimension " + std::to_string(*figure.dimension) : std::string();
  const std::string whose = figure.dimension ? "its" : "the";
  std::string message;
  if (figure.kind == DeclaredKind::budget)
    message = "declared total" + of + " for " + std::to_string(figure.year) + " is " +
              format_baht(figure.declared) + " but " + whose + " projects add up to " +
              format_baht(figure.computed) + ", a difference of " + format_baht(difference);
  else
    message = std::string(figure.kind == DeclaredKind::projects ? "declared " : "") +
              "count of projects" +
              (figure.dimension ? " in dimension " + std::to_string(*figure.dimension) : "") +
              (figure.kind == DeclaredKind::preface_projects ? " in the preface" : "") + " is " +
              std::to_string(figure.declared) + " but " +
              (figure.dimension ? "the dimension has " : "the plan has ") +
              std::to_string(figure.computed) + ", a difference of " + std::to_string(difference);
  return message + "; the plan page shows both";
}

}  // namespace

void audit(const Figures& figures, Diagnostics& diags) {
  for (const auto& plan_figures : figures.plans) {
    const Plan& plan = *plan_figures.plan;
    if (plan_figures.totals.overflow) {
      diags.error(plan.source.file, plan.source.pos,
                  "plan " + plan.id +
                      ": the projects' budgets add up to more than oitgen can count (" +
                      format_baht(std::numeric_limits<Money>::max()) +
                      " baht); check the amounts (each at most " + max_money_text() + " baht)");
      continue;
    }
    for (const auto& figure : plan_figures.declared)
      if (figure.differs())
        diags.warning(plan.source.file, plan.source.at(figure.field),
                      "plan " + plan.id + ": " + declared_message(figure));
  }
  for (const auto& plan_figures : figures.plans) {
    for (const auto& report_figures : plan_figures.reports) {
      const Report& report = *report_figures.report;
      if (report_figures.overflow)
        diags.error(report.source.file, report.source.pos,
                    "the entries' budgets or disbursed amounts add up to more than oitgen can "
                    "count (" +
                        format_baht(std::numeric_limits<Money>::max()) +
                        " baht); check the amounts (each at most " + max_money_text() + " baht)");
      for (const auto& row : report_figures.rows)
        if (row.budget && row.disbursed > *row.budget)
          diags.warning(report.source.file, row.entry->source.at("disbursed"),
                        "disbursed " + format_baht(row.disbursed) + " is more than the budget " +
                            format_baht(*row.budget) + " of " + row.entry->project);
    }
  }
  for (const auto& ita_figures : figures.ita) {
    const ItaYear& ita = *ita_figures.ita;
    if (!ita_figures.score) continue;
    const std::string score = score_text(*ita_figures.score);
    // Only a confirmed scale is the NACC's rule: an estimate that differs from the announced
    // level would tell the clerk that the NACC is wrong.
    if (ita_figures.disagrees)
      diags.warning(ita.source.file, ita.source.at("level"),
                    "announced level " + quote(ita.level) + " differs from " +
                        quote(ita_figures.computed_level) + " on the " + ita_figures.framework_id +
                        " scale for score " + score + "; the announced level is shown");
    if (ita_figures.level_source == ItaLevelSource::none && !ita_figures.estimate.empty())
      diags.warning(ita.source.file, ita.source.at("score"),
                    "score " + score + " has no \"level\": add the level the NACC announced; the " +
                        ita_figures.framework_id +
                        " scale is not confirmed as the NACC's rule, so no level is shown "
                        "(its estimate: " +
                        quote(ita_figures.estimate) + ")");
  }
}

}  // namespace oitgen
