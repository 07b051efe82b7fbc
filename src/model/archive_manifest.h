#pragma once
// The manifest of a yearly snapshot: every file with its size and SHA-256, and the hash of the
// previous year's manifest, so that the snapshots form a chain a rewrite cannot hide in.
// archive/ writes it; load/ reads it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oitgen {

struct ManifestFile {
  std::string path;  // relative to the snapshot folder
  std::uintmax_t size = 0;
  std::string sha256;
};

struct Manifest {
  int fiscal_year = 0;
  std::string built_at;  // ISO 8601, UTC
  std::string oitgen_version;
  std::optional<int> previous_year;
  std::string previous_sha256;        // of the previous year's manifest.json
  std::vector<std::string> replaces;  // manifests this snapshot replaced, oldest first
  std::vector<ManifestFile> files;    // sorted by path
};

inline constexpr const char* manifest_name = "manifest.json";
inline constexpr const char* signature_name = "manifest.json.sig";
inline constexpr const char* public_key_name = "public-key.pem";

// Whether a file path listed in a manifest names a file inside its snapshot: relative,
// '/'-separated names that are neither empty, "." nor "..", no backslash, no control
// character. A manifest is read from a folder or a web server anyone may have tampered with.
bool is_snapshot_path(std::string_view path);

// A path from a manifest as messages show it: JSON-quoted, so that control characters never
// reach the terminal.
std::string quoted_path(const std::string& path);

}  // namespace oitgen
