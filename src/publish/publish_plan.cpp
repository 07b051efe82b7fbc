#include "publish/publish_plan.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "util/sha256.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;

FileHashes hash_output(const fs::path& output) {
  FileHashes hashes;
  for (const auto& entry : fs::recursive_directory_iterator(output)) {
    const std::string path = entry.path().lexically_relative(output).generic_string();
    // The marker tells oitgen the folder is its own; it is nothing for the web host.
    if (entry.is_regular_file() && path != output_marker_name)
      hashes[path] = sha256_file(entry.path());
  }
  return hashes;
}

FileHashes parse_remote_manifest(const std::string& text) {
  try {
    return nlohmann::json::parse(text).at("files").get<FileHashes>();
  } catch (const nlohmann::json::exception&) {
    return {};  // an unreadable manifest only means that everything is uploaded again
  }
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
