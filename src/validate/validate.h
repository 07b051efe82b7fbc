#pragma once
// Checks that need more than one file: references between records, numbers that must be
// unique, years and dates that must fall inside the plan or the fiscal year.

#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/framework.h"
#include "model/site.h"

namespace oitgen {

void validate(const Site& site, const std::vector<Framework>& frameworks, Diagnostics& diags);

}  // namespace oitgen
