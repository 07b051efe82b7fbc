#include "archive/manifest.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "util/safe_fs.h"
#include "util/sha256.h"

namespace oitgen {

namespace fs = std::filesystem;
using json = nlohmann::json;

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
