#pragma once
// Open data: every plan, report and ITA year as JSON and as CSV (UTF-8 with a byte order mark,
// so that Excel shows Thai), under data/ mirroring the content path.

#include <string>
#include <string_view>
#include <vector>

#include "compute/figures.h"
#include "model/site.h"

namespace oitgen {

struct DataFile {
  std::string path;  // e.g. "data/plans/2566-2570/plan.json"
  std::string bytes;
};

// The figures carry their records: a plan, its reports and each ITA year, in the site's order.
std::vector<DataFile> open_data_files(const Figures& figures);

// Whether a spreadsheet would run `value` as a formula: it starts, after any spaces, with
// =, +, -, @, a tab or a line break.
bool runs_as_formula(std::string_view value);

// One CSV text cell, quoted when it must be (RFC 4180); text that would run as a formula
// starts with a single quote, so that a spreadsheet shows it as text (OWASP's advice).
std::string csv_field(std::string_view value);
// A figure oitgen formatted itself ("-12.50", "3"): a number to the spreadsheet, left as is.
std::string csv_number(std::string_view number);

}  // namespace oitgen
