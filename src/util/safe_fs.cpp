#include "util/safe_fs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/i18n.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// Closes a descriptor on every path out of a function.
struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

FileError errno_error(int error) {
  if (error == ENOENT || error == ENOTDIR) return {FileProblem::missing, tr("is missing")};
  if (error == ELOOP)
    return {FileProblem::loop, trf("is a symbolic link loop ({1})", {std::strerror(error)})};
  return {FileProblem::unreadable, trf("cannot be read: {1}", {std::strerror(error)})};
}

FileError not_regular(mode_t mode) {
  return {FileProblem::not_regular, trf("is {1}, not a regular file", {describe_file_type(mode)})};
}

FileError too_large(std::optional<std::uintmax_t> size, SizeLimit limit) {
  return {FileProblem::too_large,
          size ? trf("is too large: {1} (limit {2} for {3})",
                     {describe_size(*size), describe_size(limit.bytes), limit.kind})
               : trf("is too large: more than {1} (limit {1} for {2})",
                     {describe_size(limit.bytes), limit.kind})};
}

// Opens a regular file within the limit. POSIX rather than std::ifstream: opening a FIFO with
// an ifstream blocks until a writer comes, and a stream cannot say whether it opened a file or
// a device; stat(2) refuses those before opening, O_NONBLOCK keeps a FIFO swapped in between
// from blocking, and fstat(2) checks what was really opened.
// `known_regular`: an lstat(2) of the path just said it is a regular file, not a link, so the
// stat(2) before opening would say the same.
std::optional<FileError> open_regular(const fs::path& path, SizeLimit limit, Descriptor& file,
                                      std::uintmax_t& size, bool known_regular = false) {
  struct stat info {};
  if (!known_regular) {
    if (::stat(path.c_str(), &info) != 0) return errno_error(errno);
    if (!S_ISREG(info.st_mode)) return not_regular(info.st_mode);
  }
  file.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (file.fd < 0) return errno_error(errno);
  if (::fstat(file.fd, &info) != 0) return errno_error(errno);
  if (!S_ISREG(info.st_mode)) return not_regular(info.st_mode);
  size = static_cast<std::uintmax_t>(info.st_size);
  if (size > limit.bytes) return too_large(size, limit);
  return std::nullopt;
}

bool is_inside(const fs::path& real, const fs::path& root) {
  const fs::path relative = real.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

std::string describe_file_type(mode_t mode) {
  if (S_ISREG(mode)) return tr("a regular file");
  if (S_ISDIR(mode)) return tr("a folder");
  if (S_ISFIFO(mode)) return tr("a FIFO (named pipe)");
  if (S_ISCHR(mode)) return tr("a character device");
  if (S_ISBLK(mode)) return tr("a block device");
  if (S_ISSOCK(mode)) return tr("a socket");
  if (S_ISLNK(mode)) return tr("a symbolic link");
  return tr("a special file");
}

std::string describe_size(std::uintmax_t bytes) {
  if (bytes < limits::mib) return std::to_string(bytes) + " bytes";
  const bool gib = bytes >= 1024 * limits::mib;
  const std::uintmax_t unit = gib ? 1024 * limits::mib : limits::mib;
  const char* name = gib ? " GiB" : " MiB";
  if (bytes % unit == 0) return std::to_string(bytes / unit) + name;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%s", static_cast<double>(bytes) / static_cast<double>(unit),
                name);
  return text;
}

