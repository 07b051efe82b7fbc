#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// oitgen export plan|report ... --xlsx FILE [SITE_DIR]: a plan's project table or a report's
// table as an XLSX workbook to fill in.
int export_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
