#pragma once
// The file by which oitgen knows a folder as its own: every output, staging and old folder
// that oitgen writes carries it at its root.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace oitgen {

inline constexpr const char* output_marker_name = ".oitgen-output";
// Beside the marker in a built output: the hashes of the build's inputs and of every file it
// wrote, so that the next build can tell what changed (pipeline/incremental.h). Like the
// marker it is oitgen's own and never published.
inline constexpr const char* build_manifest_name = ".oitgen-build.json";

// The marker's text: what made the folder and, while it is a staging folder, the process and
// host writing it (for whoever finds it). A finished output's marker names no process, so
// that two builds of the same content are byte for byte the same.
std::string output_marker_text(const std::string& made_by, std::optional<long> pid = {});

// Whether the folder holds a marker that oitgen wrote (a regular file of the marker's format).
bool has_output_marker(const std::filesystem::path& folder);
// The command that made the folder ("oitgen build"), when it holds oitgen's marker.
std::optional<std::string> output_made_by(const std::filesystem::path& folder);

// At most `limit` first bytes of a regular file, never through a symbolic link; nothing when
// the path is not a regular file or cannot be read.
std::optional<std::string> read_start(const std::filesystem::path& file, std::size_t limit);

}  // namespace oitgen
