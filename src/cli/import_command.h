#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

// oitgen import plan|report FILE --plan ID [--id REPORT] [SITE_DIR] [--dry-run]: a filled-in
// sheet (XLSX or CSV) back into the content files.
int import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace oitgen
