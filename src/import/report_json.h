#pragma once
// A report file written as the example site writes it: one field a line, objects on one line,
// and one line per entry; so that a report imported from a sheet reads like one typed by hand,
// and a diff shows the entries that changed.

#include <nlohmann/json.hpp>
#include <string>

namespace oitgen {

std::string report_file_text(const nlohmann::ordered_json& report);

}  // namespace oitgen
