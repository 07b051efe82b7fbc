#include "write/folder_swap.h"

#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

namespace oitgen {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const char* what, const fs::path& from, const fs::path& to, int error) {
  throw fs::filesystem_error(what, from, to, std::error_code(error, std::generic_category()));
}

void rename_or_fail(const fs::path& from, const fs::path& to) {
  if (std::rename(from.c_str(), to.c_str()) != 0) fail("cannot rename the folder", from, to, errno);
}

}  // namespace

Swapped swap_in(const fs::path& fresh, const fs::path& target, const fs::path& aside,
                SwapMethod method) {
  if (!fs::exists(fs::symlink_status(target))) {
    rename_or_fail(fresh, target);
    return {};
  }
  if (method == SwapMethod::exchange) {
    // std::filesystem has no exchange; glibc's renameat2 (2.28) is the one way to trade two
    // names atomically on Linux.
    if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0)
      return {fresh, true};
    const int error = errno;
    if (error == ENOENT && !fs::exists(fs::symlink_status(target))) {
      rename_or_fail(fresh, target);  // the previous folder went away meanwhile
      return {};
    }
    // EINVAL: the file system cannot exchange (e.g. FAT, some network file systems); ENOSYS:
    // the kernel predates renameat2. Any other error is a real failure.
    if (error != EINVAL && error != ENOSYS)
      fail("cannot exchange the folders", fresh, target, error);
  }
  rename_or_fail(target, aside);
  if (std::rename(fresh.c_str(), target.c_str()) != 0) {
    const int error = errno;
    std::rename(aside.c_str(), target.c_str());  // put the previous folder back
    fail("cannot rename the folder", fresh, target, error);
  }
  return {aside, false};
}

}  // namespace oitgen
