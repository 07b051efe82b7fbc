#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "util/safe_fs.h"

namespace oitgen {

// A whole regular file's bytes, or nothing when it is missing, is not a regular file (a FIFO
// or device is never opened for reading), cannot be read or is larger than the limit.
// util/safe_fs.h says why, for callers that report it.
std::optional<std::string> read_file(const std::filesystem::path& path,
                                     SizeLimit limit = limits::static_file);

}  // namespace oitgen
