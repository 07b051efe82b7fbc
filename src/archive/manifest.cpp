#include "archive/manifest.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "util/safe_fs.h"
#include "util/sha256.h"
#include "write/staged_output.h"

namespace oitgen {

namespace fs = std::filesystem;
using json = nlohmann::json;

bool is_snapshot_path(std::string_view path) {
  if (!is_contained_path(path) || path.ends_with("/")) return false;
  return std::none_of(path.begin(), path.end(),
                      [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

std::string quoted_path(const std::string& path) {
  return json(path).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string manifest_json(const Manifest& manifest) {
  json files = json::array();
  for (const auto& file : manifest.files)
    files.push_back({{"path", file.path}, {"size", file.size}, {"sha256", file.sha256}});
  json previous = nullptr;
  if (manifest.previous_year)
    previous = {{"fiscal_year", *manifest.previous_year},
                {"manifest_sha256", manifest.previous_sha256}};
  const json document = {{"format", "oitgen-archive-1"},
                         {"fiscal_year", manifest.fiscal_year},
                         {"built_at", manifest.built_at},
                         {"oitgen_version", manifest.oitgen_version},
                         {"previous", previous},
                         {"replaces", manifest.replaces},
                         {"files", files}};
  return document.dump(2) + "\n";
}

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

std::vector<ManifestFile> hash_folder(const fs::path& folder) {
  // A snapshot holds only regular files: links are not followed and, like FIFOs or devices,
  // are errors; each file is read within a bound, so no entry can block or exhaust memory.
  InputFolder input(folder, folder.generic_string() + "/", false);
  const FileWalk walk = input.walk(folder);
  if (!walk.errors.empty())
    throw std::runtime_error(walk.errors.front().path.generic_string() + ": " +
                             walk.errors.front().message);
  std::vector<ManifestFile> files;
  for (const auto& path : walk.files) {
    if (path == manifest_name || path == signature_name) continue;
    const FileRead read = read_regular_file(folder / path, limits::snapshot_file);
    if (!read)
      throw std::runtime_error((folder / path).generic_string() + ": " + read.error->message);
    files.push_back({path, read.bytes.size(), sha256_hex(read.bytes)});
  }
  return files;
}

}  // namespace oitgen