namespace {

FileRead read_regular(const fs::path& path, SizeLimit limit, bool known_regular) {
  FileRead out;
  Descriptor file;
  std::uintmax_t size = 0;
  if ((out.error = open_regular(path, limit, file, size, known_regular))) return out;
  // The size is only a hint (a file can grow while it is read): reading stops one byte past
  // the limit, so that no file, however it changes, takes more memory than its limit.
  out.bytes.resize(static_cast<std::size_t>(std::min(size, limit.bytes) + 1));
  std::size_t filled = 0;
  while (true) {
    if (filled == out.bytes.size()) {
      if (filled > limit.bytes) {
        out.bytes.clear();
        out.error = too_large(std::nullopt, limit);
        return out;
      }
      out.bytes.resize(std::min<std::size_t>(out.bytes.size() * 2, limit.bytes + 1));
    }
    const ssize_t got = ::read(file.fd, out.bytes.data() + filled, out.bytes.size() - filled);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      out.bytes.clear();
      out.error = errno_error(errno);
      return out;
    }
    if (got == 0) break;
    const bool short_read = static_cast<std::size_t>(got) < out.bytes.size() - filled;
    filled += static_cast<std::size_t>(got);
    // A regular file reads short only at its end: no second read(2) to be told so.
    if (short_read) break;
  }
  out.bytes.resize(filled);
  return out;
}

}  // namespace

FileRead read_regular_file(const fs::path& path, SizeLimit limit) {
  return read_regular(path, limit, false);
}

FileSize regular_file_size(const fs::path& path, SizeLimit limit) {
  FileSize out;
  Descriptor file;
  out.error = open_regular(path, limit, file, out.size);
  return out;
}

InputFolder::InputFolder(fs::path folder, std::string name, bool follow_links)
    : folder_(std::move(folder)), name_(std::move(name)), follow_links_(follow_links) {
  std::error_code error;
  real_ = fs::canonical(folder_, error);
  if (error) real_.clear();
}

std::optional<FileError> InputFolder::link_problem(const fs::path& path, bool* regular_file) const {
  // A file that is no link, in a folder this one listed (and so found inside), is inside:
  // resolving every component of its path again would cost a system call each, per file.
  if (struct stat info{}; ::lstat(path.c_str(), &info) == 0 && !S_ISLNK(info.st_mode) &&
                          listed_paths_.contains(path.parent_path().native())) {
    if (regular_file) *regular_file = S_ISREG(info.st_mode);
    return std::nullopt;
  }
  std::error_code error;
  const bool is_link = fs::is_symlink(fs::symlink_status(path, error));
  if (is_link && !follow_links_) {
    std::error_code ignored;
    return FileError{FileProblem::outside,
                     trf("is a symbolic link to {1}; links are not followed in {2}, which holds "
                         "only regular files",
                         {fs::read_symlink(path, ignored).string(), name_})};
  }
  const fs::path real = fs::canonical(path, error);
  if (error) {
    if (error.value() == ELOOP)
      return FileError{FileProblem::loop,
                       tr("is a symbolic link loop: its links lead back to themselves")};
    if (is_link && error.value() == ENOENT) {
      std::error_code ignored;
      return FileError{FileProblem::missing, trf("is a symbolic link to {1}, which does not exist",
                                                 {fs::read_symlink(path, ignored).string()})};
    }
    return std::nullopt;  // missing or unreadable: the read or listing says which
  }
  if (real_.empty() || is_inside(real, real_)) return std::nullopt;
  return FileError{
      FileProblem::outside,
      is_link ? trf("is a symbolic link to {1}, outside {2}", {real.string(), name_})
              : trf("leads through a symbolic link to {1}, outside {2}", {real.string(), name_})};
}

std::optional<FileError> InputFolder::check_inside(const fs::path& path) const {
  return link_problem(path);
}

FileRead InputFolder::read(const fs::path& path, SizeLimit limit) const {
  bool regular_file = false;
  if (auto problem = link_problem(path, &regular_file)) return {{}, std::move(problem)};
  return read_regular(path, limit, regular_file);
}

FileSize InputFolder::size(const fs::path& path, SizeLimit limit) const {
  if (auto problem = check_inside(path)) return {0, std::move(problem)};
  return regular_file_size(path, limit);
}

