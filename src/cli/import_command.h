#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen import plan|report FILE --plan PLAN_ID [--id REPORT_ID] [SITE_DIR] [--dry-run]`.
struct ImportArgs {
  std::vector<std::string> positional;  // plan|report FILE [SITE_DIR]
  std::string plan;
  std::string id;
  bool dry_run = false;
};
int import_command(const ImportArgs& args, Console& console);

}  // namespace oitgen
