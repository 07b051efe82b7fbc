#pragma once
// Checks of what a report lists against the projects planned in its fiscal year, of its as_of
// date against its period, and of a project's `added` date against its plan.

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace oitgen {

// How far after its period a report's data may be dated before as_of is a warning.
inline constexpr int as_of_days_after_period = 90;

// Entries of planned projects written `not_planned`, entries of projects not planned that year
// with another status, and money on `not_planned` entries.
void check_planned_entries(const Plan& plan, const Report& report, Diagnostics& diags);

// as_of before the report's period or more than as_of_days_after_period days after it.
void check_as_of(const Report& report, Diagnostics& diags);

// `added` before the plan was announced or after its last year, and budgets of years that
// ended before the project was added.
void check_added(const Plan& plan, const Project& project, Diagnostics& diags);

}  // namespace oitgen
