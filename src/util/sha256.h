#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/safe_fs.h"

namespace oitgen {

// Lower-case hex SHA-256 (OpenSSL).
std::string sha256_hex(std::string_view bytes);
// Of a regular file within the limit (a FIFO or device is never opened); throws
// std::runtime_error naming the path and what is wrong.
std::string sha256_file(const std::filesystem::path& path, SizeLimit limit);

}  // namespace oitgen
