#pragma once
// Open data: every plan, report and ITA year as JSON and as CSV (UTF-8 with a byte order mark,
// so that Excel shows Thai), under data/ mirroring the content path.

#include <string>
#include <vector>

#include "compute/figures.h"
#include "model/site.h"

namespace oitgen {

struct DataFile {
  std::string path;  // e.g. "data/plans/2566-2570/plan.json"
  std::string bytes;
};

std::vector<DataFile> open_data_files(const Site& site, const Figures& figures);

// One CSV field, quoted when it must be (RFC 4180).
std::string csv_field(const std::string& value);

}  // namespace oitgen
