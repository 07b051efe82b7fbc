#pragma once
// Checks that need more than one file: references between records, numbers that must be
// unique, years and dates that must fall inside the plan or the fiscal year.

#include <vector>

#include "compute/figures.h"
#include "diagnostics/diagnostics.h"
#include "model/framework.h"
#include "model/site.h"

namespace oitgen {

void validate(const Site& site, const std::vector<Framework>& frameworks, Diagnostics& diags);

// Compares what the content declares with what oitgen computed: printed totals and the
// announced ITA level. Runs after compute().
void audit(const Site& site, const Figures& figures, Diagnostics& diags);

}  // namespace oitgen
