#pragma once

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace oitgen {

// Warns where a project's `period` and the years it has a budget for (0 included) disagree:
// a budget year the period leaves out, or a fiscal year the period names without a budget.
// A period that names no year with certainty (model/period.h) is not compared.
void check_project_period(const Project& project, Diagnostics& diags);

}  // namespace oitgen