FolderListing InputFolder::list(const fs::path& dir) {
  FolderListing out;
  if (dir != folder_) {
    if (auto problem = check_inside(dir)) {
      out.errors.push_back({dir, problem->message});
      return out;
    }
  }
  // stat(2) for the device and inode, which std::filesystem does not give: they tell a folder
  // reached a second time through a link.
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) {
    if (errno != ENOENT) out.errors.push_back({dir, errno_error(errno).message});
    return out;
  }
  if (!S_ISDIR(info.st_mode)) {
    out.errors.push_back({dir, trf("is {1}, not a folder", {describe_file_type(info.st_mode)})});
    return out;
  }
  if (!listed_.insert({info.st_dev, info.st_ino}).second) {
    out.errors.push_back({dir, tr("is a folder already read through another path (a symbolic link "
                                  "loop, or a folder linked in twice); it is read once")});
    return out;
  }
  listed_paths_.insert(dir.native());
  std::error_code error;
  fs::directory_iterator it(dir, error);
  if (error) {
    out.errors.push_back({dir, trf("cannot be listed: {1}", {error.message()})});
    return out;
  }
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) break;
    FolderEntry entry;
    entry.path = it->path();
    std::error_code link_error;
    // The type the listing gave (d_type, which directory_entry keeps) is the entry's own; for
    // what is no link it is also what stat(2) would say, so most entries cost no system call.
    const bool is_link = it->is_symlink(link_error);
    if (!is_link && !link_error && it->is_regular_file(link_error) && !link_error) {
      entry.kind = FolderEntry::Kind::file;
      out.entries.push_back(std::move(entry));
      continue;
    }
    if (!is_link && !link_error && it->is_directory(link_error) && !link_error) {
      entry.kind = FolderEntry::Kind::folder;
      out.entries.push_back(std::move(entry));
      continue;
    }
    if (is_link) {
      if (auto problem = link_problem(entry.path)) {
        out.errors.push_back({entry.path, problem->message});
        continue;
      }
    }
    struct stat target {};
    if (::stat(entry.path.c_str(), &target) != 0) {
      out.errors.push_back({entry.path, errno_error(errno).message});
      continue;
    }
    if (S_ISREG(target.st_mode))
      entry.kind = FolderEntry::Kind::file;
    else if (S_ISDIR(target.st_mode))
      entry.kind = FolderEntry::Kind::folder;
    else
      entry.type = describe_file_type(target.st_mode);
    out.entries.push_back(std::move(entry));
  }
  if (error) out.errors.push_back({dir, trf("cannot be listed: {1}", {error.message()})});
  // Entries of one folder differ only in their last name, so their paths compare as strings
  // in the same order as path by path, without taking each apart.
  std::sort(out.entries.begin(), out.entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
    return a.path.native() < b.path.native();
  });
  std::sort(out.errors.begin(), out.errors.end(),
            [](const PathError& a, const PathError& b) { return a.path < b.path; });
  return out;
}

FileWalk InputFolder::walk(const fs::path& dir) {
  FileWalk out;
  walk_into(dir, dir, 0, out);
  std::sort(out.files.begin(), out.files.end());
  std::sort(out.errors.begin(), out.errors.end(),
            [](const PathError& a, const PathError& b) { return a.path < b.path; });
  return out;
}

void InputFolder::walk_into(const fs::path& dir, const fs::path& top, int depth, FileWalk& out) {
  FolderListing listing = list(dir);
  for (auto& error : listing.errors) out.errors.push_back(std::move(error));
  for (const auto& entry : listing.entries) {
    if (entry.is_file()) {
      out.files.push_back(entry.path.lexically_relative(top).generic_string());
    } else if (entry.is_folder()) {
      if (depth + 1 > limits::folder_depth)
        out.errors.push_back({entry.path, trf("is more than {1} folders deep; deeper folders are "
                                              "not read",
                                              {std::to_string(limits::folder_depth)})});
      else
        walk_into(entry.path, top, depth + 1, out);
    } else {
      out.errors.push_back({entry.path, trf("is {1}, not a regular file", {entry.type})});
    }
  }
}

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

}  // namespace oitgen
