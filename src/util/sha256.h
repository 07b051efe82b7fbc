#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace oitgen {

// Lower-case hex SHA-256 (OpenSSL).
std::string sha256_hex(std::string_view bytes);
std::string sha256_file(const std::filesystem::path& path);

}  // namespace oitgen
