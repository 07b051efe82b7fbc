#include "write/staged_output.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "util/i18n.h"
#include "util/safe_fs.h"
#include "util/sha256.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

void write_bytes(const fs::path& file, std::string_view bytes) {
  // A file staged twice may be a hard link into the live output by now: writing through it
  // would change the live site before the swap, so the name is unlinked first.
  fs::remove(file);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

// One entry of a folder, for a message: the first by name.
std::string example_entry(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code error;
  for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
       it.increment(error))
    names.push_back(it->path().filename().string());
  if (names.empty()) return "";
  return *std::min_element(names.begin(), names.end());
}

}  // namespace

fs::path normal_path(const fs::path& path) {
  fs::path normal = fs::weakly_canonical(fs::absolute(path)).lexically_normal();
  // "out/" where out does not exist yet keeps its slash: an empty last name.
  while (normal.has_relative_path() && normal.filename().empty()) normal = normal.parent_path();
  return normal;
}

std::optional<std::string> replace_refusal(const fs::path& target, const OutputOwner& owner) {
  std::error_code error;
  const fs::file_status status = fs::symlink_status(target, error);
  if (status.type() == fs::file_type::not_found) return std::nullopt;
  if (error) return trf("it cannot be read ({1})", {error.message()});
  if (fs::is_regular_file(status)) return std::string(tr("it is a file, not a folder"));
  if (fs::is_symlink(status)) return std::string(tr("it is a symbolic link to nothing"));
  if (!fs::is_directory(status)) return std::string(tr("it is not a folder"));
  const bool empty = fs::is_empty(target, error);
  if (error) return trf("it cannot be read ({1})", {error.message()});
  if (empty || has_output_marker(target) ||
      (owner.made_without_marker && owner.made_without_marker(target)))
    return std::nullopt;
  return trf("it holds files that oitgen did not write (such as {1}) and has no {2}",
             {example_entry(target), owner.proof});
}

StagedOutput::StagedOutput(const fs::path& target, OutputOwner owner, SwapMethod method)
    : target_(normal_path(target)), owner_(std::move(owner)), method_(method) {
  if (const auto refusal = replace_refusal(target_, owner_))
    throw OutputRefused(target_.string() + ": " + *refusal);
  const fs::path parent = target_.parent_path();
  const std::string name = target_.filename().string();
  fs::create_directories(parent);
  leftovers_ = remove_leftovers(
      parent, [&](const std::string& of) { return of == name; }, owner_.made_without_marker);

  // A fresh name: one left by a live run of the same pid (another pid namespace) is skipped.
  const long pid = static_cast<long>(::getpid());
  for (int attempt = 1; staging_.empty(); ++attempt) {
    const fs::path candidate = parent / staging_folder_name(name, pid, attempt);
    if (fs::create_directory(candidate)) {
      staging_ = candidate;
      aside_ = parent / aside_folder_name(name, pid, attempt);
    } else if (attempt == 100) {
      throw std::runtime_error("cannot make a staging folder beside " + target_.string());
    }
  }
  // Locked before the marker is written: a folder with a marker and no lock is a leftover.
  lock_ = FolderLock::wait_for(staging_);
  write_bytes(staging_ / output_marker_name, output_marker_text(owner_.made_by, pid));
}

StagedOutput::~StagedOutput() {
  if (committed_ || staging_.empty()) return;
  remove_own_folder(staging_);
}

fs::path StagedOutput::file_path(const std::string& path) const {
  if (!is_contained_path(path))
    throw std::runtime_error("refusing to write outside the output folder: " + path);
  if (path == output_marker_name || path == build_manifest_name)
    throw std::runtime_error("refusing to overwrite the output's marker: " + path);
  return staging_ / path;
}

void StagedOutput::write(const std::string& path, std::string_view bytes) {
  const fs::path file = file_path(path);
  fs::create_directories(file.parent_path());
  const std::string sha256 = sha256_hex(bytes);
  if (reuse_if_same(path, file, sha256)) return;
  write_bytes(file, bytes);
  const std::lock_guard hold(record_lock_);
  files_[path] = sha256;
}

void StagedOutput::copy(const fs::path& from, const std::string& path) {
  const fs::path file = file_path(path);
  fs::create_directories(file.parent_path());
  const std::string sha256 = sha256_file(from, limits::static_file);
  if (reuse_if_same(path, file, sha256)) return;
  fs::remove(file);  // as in write_bytes: never through a link into the live output
  fs::copy_file(from, file, fs::copy_options::overwrite_existing);
  const std::lock_guard hold(record_lock_);
  files_[path] = sha256;
}

void StagedOutput::reuse(OutputHashes current) {
  current_ = std::move(current);
}

bool StagedOutput::reuse_if_same(const std::string& path, const fs::path& file,
                                 const std::string& sha256) {
  const auto it = current_.find(path);
  if (it == current_.end() || it->second != sha256) return false;
  const fs::path from = target_ / path;
  fs::remove(file);
  if (::link(from.c_str(), file.c_str()) != 0) {
    // No hard links here (FAT, some network file systems, a link limit): a copy, which the
    // kernel may make a reflink.
    std::error_code error;
    if (!fs::copy_file(from, file, fs::copy_options::overwrite_existing, error)) return false;
  }
  const std::lock_guard hold(record_lock_);
  files_[path] = sha256;
  ++reused_;
  return true;
}

bool StagedOutput::keep(const std::string& path) {
  const auto it = current_.find(path);
  if (it == current_.end()) return false;
  const fs::path file = file_path(path);
  fs::create_directories(file.parent_path());
  return reuse_if_same(path, file, it->second);
}

void StagedOutput::write_build_manifest(std::string_view bytes) {
  write_bytes(staging_ / build_manifest_name, bytes);
}

bool StagedOutput::exists(const std::string& path) const {
  return fs::exists(file_path(path));
}

void StagedOutput::commit() {
  const fs::path marker = staging_ / output_marker_name;
  if (owner_.keep_marker)
    write_bytes(marker, output_marker_text(owner_.made_by));
  else
    fs::remove(marker);  // from here the staging folder is known by made_without_marker

  // The previous tree is locked before the swap: once it has the staging folder's name, no
  // other run may take it for a leftover while this one removes it.
  std::optional<FolderLock> previous;
  if (const auto refusal = replace_refusal(target_, owner_))
    throw OutputRefused(target_.string() + ": " + *refusal);
  if (fs::exists(fs::symlink_status(target_))) previous = FolderLock::wait_for(target_);
  const Swapped swapped = swap_in(staging_, target_, aside_, method_);
  committed_ = true;
  lock_.reset();  // the new tree is the output now, no leftover
  if (!swapped.previous) return;
  if (const std::error_code error = remove_own_folder(*swapped.previous))
    notes_.push_back(
        trf("the previous output, now {1}, could not be removed entirely ({2}); the "
            "next run removes it",
            {swapped.previous->string(), error.message()}));
}

}  // namespace oitgen
