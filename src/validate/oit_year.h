#pragma once
// The OIT checks that depend on the assessment year, and so on the date when site.json gives
// no year: a checklist for the year, oit_framework of another year, codes of another year.

#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/framework.h"
#include "model/site.h"

namespace oitgen {

void check_oit_year(const Site& site, const std::vector<Framework>& frameworks,
                    int current_fiscal_year, Diagnostics& diags);

}  // namespace oitgen
