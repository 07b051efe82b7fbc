#pragma once
// What a publish changes: the files whose SHA-256 differs from the host's manifest, in an
// order that never leaves a page linking to something not yet there.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "util/safe_fs.h"

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

// The host's manifest is read with this limit (about 150 bytes a file: 100,000 files fit).
inline constexpr std::size_t remote_manifest_limit = std::size_t{16} * 1024 * 1024;
// A remote path longer than this is not one that oitgen wrote.
inline constexpr std::size_t remote_path_limit = 1024;

// Whether a path from the host's manifest names a file inside the target's folder: relative,
// '/'-separated segments that are neither empty, "." nor "..", no backslash, no control
// character, at most remote_path_limit bytes, and not the manifest itself.
bool is_safe_remote_path(const std::string& path);

struct RemoteManifest {
  FileHashes files;                   // entries that name a file inside the target's folder
  std::vector<std::string> rejected;  // the others: never deleted, never trusted, not kept
};

// A file of the output is a static file or a file of a snapshot, each within its own limit.
inline constexpr SizeLimit output_file_limit{limits::static_file.bytes, "a file of the output"};

// The SHA-256 of every regular file of the output. Throws std::runtime_error naming the path
// of anything else there (a symbolic link, a FIFO) or of a file that cannot be read.
FileHashes hash_output(const std::filesystem::path& output);
RemoteManifest parse_remote_manifest(const std::string& text);  // empty when it cannot be read
std::string remote_manifest_json(const FileHashes& hashes);

PublishPlan plan_publish(const std::filesystem::path& output, const FileHashes& local,
                         const FileHashes& remote, bool delete_stale);

}  // namespace oitgen
