#pragma once
// An advisory lock on a folder, held by the run that is writing it.

#include <filesystem>
#include <optional>

namespace oitgen {

// A run holds the lock on its staging folder (and, while swapping, on the folder it replaces)
// for as long as it uses it; a later run removes only leftovers whose lock it can take. flock
// rather than a recorded pid: the kernel drops the lock when the process ends, however it ends
// (SIGKILL included), and a reused pid or a pid of another namespace cannot make a dead run
// look alive. flock locks belong to an open file, so even one process can test its own.
class FolderLock {
 public:
  // Waits until the lock is free; throws std::filesystem::filesystem_error when the folder
  // cannot be opened (a symbolic link is never opened).
  static FolderLock wait_for(const std::filesystem::path& folder);
  // Empty when another process holds the lock or the folder cannot be opened.
  static std::optional<FolderLock> try_take(const std::filesystem::path& folder);

  FolderLock(FolderLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  FolderLock& operator=(FolderLock&& other) noexcept;
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  ~FolderLock() { release(); }

  void release();

 private:
  explicit FolderLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace oitgen
