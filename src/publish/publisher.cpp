#include "publish/publisher.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "util/file.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

std::string size_text(std::uintmax_t bytes) {
  std::ostringstream out;
  out.precision(1);
  if (bytes >= std::uintmax_t{1024} * 1024)
    out << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MB";
  else if (bytes >= 1024)
    out << std::fixed << static_cast<double>(bytes) / 1024.0 << " KB";
  else
    out << bytes << " B";
  return out.str();
}

// Transient failures are retried after 0.5 s, 1 s, 2 s ...; others fail at once.
template <typename Action>
void with_retries(const PublishOptions& options, Action action) {
  auto backoff = options.first_backoff;
  for (int attempt = 1;; ++attempt) {
    try {
      action();
      return;
    } catch (const TransferError& e) {
      if (!e.transient() || attempt >= options.attempts) throw;
      std::this_thread::sleep_for(backoff);
      backoff *= 2;
    }
  }
}

// A path from the host, quoted for a terminal: control characters escaped, length bounded.
std::string printable(const std::string& path) {
  constexpr std::size_t shown = 200;
  const bool cut = path.size() > shown;
  std::string text = nlohmann::json(cut ? path.substr(0, shown) : path)
                         .dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
  if (cut) text += " (" + std::to_string(path.size()) + " bytes, cut)";
  return text;
}

class Progress {
 public:
  Progress(std::ostream& out, bool bar, std::size_t files, std::uintmax_t bytes)
      : out_(out), bar_(bar), files_(files), bytes_(bytes) {}

  void done(const std::string& what, const std::string& path, std::uintmax_t size) {
    ++done_files_;
    done_bytes_ += size;
    if (!bar_) {
      // Flushed line by line, so that a CI log shows how far a long upload has come.
      out_ << what << " " << path << (size ? " (" + size_text(size) + ")" : "") << " ["
           << done_files_ << "/" << files_ << "]" << std::endl;
      return;
    }
    constexpr int width = 30;
    const int filled = files_ ? static_cast<int>(width * done_files_ / files_) : width;
    out_ << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
         << std::string(static_cast<std::size_t>(width - filled), ' ') << "] " << done_files_ << "/"
         << files_ << " files, " << size_text(done_bytes_) << " of " << size_text(bytes_) << "   "
         << std::flush;
  }

  void finish() {
    if (bar_) out_ << "\n";
  }

 private:
  std::ostream& out_;
  bool bar_;
  std::size_t files_;
  std::uintmax_t bytes_;
  std::size_t done_files_ = 0;
  std::uintmax_t done_bytes_ = 0;
};

}  // namespace

PublishResult publish(const fs::path& output, Transport& transport, const PublishOptions& options,
                      std::ostream& out) {
  PublishResult result;
  std::optional<std::string> remote_text;
  with_retries(options,
               [&] { remote_text = transport.get(remote_manifest_name, remote_manifest_limit); });
  const RemoteManifest remote_manifest =
      remote_text ? parse_remote_manifest(*remote_text) : RemoteManifest{};
  const FileHashes& remote = remote_manifest.files;
  // Entries that leave the target's folder were not written by oitgen (a tampered or broken
  // manifest): never deleted nor trusted, named here, and dropped from the manifest written.
  for (const auto& path : remote_manifest.rejected)
    out << "warning: the host's " << remote_manifest_name << " lists " << printable(path)
        << ", which is not a path inside the target's folder: not deleted, and dropped from the "
           "manifest\n";
  const FileHashes local = hash_output(output);
  const PublishPlan plan = plan_publish(output, local, remote, options.delete_stale);

  if (options.dry_run) {
    for (const auto& path : plan.uploads) out << "would upload " << path << "\n";
    for (const auto& path : plan.deletions) out << "would delete " << path << "\n";
    out << "dry run: " << plan.uploads.size() << " to upload (" << size_text(plan.upload_bytes)
        << "), " << plan.deletions.size() << " to delete";
    if (!plan.stale.empty())
      out << ", " << plan.stale.size() << " no longer built (kept; --delete removes them)";
    out << "\n";
    result.complete = true;
    return result;
  }

  Progress progress(out, options.progress_bar, plan.uploads.size() + plan.deletions.size(),
                    plan.upload_bytes);
  // A host that fails several files in a row is down or unreachable: stop there rather than
  // wait out the retries of every remaining file. Running publish again resumes.
  constexpr int give_up_after = 3;
  int failed_in_a_row = 0;
  auto attempt = [&](const std::string& path, auto action) {
    try {
      with_retries(options, action);
      failed_in_a_row = 0;
      return true;
    } catch (const TransferError& e) {
      result.failures.push_back(path + ": " + e.what());
      if (e.kind() == TransferError::Kind::login || e.kind() == TransferError::Kind::untrusted)
        throw;
      if (++failed_in_a_row >= give_up_after)
        throw TransferError(std::to_string(give_up_after) +
                                " files failed in a row; the host seems unreachable, stopped",
                            TransferError::Kind::transient);
      return false;
    }
  };
  try {
    for (const auto& path : plan.uploads) {
      const auto bytes = read_file(output / path);
      if (!bytes) {  // removed or changed since it was hashed: a build is running
        result.failures.push_back(path + ": cannot be read from the output folder");
        continue;
      }
      if (!attempt(path, [&] { transport.put(path, *bytes); })) continue;
      ++result.uploaded;
      result.bytes += bytes->size();
      progress.done("uploaded", path, bytes->size());
    }
    for (const auto& path : plan.deletions) {
      if (!attempt(path, [&] { transport.remove(path); })) continue;
      ++result.deleted;
      progress.done("deleted", path, 0);
    }
    progress.finish();
    if (result.failures.empty()) {
      // Files kept on the host stay listed, so that a later --delete still finds them.
      FileHashes next = local;
      for (const auto& path : plan.stale) next[path] = remote.at(path);
      const std::string manifest = remote_manifest_json(next);
      // A host that is up to date is left untouched, its manifest included.
      if (remote_text == manifest ||
          attempt(remote_manifest_name, [&] { transport.put(remote_manifest_name, manifest); }))
        result.complete = true;
    }
  } catch (const TransferError& e) {
    // A refused login or an unreachable host: every other file would fail the same way.
    progress.finish();
    if (e.transient()) result.stopped = e.what();
  }
  return result;
}

}  // namespace oitgen
