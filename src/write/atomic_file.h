#pragma once
// A new file that appears whole or not at all.

#include <filesystem>
#include <string_view>

namespace oitgen {

// Creates `path` with `bytes`, never replacing an existing file: returns false when one is
// there. The file is written unnamed (O_TMPFILE) and given its name when complete, so a run
// killed meanwhile leaves nothing; where the file system cannot, it is written in place.
// Throws std::runtime_error on a failed write.
bool create_file_whole(const std::filesystem::path& path, std::string_view bytes);

// Writes `path` with `bytes`, replacing the file there: written beside it under a temporary
// name and renamed over it when complete, so that readers see the old file or the new one.
// Throws std::runtime_error on a failed write.
void replace_file_whole(const std::filesystem::path& path, std::string_view bytes);

}  // namespace oitgen
