#include "publish/publish_plan.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>

#include "util/safe_fs.h"
#include "util/sha256.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;

FileHashes hash_output(const fs::path& output) {
  // The output is oitgen's own, so it holds only regular files: a link (which could lead
  // anywhere on the machine), a FIFO or a device there is refused, never read or uploaded.
  InputFolder folder(output, output.generic_string() + "/", false);
  const FileWalk walk = folder.walk(output);
  if (!walk.errors.empty())
    throw std::runtime_error(walk.errors.front().path.generic_string() + ": " +
                             walk.errors.front().message);
  FileHashes hashes;
  for (const auto& path : walk.files)
    // The marker tells oitgen the folder is its own, the build manifest what it was built
    // from; they are nothing for the web host.
    if (path != output_marker_name && path != build_manifest_name)
      hashes[path] = sha256_file(output / path, output_file_limit);
  return hashes;
}

bool is_safe_remote_path(const std::string& path) {
  if (path.empty() || path.size() > remote_path_limit || path == remote_manifest_name) return false;
  for (const char c : path)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\') return false;
  std::size_t start = 0;
  while (true) {  // each segment; a leading '/' (absolute) or "//" gives an empty one
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view segment(path.data() + start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    if (end == path.size()) return true;
    start = end + 1;
  }
}

RemoteManifest parse_remote_manifest(const std::string& text) {
  RemoteManifest manifest;
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text).at("files");
  } catch (const nlohmann::json::exception&) {
    return manifest;  // an unreadable manifest only means that everything is uploaded again
  }
  if (!document.is_object()) return manifest;
  for (const auto& [path, hash] : document.items()) {
    if (is_safe_remote_path(path) && hash.is_string())
      manifest.files[path] = hash.get<std::string>();
    else
      manifest.rejected.push_back(path);
  }
  return manifest;
}

std::string remote_manifest_json(const FileHashes& hashes) {
  return nlohmann::json{{"format", "oitgen-publish-1"}, {"files", hashes}}.dump(1) + "\n";
}

PublishPlan plan_publish(const fs::path& output, const FileHashes& local, const FileHashes& remote,
                         bool delete_stale) {
  PublishPlan plan;
  for (const auto& [path, hash] : local) {
    const auto there = remote.find(path);
    if (there != remote.end() && there->second == hash) continue;
    plan.uploads.push_back(path);
    plan.upload_bytes += fs::file_size(output / path);
  }
  // Pages link to styles, images and data: those go up first, so no page is ever broken.
  auto is_page = [](const std::string& path) { return path.ends_with(".html"); };
  std::stable_partition(plan.uploads.begin(), plan.uploads.end(),
                        [&](const auto& path) { return !is_page(path); });
  for (const auto& [path, hash] : remote) {
    if (local.count(path)) continue;
    (delete_stale ? plan.deletions : plan.stale).push_back(path);
  }
  return plan;
}

}  // namespace oitgen
