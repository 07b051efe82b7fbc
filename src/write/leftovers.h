#pragma once
// The staging and old folders that a killed run leaves beside its target, and their removal.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace oitgen {

// ".<target>.staging-<pid>" and ".<target>.old-<pid>", with "-<n>" added when the name is
// taken (by a run of the same pid in another pid namespace).
std::string staging_folder_name(const std::string& target_name, long pid, int attempt = 1);
std::string aside_folder_name(const std::string& target_name, long pid, int attempt = 1);

// The target's name when `name` is one of the names above ("output" for ".output.old-42").
std::optional<std::string> leftover_of(std::string_view name);

// Recognises a folder that oitgen made but that carries no marker (an output of the layout
// before the marker, a snapshot by its manifest).
using Recogniser = std::function<bool(const std::filesystem::path&)>;

struct Leftovers {
  std::vector<std::filesystem::path> removed;
  std::vector<std::filesystem::path> in_use;    // a running process holds its lock
  std::vector<std::filesystem::path> not_ours;  // oitgen's name, but not oitgen's content
  std::vector<std::string> failures;            // could not be removed: path and reason
};

// Removes every leftover in `folder` whose target `of_target` accepts, if no running process
// holds its lock and it is recognisably oitgen's: empty, holding a file named like the marker
// (its name and the folder's are oitgen's), or accepted by `made_without_marker`.
Leftovers remove_leftovers(const std::filesystem::path& folder,
                           const std::function<bool(const std::string&)>& of_target,
                           const Recogniser& made_without_marker);

// One line per leftover removed, left alone or not removable, for the user.
std::vector<std::string> leftover_notes(const Leftovers& leftovers);

// Deletes a folder of oitgen's, its marker last (written first when it has none), so that a
// run killed half-way through leaves a folder the next run still recognises.
std::error_code remove_own_folder(const std::filesystem::path& folder);

}  // namespace oitgen
