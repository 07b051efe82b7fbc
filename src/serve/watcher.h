#pragma once
// Changes to a site's sources (content/ and themes/), seen through Linux's inotify.

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace oitgen {

class SourceWatcher {
 public:
  // Watches every folder under SITE/content and SITE/themes, and SITE itself for either being
  // made, removed or renamed. Throws std::runtime_error when inotify is not available.
  explicit SourceWatcher(std::filesystem::path site_dir);
  ~SourceWatcher();
  SourceWatcher(const SourceWatcher&) = delete;
  SourceWatcher& operator=(const SourceWatcher&) = delete;

  // Waits for a change, then until `quiet` passes with no other (a save is often several
  // events: a temporary file, a rename, a change of attributes), at most `longest` in all.
  // Returns what changed, relative to the site folder, at most a few paths.
  std::vector<std::string> wait_for_change(std::chrono::milliseconds quiet,
                                           std::chrono::milliseconds longest);

  // Problems in watching (too many folders for the kernel's limit), each said once.
  std::vector<std::string> take_notes();

 private:
  void watch_tree(const std::filesystem::path& folder);
  void watch_folder(const std::filesystem::path& folder);
  // Reads the events waiting; adds what changed to `changed`.
  void read_events(std::vector<std::string>& changed);

  std::filesystem::path site_dir_;
  int fd_ = -1;
  int site_watch_ = -1;
  std::map<int, std::filesystem::path> folders_;  // watch descriptor → folder
  std::vector<std::string> notes_;
  bool limit_noted_ = false;
};

}  // namespace oitgen
