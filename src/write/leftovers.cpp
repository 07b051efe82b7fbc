#include "write/leftovers.h"

#include <algorithm>
#include <fstream>

#include "write/folder_lock.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view staging_tag = ".staging-";
constexpr std::string_view aside_tag = ".old-";

std::string run_folder_name(const std::string& target_name, std::string_view tag, long pid,
                            int attempt) {
  std::string name = "." + target_name + std::string(tag) + std::to_string(pid);
  if (attempt > 1) name += "-" + std::to_string(attempt);
  return name;
}

bool is_number(std::string_view text) {
  return !text.empty() && text.size() <= 20 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool holds_marker_file(const fs::path& folder) {
  std::error_code error;
  return fs::is_regular_file(fs::symlink_status(folder / output_marker_name, error));
}

}  // namespace

std::string staging_folder_name(const std::string& target_name, long pid, int attempt) {
  return run_folder_name(target_name, staging_tag, pid, attempt);
}

std::string aside_folder_name(const std::string& target_name, long pid, int attempt) {
  return run_folder_name(target_name, aside_tag, pid, attempt);
}

std::optional<std::string> leftover_of(std::string_view name) {
  if (name.size() < 2 || name.front() != '.') return std::nullopt;
  for (const std::string_view tag : {staging_tag, aside_tag}) {
    const auto at = name.rfind(tag);
    if (at == std::string_view::npos || at < 2) continue;
    std::string_view suffix = name.substr(at + tag.size());
    const auto dash = suffix.find('-');
    if (!is_number(suffix.substr(0, dash))) continue;
    if (dash != std::string_view::npos && !is_number(suffix.substr(dash + 1))) continue;
    return std::string(name.substr(1, at - 1));
  }
  return std::nullopt;
}

Leftovers remove_leftovers(const fs::path& folder,
                           const std::function<bool(const std::string&)>& of_target,
                           const Recogniser& made_without_marker) {
  Leftovers out;
  std::error_code error;
  std::vector<fs::path> candidates;
  for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
       it.increment(error)) {
    const auto target = leftover_of(it->path().filename().string());
    if (target && of_target(*target)) candidates.push_back(it->path());
  }
  std::sort(candidates.begin(), candidates.end());
  for (const fs::path& path : candidates) {
    if (!fs::is_directory(fs::symlink_status(path, error))) {
      out.not_ours.push_back(path);  // a file or a link with oitgen's name: not made by oitgen
      continue;
    }
    const auto lock = FolderLock::try_take(path);
    if (!lock) {
      out.in_use.push_back(path);
      continue;
    }
    const bool ours = fs::is_empty(path, error) || holds_marker_file(path) ||
                      (made_without_marker && made_without_marker(path));
    if (!ours) {
      out.not_ours.push_back(path);
      continue;
    }
    if (const std::error_code failed = remove_own_folder(path))
      out.failures.push_back(path.string() + ": " + failed.message());
    else
      out.removed.push_back(path);
  }
  return out;
}

std::vector<std::string> leftover_notes(const Leftovers& leftovers) {
  std::vector<std::string> notes;
  for (const auto& path : leftovers.removed)
    notes.push_back("removed " + path.string() + ", left by an interrupted oitgen run");
  for (const auto& path : leftovers.in_use)
    notes.push_back("left " + path.string() + " alone: a running oitgen is writing it");
  for (const auto& path : leftovers.not_ours)
    notes.push_back("left " + path.string() +
                    " alone: it has the name of an oitgen staging folder but not oitgen's content");
  for (const auto& failure : leftovers.failures)
    notes.push_back("could not remove a leftover of an interrupted run: " + failure);
  return notes;
}

std::error_code remove_own_folder(const fs::path& folder) {
  std::error_code error;
  const fs::path marker = folder / output_marker_name;
  if (!holds_marker_file(folder)) std::ofstream(marker) << output_marker_text("oitgen (removing)");
  std::vector<fs::path> entries;
  for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
       it.increment(error))
    if (it->path().filename() != output_marker_name) entries.push_back(it->path());
  if (error) return error;
  for (const fs::path& entry : entries) {
    fs::remove_all(entry, error);  // does not follow symbolic links
    if (error) return error;
  }
  fs::remove(marker, error);
  if (error) return error;
  fs::remove(folder, error);
  return error;
}

}  // namespace oitgen
