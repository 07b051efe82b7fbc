#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace oitgen {

// A whole file's bytes, or nothing when it cannot be opened.
std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace oitgen
