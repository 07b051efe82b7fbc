#pragma once
// Data files compiled into the binary (see cmake/embed_files.cmake), so that oitgen works on
// any site folder with nothing installed beside it.

#include <string_view>
#include <vector>

namespace oitgen {

struct EmbeddedFile {
  std::string_view
      name;  // path relative to its folder, e.g. "ita-2566.json", "templates/home.mustache"
  std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_frameworks();     // frameworks/
const std::vector<EmbeddedFile>& embedded_default_theme();  // themes/default/

}  // namespace oitgen
