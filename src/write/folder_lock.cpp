#include "write/folder_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace oitgen {

namespace fs = std::filesystem;

namespace {

int open_folder(const fs::path& folder) {
  return ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

}  // namespace

FolderLock FolderLock::wait_for(const fs::path& folder) {
  const int fd = open_folder(folder);
  if (fd < 0)
    throw fs::filesystem_error("cannot open the folder", folder,
                               std::error_code(errno, std::generic_category()));
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    const int error = errno;
    ::close(fd);
    throw fs::filesystem_error("cannot lock the folder", folder,
                               std::error_code(error, std::generic_category()));
  }
  return FolderLock(fd);
}

std::optional<FolderLock> FolderLock::try_take(const fs::path& folder) {
  const int fd = open_folder(folder);
  if (fd < 0) return std::nullopt;
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    return std::nullopt;
  }
  return FolderLock(fd);
}

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept {
  if (this != &other) {
    release();
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

void FolderLock::release() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor drops the lock
  fd_ = -1;
}

}  // namespace oitgen
