#include "write/staged_output.h"

#include <unistd.h>

#include <fstream>
#include <stdexcept>

namespace oitgen {

namespace fs = std::filesystem;

bool is_contained_path(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos)
    return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view segment = path.substr(start, end - start);
    if (segment == ".." || segment == "." || (segment.empty() && end != path.size())) return false;
    start = end + 1;
  }
  return true;
}

StagedOutput::StagedOutput(fs::path target) : target_(std::move(target)) {
  const fs::path parent = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  staging_ = parent / ("." + target_.filename().string() + ".staging-" + std::to_string(getpid()));
  fs::remove_all(staging_);
  fs::create_directories(staging_);
}

StagedOutput::~StagedOutput() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

fs::path StagedOutput::file_path(const std::string& path) const {
  if (!is_contained_path(path))
    throw std::runtime_error("refusing to write outside the output folder: " + path);
  return staging_ / path;
}

void StagedOutput::write(const std::string& path, std::string_view bytes) {
  const fs::path file = file_path(path);
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

void StagedOutput::copy(const fs::path& from, const std::string& path) {
  const fs::path file = file_path(path);
  fs::create_directories(file.parent_path());
  fs::copy_file(from, file, fs::copy_options::overwrite_existing);
}

bool StagedOutput::exists(const std::string& path) const {
  return fs::exists(file_path(path));
}

void StagedOutput::commit() {
  // Two renames: the old site is moved aside whole, then the new one takes its name.
  const fs::path old = staging_.parent_path() /
                       ("." + target_.filename().string() + ".old-" + std::to_string(getpid()));
  fs::remove_all(old);
  if (fs::exists(target_)) fs::rename(target_, old);
  fs::rename(staging_, target_);
  committed_ = true;
  fs::remove_all(old);
}

}  // namespace oitgen
