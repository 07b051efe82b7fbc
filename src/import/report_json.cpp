#include "import/report_json.h"

namespace oitgen {

namespace {

std::string compact(const nlohmann::ordered_json& value) {
  if (value.is_object()) {
    if (value.empty()) return "{}";
    std::string out = "{";
    bool first = true;
    for (const auto& [key, member] : value.items()) {
      if (!first) out += ", ";
      first = false;
      out += nlohmann::ordered_json(key).dump() + ": " + compact(member);
    }
    return out + "}";
  }
  if (value.is_array()) {
    if (value.empty()) return "[]";
    std::string out = "[";
    bool first = true;
    for (const auto& item : value) {
      if (!first) out += ", ";
      first = false;
      out += compact(item);
    }
    return out + "]";
  }
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

std::string report_file_text(const nlohmann::ordered_json& report) {
  std::string out = "{\n";
  bool first = true;
  for (const auto& [key, value] : report.items()) {
    if (!first) out += ",\n";
    first = false;
    out += "  " + nlohmann::ordered_json(key).dump() + ": ";
    if (key == "entries" && value.is_array() && !value.empty()) {
      out += "[\n";
      for (std::size_t i = 0; i < value.size(); ++i)
        out += "    " + compact(value[i]) + (i + 1 < value.size() ? ",\n" : "\n");
      out += "  ]";
    } else {
      out += compact(value);
    }
  }
  return out + "\n}\n";
}

}  // namespace oitgen
