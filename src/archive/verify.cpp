#include "archive/verify.h"

#include <curl/curl.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "archive/manifest.h"
#include "archive/signing.h"
#include "load/manifest_reader.h"
#include "util/bounded_body.h"
#include "util/safe_fs.h"
#include "util/sha256.h"
#include "util/url.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

bool is_year_name(const std::string& name) {
  return name.size() == 4 && std::all_of(name.begin(), name.end(), ::isdigit);
}

// Reads content/archive/ as a snapshot holds it: regular files only, no symbolic link
// followed, each read within its limit, and a file of a snapshot only from inside its folder.
class FolderSource : public ArchiveSource {
 public:
  explicit FolderSource(fs::path folder) : folder_(std::move(folder)) {}

  std::string describe() const override { return folder_.generic_string(); }

  std::vector<int> years() override {
    std::vector<int> out;
    InputFolder archive(folder_, describe() + "/", false);
    const FolderListing listing = archive.list(folder_);
    for (const auto& error : listing.errors)
      if (error.path == folder_ || is_year_name(error.path.filename().string()))
        listing_problems.push_back(name(error.path) + ": " + error.message);
    for (const auto& entry : listing.entries) {
      const std::string year = entry.path.filename().string();
      if (is_year_name(year) && entry.is_folder()) out.push_back(std::stoi(year));
    }
    return out;  // in name order, which is year order
  }

  std::optional<std::string> read(const std::string& path, std::size_t limit) override {
    if (!is_snapshot_path(path)) throw Unreadable("is not a path inside " + describe());
    // "2567/index.html" is read from inside 2567/; public-key.pem from the archive folder.
    const std::size_t slash = path.find('/');
    const fs::path root = slash == std::string::npos ? folder_ : folder_ / path.substr(0, slash);
    const InputFolder folder(root, root.generic_string() + "/", false);
    const FileRead file = folder.read(folder_ / path, SizeLimit{limit, "this file"});
    if (file) return file.bytes;
    if (file.error->problem == FileProblem::missing) return std::nullopt;
    if (file.error->problem == FileProblem::too_large)
      throw TooLarge((folder_ / path).generic_string() + " " + file.error->message);
    throw Unreadable(file.error->message);
  }

  std::optional<std::vector<std::string>> list(int year) override {
    const fs::path snapshot = folder_ / std::to_string(year);
    InputFolder folder(snapshot, snapshot.generic_string() + "/", false);
    FileWalk walk = folder.walk(snapshot);
    for (const auto& error : walk.errors)
      listing_problems.push_back(name(error.path) + ": " + error.message);
    return std::move(walk.files);
  }

 private:
  // A path as verify names it: relative to the archive folder ("2567/index.html").
  std::string name(const fs::path& path) const {
    const fs::path relative = path.lexically_relative(folder_);
    return relative.empty() || relative == "." ? describe() : relative.generic_string();
  }

  fs::path folder_;
};

// libcurl reads the published copy; a citizen or auditor needs nothing but the URL.
class WebSource : public ArchiveSource {
 public:
  WebSource(std::string site_url, std::string ca_file)
      : base_(std::move(site_url)), ca_file_(std::move(ca_file)) {
    if (base_.empty() || base_.back() != '/') base_ += '/';
    base_ += "archive/";
    curl_global_init(CURL_GLOBAL_DEFAULT);
    curl_ = curl_easy_init();
  }
  ~WebSource() override {
    curl_easy_cleanup(curl_);
    curl_global_cleanup();
  }
  WebSource(const WebSource&) = delete;
  WebSource& operator=(const WebSource&) = delete;

  std::string describe() const override { return redact_urls(base_); }

  std::vector<int> years() override {
    std::vector<int> out;
    const auto index = read("index.json", web_index_limit);
    if (!index) return out;
    try {
      const auto document = nlohmann::json::parse(*index);  // kept: the loop reads into it
      for (const auto& snapshot : document.at("snapshots"))
        out.push_back(snapshot.at("fiscal_year").get<int>());
    } catch (const nlohmann::json::exception&) {
      // An index that cannot be read lists no snapshot; verify says so.
    }
    return out;
  }

