#pragma once
// Compares what the content declares with what oitgen computed (printed totals, the announced
// ITA level) and reports where they differ. Runs after compute().

#include "compute/figures.h"
#include "diagnostics/diagnostics.h"

namespace oitgen {

void audit(const Figures& figures, Diagnostics& diags);

}  // namespace oitgen
