#pragma once
// The frameworks/*.json files compiled into the binary (see cmake/embed_files.cmake).

#include <string_view>
#include <vector>

namespace oitgen {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "ita-2566.json"
  std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_frameworks();

}  // namespace oitgen
