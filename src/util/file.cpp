#include "util/file.h"

namespace oitgen {

std::optional<std::string> read_file(const std::filesystem::path& path, SizeLimit limit) {
  FileRead read = read_regular_file(path, limit);
  if (!read) return std::nullopt;
  return std::move(read.bytes);
}

}  // namespace oitgen
