#pragma once
// Reading input so that no file can hurt: only regular files, each within a byte limit, only
// inside the folder it belongs to (content/, a theme's folder), and folder walks that never
// throw, never block on a FIFO and never loop. Every problem comes back with its path.

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace oitgen {

// A byte limit and the kind of file it is for, as messages name it.
struct SizeLimit {
  std::uintmax_t bytes;
  const char* kind;
};

// The limits of docs/content-format.md ("Limits"), with wide headroom over real municipal
// content (the largest file of the example site is 15 KB).
namespace limits {
inline constexpr std::uintmax_t mib = std::uintmax_t{1024} * 1024;
inline constexpr SizeLimit site_json{1 * mib, "site.json"};
inline constexpr SizeLimit data_json{16 * mib, "a plan, report, ITA or OIT links file"};
inline constexpr SizeLimit markdown{2 * mib, "a Markdown file"};
inline constexpr SizeLimit framework{4 * mib, "a framework file"};
inline constexpr SizeLimit theme_file{1 * mib, "a theme file"};
inline constexpr SizeLimit manifest{32 * mib, "an archive manifest"};
inline constexpr SizeLimit static_file{100 * mib, "a static file"};
// The organization's logo is on every page: small, so that pages stay light.
inline constexpr SizeLimit logo{256 * 1024, "a logo"};
inline constexpr SizeLimit snapshot_file{100 * mib, "a file of a snapshot"};
// A page oitgen wrote, read back by an incremental build.
inline constexpr SizeLimit page{64 * mib, "a built page"};
// Folders below the one walked; deeper trees are reported, not followed.
inline constexpr int folder_depth = 32;
}  // namespace limits

enum class FileProblem { missing, not_regular, too_large, unreadable, outside, loop };

// Why a file cannot be used. `message` says what is wrong without the path, e.g. "is a FIFO,
// not a regular file"; the caller names the path in its own form.
struct FileError {
  FileProblem problem;
  std::string message;
};

struct FileRead {
  std::string bytes;
  std::optional<FileError> error;
  explicit operator bool() const { return !error; }
};

struct FileSize {
  std::uintmax_t size = 0;
  std::optional<FileError> error;
  explicit operator bool() const { return !error; }
};

// A problem found while walking, with the path as it was reached (through links, not their
// targets), so that the user finds it where they put it.
struct PathError {
  std::filesystem::path path;
  std::string message;
};

// "a FIFO", "a character device", "a folder"... for a file mode.
std::string describe_file_type(mode_t mode);
// "16 MiB", "1.5 MiB", "200 bytes".
std::string describe_size(std::uintmax_t bytes);

// Reads a regular file of at most limit.bytes bytes, following symlinks. A FIFO, device,
// socket or folder is refused without being read, so nothing blocks and nothing is endless.
FileRead read_regular_file(const std::filesystem::path& path, SizeLimit limit);
// The size of a regular file within the limit, from the open file, without reading it.
FileSize regular_file_size(const std::filesystem::path& path, SizeLimit limit);

// One entry of a folder, with the kind of what it leads to (symlinks followed once).
struct FolderEntry {
  enum class Kind { file, folder, other };
  std::filesystem::path path;  // the folder's path joined with the entry's name
  Kind kind = Kind::other;
  std::string type;  // for `other`: "a FIFO", "a socket"...
  bool is_file() const { return kind == Kind::file; }
  bool is_folder() const { return kind == Kind::folder; }
};

struct FolderListing {
  std::vector<FolderEntry> entries;  // in name order
  std::vector<PathError> errors;
};

struct FileWalk {
  std::vector<std::string> files;  // regular files, relative to the folder walked, sorted
  std::vector<PathError> errors;
};

// A folder that input is read from (content/, themes/<name>/, a snapshot), and what may be
// reached from it. Symlinks are followed only when their real path stays inside the folder;
// with `follow_links` off they are errors. Each folder is listed once (by device and inode),
// so a link loop or a folder linked in twice is reported instead of read again.
class InputFolder {
 public:
  // `name` is how messages name the folder: "content/", "themes/civic/".
  InputFolder(std::filesystem::path folder, std::string name, bool follow_links = true);

  const std::filesystem::path& path() const { return folder_; }

  // Nothing when `path` (below the folder) leads to a place inside it, else why not: a link to
  // a place outside, a link loop, a link to nothing.
  std::optional<FileError> check_inside(const std::filesystem::path& path) const;

  // check_inside, then read_regular_file / regular_file_size. These may be called from
  // several threads at once, while no thread lists or walks.
  FileRead read(const std::filesystem::path& path, SizeLimit limit) const;
  FileSize size(const std::filesystem::path& path, SizeLimit limit) const;

  // The entries of a folder below (or at) this one. A missing folder lists as empty; an
  // unreadable one, one that is not a folder, or one already listed is an error. Entries
  // that are links leaving the folder, loops or dangling links are errors, not entries.
  FolderListing list(const std::filesystem::path& dir);

  // Every regular file under `dir`, at most limits::folder_depth folders deep; anything else
  // that is not a folder (FIFO, device, socket) is an error.
  FileWalk walk(const std::filesystem::path& dir);

 private:
  // `regular_file`, when given, is set when the path was seen to be a regular file, no link.
  std::optional<FileError> link_problem(const std::filesystem::path& path,
                                        bool* regular_file = nullptr) const;
  void walk_into(const std::filesystem::path& dir, const std::filesystem::path& top, int depth,
                 FileWalk& out);

  std::filesystem::path folder_;
  std::filesystem::path real_;  // folder_ with every link resolved; empty when it has none
  std::string name_;
  bool follow_links_;
  std::set<std::pair<dev_t, ino_t>> listed_;
  std::unordered_set<std::string> listed_paths_;  // the folders listed, as their paths were given
};

// Whether a relative path stays inside its folder: not absolute, no "..", no empty segment.
bool is_contained_path(std::string_view path);

}  // namespace oitgen
