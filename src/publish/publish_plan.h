#pragma once
// What a publish changes: the files whose SHA-256 differs from the host's manifest, in an
// order that never leaves a page linking to something not yet there.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace oitgen {

// Kept at the host; uploaded last, so that an interrupted publish is redone by running it again.
inline constexpr const char* remote_manifest_name = ".oitgen-manifest.json";

using FileHashes = std::map<std::string, std::string>;  // path -> SHA-256

struct PublishPlan {
  std::vector<std::string> uploads;    // assets and data first, then pages
  std::vector<std::string> deletions;  // on the host, not in the output (only with --delete)
  std::vector<std::string> stale;      // would be deleted with --delete
  std::uintmax_t upload_bytes = 0;
};

FileHashes hash_output(const std::filesystem::path& output);
FileHashes parse_remote_manifest(const std::string& text);  // empty when it cannot be read
std::string remote_manifest_json(const FileHashes& hashes);

PublishPlan plan_publish(const std::filesystem::path& output, const FileHashes& local,
                         const FileHashes& remote, bool delete_stale);

}  // namespace oitgen
