#include "write/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <stdexcept>
#include <string>

namespace oitgen {

namespace fs = std::filesystem;

namespace {

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

bool create_file_whole(const fs::path& path, std::string_view bytes) {
  if (fs::exists(fs::symlink_status(path))) return false;
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  const int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (fd >= 0) {
    const bool written = write_all(fd, bytes) && ::fsync(fd) == 0;
    // linkat through /proc names an O_TMPFILE file without needing CAP_DAC_READ_SEARCH.
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    const int linked =
        written ? ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) : -1;
    const int error = errno;
    ::close(fd);
    if (!written) throw std::runtime_error("cannot write " + path.string());
    if (linked == 0) return true;
    if (error == EEXIST) return false;
    if (error != ENOENT) throw std::runtime_error("cannot write " + path.string());
    // ENOENT: no /proc; written in place below.
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
  return true;
}

void replace_file_whole(const fs::path& path, std::string_view bytes) {
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string scratch = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(scratch.data());
  if (fd < 0) throw std::runtime_error("cannot write " + path.string());
  const bool written = ::fchmod(fd, 0644) == 0 && write_all(fd, bytes) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written || ::rename(scratch.c_str(), path.c_str()) != 0) {
    ::unlink(scratch.c_str());
    throw std::runtime_error("cannot write " + path.string());
  }
}

}  // namespace oitgen
