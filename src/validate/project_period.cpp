#include "validate/project_period.h"

#include <string_view>
#include <vector>

#include "model/period.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

// "2566", "2566 and 2568", "2566 to 2570", "2566 to 2568 and 2570": runs of three or more
// consecutive years are written as ranges.
std::string years_text(const std::vector<int>& years) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < years.size();) {
    std::size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
    if (j - i >= 2) {
      parts.push_back(trf("{1} to {2}", {std::to_string(years[i]), std::to_string(years[j])}));
    } else {
      for (std::size_t k = i; k <= j; ++k) parts.push_back(std::to_string(years[k]));
    }
    i = j + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? tr(" and ") : ", ") + parts[i];
  return out;
}

// The period as quoted in a message: its first 80 characters at most, so that a long text
// does not drown the message.
std::string quoted_period(std::string_view text) {
  constexpr std::size_t most = 80;
  std::size_t end = 0;
  for (std::size_t characters = 0; end < text.size() && characters < most; ++characters) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  return end < text.size() ? quote(std::string(text.substr(0, end)) + "…") : quote(text);
}

std::string fiscal_years(const std::vector<int>& years) {
  return years.size() == 1 ? trf("fiscal year {1}", {years_text(years)})
                           : trf("fiscal years {1}", {years_text(years)});
}

}  // namespace

void check_project_period(const Project& project, Diagnostics& diags) {
  const auto named = period_fiscal_years(project.period.th);
  if (!named) return;
  const std::vector<int> period_years(named->begin(), named->end());
  const std::string period =
      trf("period {1} ({2})", {quoted_period(project.period.th), fiscal_years(period_years)});
  std::vector<int> budget_outside;
  for (const auto& [year, amount] : project.budget)
    if (amount && !named->count(year)) budget_outside.push_back(year);
  for (int year : budget_outside)
    diags.warning(
        project.source.file, project.source.at("budget." + std::to_string(year)),
        "project.budget-outside-period",
        trf("budget for {1} is outside the project's {2}", {std::to_string(year), period}));
  std::vector<int> without_budget;
  for (int year : period_years) {
    const auto budget = project.budget.find(year);
    if (budget == project.budget.end() || !budget->second) without_budget.push_back(year);
  }
  if (!without_budget.empty())
    diags.warning(project.source.file, project.source.at("period"), "project.period-without-budget",
                  without_budget.size() == 1
                      ? trf("{1} names {2} but the project has no budget for it; write 0 for a "
                            "year planned without money, or correct the period",
                            {period, fiscal_years(without_budget)})
                      : trf("{1} names {2} but the project has no budget for them; write 0 for a "
                            "year planned without money, or correct the period",
                            {period, fiscal_years(without_budget)}));
}

}  // namespace oitgen
