#pragma once
// The output folder, written as a whole or not at all, and only where oitgen may write.

#include <filesystem>
#include <mutex>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "render/output_sink.h"
#include "write/folder_lock.h"
#include "write/folder_swap.h"
#include "write/leftovers.h"

namespace oitgen {

// Who writes a folder and how oitgen knows such a folder as its own.
struct OutputOwner {
  std::string made_by;  // "oitgen build", written into the marker
  // What proves a folder to be oitgen's, for messages ("... and has no <proof>").
  std::string proof = ".oitgen-output marker";
  // false: the marker is removed before the swap (a snapshot holds exactly its manifest's files).
  bool keep_marker = true;
  Recogniser made_without_marker;  // oitgen's folders without a marker; may be empty
};

// Site path -> lower-case hex SHA-256 of the file's bytes.
using OutputHashes = std::map<std::string, std::string>;

// A folder that oitgen will not replace: the message says why.
class OutputRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An absolute path with "..", "." and symbolic links resolved (as far as it exists) and no
// trailing slash. Throws std::filesystem::filesystem_error (a loop, an unreadable folder).
std::filesystem::path normal_path(const std::filesystem::path& path);

// Why `target` may not be replaced, or nothing when it may: when it does not exist, or is a
// folder that is empty, carries oitgen's marker, or that `owner.made_without_marker` accepts.
std::optional<std::string> replace_refusal(const std::filesystem::path& target,
                                           const OutputOwner& owner);

// Collects a build in a fresh folder beside the target and swaps it in by commit(). Until then
// the target is untouched, so a build that fails part-way leaves the previous site as it was.
// The target is replaced only when replace_refusal() allows it (else OutputRefused), and the
// leftovers of earlier killed runs for the same target are removed first.
class StagedOutput : public OutputSink {
 public:
  StagedOutput(const std::filesystem::path& target, OutputOwner owner,
               SwapMethod method = SwapMethod::exchange);
  ~StagedOutput() override;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  // Writes a file at a path relative to the output root; throws std::runtime_error for a path
  // that is absolute or climbs out of the output ("../x").
  void write(const std::string& path, std::string_view bytes) override;
  void copy(const std::filesystem::path& from, const std::string& path) override;
  bool exists(const std::string& path) const;

  // The target's current files, whose bytes the caller has checked to have these hashes. From
  // then on a file written or copied with the same bytes as the target's is hard-linked from
  // it (copied where the file system cannot link), and keep() may take a file over unchanged.
  // The target itself is never written: the swap stays one step.
  void reuse(OutputHashes current);
  // Takes the target's file at `path` over as it is; false (nothing done) when reuse() did
  // not list it.
  bool keep(const std::string& path);
  // Every file staged so far (the marker and the build manifest aside), with its hash.
  const OutputHashes& files() const { return files_; }
  // How many of them were taken over from the target.
  int reused() const { return reused_; }
  // Writes the build manifest (write/output_marker.h) at the staging folder's root.
  void write_build_manifest(std::string_view bytes);

  // Puts the staging folder in the target's place (in one step where the file system can) and
  // removes the previous tree. Throws OutputRefused when the target changed meanwhile into a
  // folder oitgen may not replace.
  void commit();

  const std::filesystem::path& target() const { return target_; }
  const std::filesystem::path& staging() const { return staging_; }
  const Leftovers& leftovers() const { return leftovers_; }
  // Problems that did not fail the run (the previous tree could not be removed entirely).
  const std::vector<std::string>& notes() const { return notes_; }

 private:
  std::filesystem::path file_path(const std::string& path) const;
  // Links the target's file into the staging folder when it has these bytes; false if not.
  bool reuse_if_same(const std::string& path, const std::filesystem::path& file,
                     const std::string& sha256);

  std::filesystem::path target_;
  OutputOwner owner_;
  SwapMethod method_;
  std::filesystem::path staging_;
  std::filesystem::path aside_;
  std::optional<FolderLock> lock_;
  Leftovers leftovers_;
  std::vector<std::string> notes_;
  bool committed_ = false;
  OutputHashes current_;  // the target's files, when reuse() was called
  // Pages are written from several threads at once (render/site_renderer.cpp): what a write
  // records goes through this lock.
  std::mutex record_lock_;
  OutputHashes files_;
  int reused_ = 0;
};

}  // namespace oitgen
