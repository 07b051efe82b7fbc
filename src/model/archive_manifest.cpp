#include "model/archive_manifest.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "util/safe_fs.h"

namespace oitgen {

using json = nlohmann::json;

bool is_snapshot_path(std::string_view path) {
  if (!is_contained_path(path) || path.ends_with("/")) return false;
  return std::none_of(path.begin(), path.end(),
                      [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

std::string quoted_path(const std::string& path) {
  return json(path).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace oitgen
