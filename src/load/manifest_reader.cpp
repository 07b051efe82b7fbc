#include "load/manifest_reader.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace oitgen {

using json = nlohmann::json;

Manifest parse_manifest(const std::string& text) {
  try {
    const json document = json::parse(text);
    if (document.value("format", "") != "oitgen-archive-1")
      throw std::runtime_error("not an oitgen archive manifest");
    Manifest manifest;
    manifest.fiscal_year = document.at("fiscal_year").get<int>();
    manifest.built_at = document.at("built_at").get<std::string>();
    manifest.oitgen_version = document.at("oitgen_version").get<std::string>();
    if (const auto& previous = document.at("previous"); !previous.is_null()) {
      manifest.previous_year = previous.at("fiscal_year").get<int>();
      manifest.previous_sha256 = previous.at("manifest_sha256").get<std::string>();
    }
    manifest.replaces = document.at("replaces").get<std::vector<std::string>>();
    for (const auto& file : document.at("files"))
      manifest.files.push_back({file.at("path").get<std::string>(),
                                file.at("size").get<std::uintmax_t>(),
                                file.at("sha256").get<std::string>()});
    return manifest;
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("the manifest cannot be read: ") + e.what());
  }
}

}  // namespace oitgen
