#pragma once
// Proving that no snapshot changed: every file re-hashed against its manifest, the chain of
// manifests followed, the signatures checked. Works on a site folder and on a published site.

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace oitgen {

// Where snapshots are read from: content/archive/ on disk, or <site>/archive/ over HTTP(S).
class ArchiveSource {
 public:
  virtual ~ArchiveSource() = default;
  virtual std::string describe() const = 0;
  virtual std::vector<int> years() = 0;
  // A file of the archive folder, by path relative to it ("2567/index.html"); nothing when it
  // is missing. Past `limit` bytes it throws TooLarge, naming the file or URL and the limit.
  // A file of a snapshot is read only from inside that snapshot's folder or URL.
  virtual std::optional<std::string> read(const std::string& path, std::size_t limit) = 0;
  // The files under a snapshot folder, when the source can list them (a web server cannot).
  virtual std::optional<std::vector<std::string>> list(int year) = 0;

  // What years() and list() met and could not list (a snapshot folder that is a symbolic
  // link, a FIFO or an unreadable folder in a snapshot), each naming its path; verify reports
  // them as problems.
  std::vector<std::string> listing_problems;
};

class TooLarge : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown by read for a file that is there but cannot be read: a FIFO, a device, a symbolic
// link (a snapshot holds only regular files), no permission. The message says why; the caller
// names the path.
class Unreadable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What is read over the network at most: the archive's index.json and a manifest; a file is
// read up to the size its manifest declares, and not one byte more.
inline constexpr std::size_t web_index_limit = std::size_t{1} * 1024 * 1024;
inline constexpr std::size_t web_manifest_limit = std::size_t{16} * 1024 * 1024;
inline constexpr std::size_t web_key_limit = std::size_t{16} * 1024;  // public key, signature
// A file's bytes are held in memory to be hashed: larger files are named as not checked.
inline constexpr std::size_t web_file_limit = std::size_t{512} * 1024 * 1024;

std::unique_ptr<ArchiveSource> folder_source(const std::filesystem::path& archive_folder);
// `site_url` is the site's base URL; snapshots are read from its archive/ folder. Set
// `ca_file` to trust a certificate authority of one's own (tests); TLS is always verified.
std::unique_ptr<ArchiveSource> web_source(const std::string& site_url,
                                          const std::string& ca_file = "");

struct VerifyReport {
  int snapshots = 0;
  int files = 0;
  std::vector<std::string> problems;  // each names the snapshot and file
  std::vector<std::string> notes;     // what was not or could not be checked

  bool ok() const { return problems.empty(); }
};

VerifyReport verify_archive(ArchiveSource& source);

}  // namespace oitgen