  std::optional<std::string> read(const std::string& path, std::size_t limit) override {
    BoundedBody body(limit);
    curl_easy_reset(curl_);
    if (!is_snapshot_path(path)) throw Unreadable("is not a path inside " + describe());
    const std::string url = base_ + escaped(path);
    curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl_, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl_, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl_, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl_, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, BoundedBody::write);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl_, CURLOPT_USERAGENT, "oitgen-archive-verify/" OITGEN_VERSION);
    if (!ca_file_.empty()) curl_easy_setopt(curl_, CURLOPT_CAINFO, ca_file_.c_str());
    long status = 0;
    const CURLcode code = curl_easy_perform(curl_);
    curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
    if (body.exceeded && status == 200)
      throw TooLarge(redact_urls(url) + " sends more than " + limit_text(limit) +
                     ", the most read for it");
    if (code != CURLE_OK || status != 200) return std::nullopt;
    return std::move(body.bytes);
  }

  std::optional<std::vector<std::string>> list(int) override { return std::nullopt; }

 private:
  // Each name percent-encoded, so that the server finds the file of that name and nothing
  // else: no "%2e%2e" decoded into "..", no "?" or "#" ending the path.
  std::string escaped(const std::string& path) const {
    std::string out;
    std::size_t start = 0;
    while (true) {
      const std::size_t end = std::min(path.find('/', start), path.size());
      char* name = curl_easy_escape(curl_, path.data() + start, static_cast<int>(end - start));
      if (!name) throw std::bad_alloc();
      out += name;
      curl_free(name);
      if (end == path.size()) return out;
      out += '/';
      start = end + 1;
    }
  }

  std::string base_;
  std::string ca_file_;
  CURL* curl_ = nullptr;
};

}  // namespace

std::unique_ptr<ArchiveSource> folder_source(const fs::path& archive_folder) {
  return std::make_unique<FolderSource>(archive_folder);
}

std::unique_ptr<ArchiveSource> web_source(const std::string& site_url, const std::string& ca_file) {
  return std::make_unique<WebSource>(site_url, ca_file);
}

