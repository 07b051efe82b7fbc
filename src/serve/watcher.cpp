#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>

#include "util/safe_fs.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t folder_events = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE |
                                        IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF |
                                        IN_MOVE_SELF | IN_DONT_FOLLOW | IN_ONLYDIR;
// In the site folder itself only content/ and themes/ matter: output/ is written there.
constexpr std::uint32_t site_events =
    IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DONT_FOLLOW | IN_ONLYDIR;

bool is_source_root(std::string_view name) {
  return name == "content" || name == "themes";
}

constexpr std::size_t most_paths_shown = 5;

}  // namespace

SourceWatcher::SourceWatcher(fs::path site_dir) : site_dir_(std::move(site_dir)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0)
    throw std::runtime_error(std::string("cannot watch for changes (inotify): ") +
                             std::strerror(errno));
  site_watch_ = inotify_add_watch(fd_, site_dir_.c_str(), site_events);
  for (const char* root : {"content", "themes"}) watch_tree(site_dir_ / root);
}

SourceWatcher::~SourceWatcher() {
  if (fd_ >= 0) close(fd_);
}

void SourceWatcher::watch_folder(const fs::path& folder) {
  const int wd = inotify_add_watch(fd_, folder.c_str(), folder_events);
  if (wd >= 0) {
    folders_[wd] = folder;
  } else if (errno == ENOSPC && !limit_noted_) {
    limit_noted_ = true;
    notes_.push_back("cannot watch " + folder.lexically_relative(site_dir_).generic_string() +
                     " and the folders after it: the kernel's limit of watched folders is "
                     "reached (sysctl fs.inotify.max_user_watches); changes there are not seen");
  }
}

void SourceWatcher::watch_tree(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(folder, ec))) return;
  watch_folder(folder);
  // Symbolic links are not followed, as the loaders do not follow those that leave content/.
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
    if (it.depth() >= static_cast<int>(limits::folder_depth)) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec) && !it->is_symlink(ec)) watch_folder(it->path());
  }
}

void SourceWatcher::read_events(std::vector<std::string>& changed) {
  alignas(inotify_event) std::array<char, 64 * 1024> buffer{};
  for (;;) {
    const ssize_t length = read(fd_, buffer.data(), buffer.size());
    if (length <= 0) return;  // EAGAIN: nothing more waiting
    for (std::size_t at = 0; at < static_cast<std::size_t>(length);) {
      inotify_event event{};
      std::memcpy(&event, buffer.data() + at, sizeof event);
      const std::string name =
          event.len > 0 ? std::string(buffer.data() + at + sizeof event) : std::string();
      at += sizeof event + event.len;
      if (event.mask & IN_Q_OVERFLOW) {
        // Events were lost: folders made meanwhile are looked for again.
        for (const char* root : {"content", "themes"}) watch_tree(site_dir_ / root);
        changed.emplace_back("(many files)");
        continue;
      }
      if (event.mask & IN_IGNORED) {
        folders_.erase(event.wd);
        continue;
      }
      fs::path folder;
      if (event.wd == site_watch_) {
        if (!is_source_root(name)) continue;
        folder = site_dir_;
      } else {
        const auto found = folders_.find(event.wd);
        if (found == folders_.end()) continue;
        folder = found->second;
      }
      const fs::path path = name.empty() ? folder : folder / name;
      // A folder made or moved in is watched with everything already inside it.
      if ((event.mask & IN_ISDIR) && (event.mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
      if (changed.size() < most_paths_shown) {
        std::string shown = path.lexically_relative(site_dir_).generic_string();
        bool seen = false;
        for (const auto& earlier : changed) seen = seen || earlier == shown;
        if (!seen) changed.push_back(std::move(shown));
      }
    }
  }
}

std::vector<std::string> SourceWatcher::wait_for_change(std::chrono::milliseconds quiet,
                                                        std::chrono::milliseconds longest) {
  std::vector<std::string> changed;
  pollfd waiting{fd_, POLLIN, 0};
  while (changed.empty()) {
    if (poll(&waiting, 1, -1) < 0 && errno != EINTR)
      throw std::runtime_error(std::string("cannot watch for changes: ") + std::strerror(errno));
    read_events(changed);
  }
  const auto until = std::chrono::steady_clock::now() + longest;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    const int ready = poll(&waiting, 1, static_cast<int>(std::min(left, quiet).count()));
    if (ready == 0) break;
    if (ready < 0 && errno != EINTR) break;
    read_events(changed);
  }
  return changed;
}

std::vector<std::string> SourceWatcher::take_notes() {
  std::vector<std::string> notes;
  notes.swap(notes_);
  return notes;
}

}  // namespace oitgen
