#pragma once
// Where rendered files go. Rendering only produces files; write/ decides how they reach the
// disk (staged, then swapped in whole), so render/ never depends on it.

#include <filesystem>
#include <string>
#include <string_view>

namespace oitgen {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // `path` is relative to the output's root, '/'-separated.
  virtual void write(const std::string& path, std::string_view bytes) = 0;
  virtual void copy(const std::filesystem::path& from, const std::string& path) = 0;
};

}  // namespace oitgen