namespace {

bool is_sha256(const std::string& text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

VerifyReport verify_archive(ArchiveSource& source) {
  VerifyReport report;
  // A read past its limit is a problem of that file: the rest is still checked.
  auto read = [&](const std::string& path,
                  std::size_t limit) -> std::optional<std::optional<std::string>> {
    try {
      return source.read(path, limit);
    } catch (const TooLarge& e) {
      report.problems.push_back(path + ": " + e.what());
    } catch (const Unreadable& e) {
      report.problems.push_back(path + ": " + e.what());
    }
    return std::nullopt;
  };
  auto take_listing_problems = [&] {
    for (auto& problem : source.listing_problems) report.problems.push_back(std::move(problem));
    source.listing_problems.clear();
  };
  const auto public_key = read(public_key_name, web_key_limit).value_or(std::nullopt);
  std::map<int, std::string> manifest_hashes;
  std::map<int, Manifest> manifests;
  std::vector<int> years;
  try {
    years = source.years();
  } catch (const TooLarge& e) {
    report.problems.push_back(std::string("index.json: ") + e.what());
  }
  take_listing_problems();
  for (int year : years) {
    const std::string prefix = std::to_string(year) + "/";
    const auto read_manifest = read(prefix + manifest_name, web_manifest_limit);
    if (!read_manifest) continue;
    const auto& text = *read_manifest;
    if (!text) {
      report.problems.push_back(prefix + manifest_name + ": missing");
      continue;
    }
    Manifest manifest;
    try {
      manifest = parse_manifest(*text);
    } catch (const std::exception& e) {
      report.problems.push_back(prefix + manifest_name + ": " + e.what());
      continue;
    }
    ++report.snapshots;
    manifest_hashes[year] = sha256_hex(*text);
    if (manifest.fiscal_year != year)
      report.problems.push_back(prefix + manifest_name + ": it is the manifest of " +
                                std::to_string(manifest.fiscal_year) + ", not of " +
                                std::to_string(year));

    std::set<std::string> listed;
    if (!manifest.previous_sha256.empty() && !is_sha256(manifest.previous_sha256))
      report.problems.push_back(prefix + manifest_name + ": the previous manifest's hash " +
                                quoted_path(manifest.previous_sha256) + " is not a SHA-256");
    std::erase_if(manifest.replaces, [&](const std::string& hash) {
      if (is_sha256(hash)) return false;
      report.problems.push_back(prefix + manifest_name + ": a replaced manifest's hash " +
                                quoted_path(hash) + " is not a SHA-256");
      return true;
    });
    for (const auto& file : manifest.files) {
      // A tampered manifest may name any path: only one inside the snapshot is ever read.
      if (!is_snapshot_path(file.path)) {
        report.problems.push_back(prefix + manifest_name + ": lists " + quoted_path(file.path) +
                                  ", which is not a path inside the snapshot (relative, without "
                                  "\"..\"); it is not read");
        continue;
      }
      listed.insert(file.path);
      ++report.files;
      if (file.size > web_file_limit) {
        report.notes.push_back(prefix + file.path + ": not checked, its manifest declares " +
                               std::to_string(file.size) + " bytes, more than the " +
                               limit_text(web_file_limit) + " read at most");
        continue;
      }
      // Never more than the manifest declares: one byte more is already a change.
      std::optional<std::string> bytes;
      try {
        bytes = source.read(prefix + file.path, static_cast<std::size_t>(file.size));
      } catch (const TooLarge& e) {
        report.problems.push_back(prefix + file.path + ": changed (larger than the " +
                                  std::to_string(file.size) + " bytes its manifest declares; " +
                                  e.what() + ")");
        continue;
      } catch (const Unreadable& e) {
        report.problems.push_back(prefix + file.path + ": " + e.what());
        continue;
      }
      if (!bytes)
        report.problems.push_back(prefix + file.path + ": removed (it is in the manifest)");
      else if (bytes->size() != file.size || sha256_hex(*bytes) != file.sha256)
        report.problems.push_back(prefix + file.path +
                                  ": changed (its SHA-256 differs from the manifest's)");
    }
    const auto present = source.list(year);
    take_listing_problems();
    if (present) {
      for (const auto& path : *present)
        if (!listed.count(path) && path != manifest_name && path != signature_name)
          report.problems.push_back(prefix + path + ": added (it is not in the manifest)");
    } else if (year == years.front()) {
      report.notes.emplace_back(
          "a web server does not list folders: files added to a snapshot online are not seen");
    }

    const auto read_signature = read(prefix + signature_name, web_key_limit);
    const auto signature = read_signature.value_or(std::nullopt);
    if (!read_signature) {
      // too large: reported above
    } else if (signature && !public_key)
      report.problems.push_back(prefix + signature_name + ": signed, but " + public_key_name +
                                " is missing");
    else if (signature && !verify_ed25519(*text, *signature, *public_key))
      report.problems.push_back(prefix + signature_name +
                                ": the signature does not match the manifest");
    else if (!signature)
      report.notes.push_back(prefix + manifest_name + ": not signed");
    if (!manifest.replaces.empty())
      report.notes.push_back(prefix + manifest_name + ": replaced " +
                             std::to_string(manifest.replaces.size()) +
                             " time(s); earlier manifest " + manifest.replaces.back());
    manifests[year] = std::move(manifest);
  }
  // The chain: each manifest names the hash of the previous year's manifest.
  for (const auto& [year, manifest] : manifests) {
    if (!manifest.previous_year) continue;
    const std::string where = std::to_string(year) + "/" + manifest_name;
    const auto previous = manifest_hashes.find(*manifest.previous_year);
    if (previous == manifest_hashes.end())
      report.problems.push_back(where + ": the chain names the snapshot of " +
                                std::to_string(*manifest.previous_year) + ", which is missing");
    else if (previous->second != manifest.previous_sha256 &&
             std::find(manifests[*manifest.previous_year].replaces.begin(),
                       manifests[*manifest.previous_year].replaces.end(),
                       manifest.previous_sha256) !=
                 manifests[*manifest.previous_year].replaces.end())
      // A replacement made with --replace records the manifest it replaced: visible, not hidden.
      report.notes.push_back(where + ": the snapshot of " +
                             std::to_string(*manifest.previous_year) +
                             " it chains to was replaced afterwards; the replacement is recorded");
    else if (previous->second != manifest.previous_sha256)
      report.problems.push_back(where + ": the chain names " +
                                std::to_string(*manifest.previous_year) + "'s manifest as " +
                                manifest.previous_sha256 + " but it is now " + previous->second +
                                " (" + std::to_string(*manifest.previous_year) +
                                " was rewritten after " + std::to_string(year) + " was frozen)");
  }
  return report;
}

}  // namespace oitgen
