#pragma once
// The output folder, written as a whole or not at all.

#include <filesystem>
#include <string>
#include <string_view>

namespace oitgen {

// Collects a build in a fresh folder beside the target and swaps it in by commit(). Until then
// the target is untouched, so a build that fails part-way leaves the previous site as it was.
class StagedOutput {
 public:
  explicit StagedOutput(std::filesystem::path target);
  ~StagedOutput();
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  // Writes a file at a path relative to the output root; throws std::runtime_error for a path
  // that is absolute or climbs out of the output ("../x").
  void write(const std::string& path, std::string_view bytes);
  void copy(const std::filesystem::path& from, const std::string& path);
  bool exists(const std::string& path) const;

  void commit();

  const std::filesystem::path& staging() const { return staging_; }

 private:
  std::filesystem::path file_path(const std::string& path) const;

  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool committed_ = false;
};

// Whether a relative path stays inside its folder: not absolute, no "..", no empty segment.
bool is_contained_path(std::string_view path);

}  // namespace oitgen
