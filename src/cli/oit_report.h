#pragma once
// The OIT coverage as `oitgen check --oit` prints it for a clerk.

#include <ostream>

#include "compute/figures.h"

namespace oitgen {

void print_oit_coverage(const OitCoverage& coverage, std::ostream& out);

// What would serve an item that has no current source, in words.
std::string how_to_serve(const OitItemFigures& item);

}  // namespace oitgen
