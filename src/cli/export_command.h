#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen export plan|report ... --xlsx FILE [SITE_DIR]`: a table as a workbook.
struct ExportArgs {
  std::vector<std::string>
      positional;  // plan PLAN_ID [SITE_DIR] | report PLAN_ID REPORT_ID [SITE_DIR]
  std::string xlsx;
};
int export_command(const ExportArgs& args, Console& console);

}  // namespace oitgen
