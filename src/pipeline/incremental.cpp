#include "pipeline/incremental.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <nlohmann/json.hpp>

#include "compute/compute.h"
#include "model/date.h"
#include "model/paths.h"
#include "util/file.h"
#include "util/safe_fs.h"
#include "util/sha256.h"
#include "write/leftovers.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// 2: the warnings keep their code and suggestion.
constexpr const char* manifest_format = "oitgen-build-2";

// "inode size seconds.nanoseconds" of the file at `path` (links followed), or nothing: what
// tells a replaced file from the one before without reading it.
std::optional<std::string> stat_identity(const char* path) {
  struct stat info {};
  if (::stat(path, &info) != 0) return std::nullopt;
  return std::to_string(info.st_ino) + " " + std::to_string(info.st_size) + " " +
         std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec);
}

// The version and the executable by its inode, size and modification time: a new oitgen (other
// templates, frameworks or code) makes every page new. Reading the whole program each run would
// cost more than the rest of a no-op build.
std::string program_identity() {
  const auto exe = stat_identity("/proc/self/exe");
  return exe ? "oitgen " OITGEN_VERSION ", exe " + *exe : "";
}

// The bytes of a regular file, never through a symbolic link and never blocking on a FIFO;
// nothing for anything else or beyond the limit. Written with POSIX calls rather than
// read_regular_file: one open, fstat and read a file keeps a no-op build within its few
// milliseconds (the loaders' checks cost several calls per file, and run anyway on a change).
std::optional<std::string> read_plain_file(const fs::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::optional<std::string> bytes;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
      static_cast<std::uintmax_t>(info.st_size) <= limits::static_file.bytes) {
    bytes.emplace(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t got = 0;
    while (got < bytes->size()) {
      const ssize_t n = ::read(fd, bytes->data() + got, bytes->size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    if (got != bytes->size()) bytes.reset();  // changed while read: not to be trusted
  }
  ::close(fd);
  return bytes;
}

// Adds every file under `folder` as prefix + its relative path; false when the folder holds
// anything but regular files and folders (a link, a FIFO), is too deep, or cannot be read.
// Folders for which `skip` is true are left out.
bool hash_tree(const fs::path& folder, const std::string& prefix, OutputHashes& files,
               const std::function<bool(const std::string&)>& skip) {
  std::error_code error;
  fs::recursive_directory_iterator it(folder, error);
  if (error) return false;
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error || it.depth() > limits::folder_depth) return false;
    // The entry's type comes from the listing itself: no call per entry.
    const fs::directory_entry& entry = *it;
    if (entry.is_symlink(error) || error) return false;
    const std::string relative = entry.path().lexically_relative(folder).generic_string();
    if (entry.is_directory(error)) {
      if (skip(entry.path().filename().string())) it.disable_recursion_pending();
      continue;
    }
    if (skip(entry.path().filename().string())) continue;
    const auto bytes = read_plain_file(entry.path());
    if (!bytes) return false;
    files[prefix + relative] = sha256_hex(*bytes);
  }
  return !error;
}

// Adds every file under site_dir/name; false when one cannot be hashed as the loaders read it.
bool hash_folder(const fs::path& site_dir, const std::string& name, OutputHashes& files) {
  const fs::path folder = site_dir / name;
  std::error_code error;
  const fs::file_status status = fs::symlink_status(folder, error);
  if (status.type() == fs::file_type::not_found) return true;
  if (error || !fs::is_directory(status)) return false;
  // Links are not followed: a site with links is built whole each time (see the header).
  // What a killed archive run left in content/archive/ is never read, and is removed by the
  // next build: it is no input.
  return hash_tree(folder, name + "/", files,
                   [](const std::string& entry) { return leftover_of(entry).has_value(); });
}

json hashes_json(const OutputHashes& hashes) {
  json object = json::object();
  for (const auto& [path, hash] : hashes) object[path] = hash;
  return object;
}

OutputHashes hashes_of(const json& object) {
  OutputHashes hashes;
  for (const auto& [path, hash] : object.items()) hashes[path] = hash.get<std::string>();
  return hashes;
}

// The site path of the page a file of the output is ("en/plans/x/index.html" -> "plans/x/"); a
// printable document belongs to the page of its folder ("plans/x/plan-x.pdf" -> "plans/x/").
std::string page_of(const std::string& file) {
  std::string path = file.starts_with("en/") ? file.substr(3) : file;
  if (path.ends_with(".pdf")) return path.substr(0, path.rfind('/') + 1);
  constexpr std::string_view index = "index.html";
  if (path.ends_with(index)) path.resize(path.size() - index.size());
  return path;
}

// A Thai file's path for an English one ("p12.en.md" -> "p12.md"): both make one record.
std::string thai_file(const std::string& path) {
  constexpr std::string_view english = ".en.md";
  if (!path.ends_with(english)) return path;
  return path.substr(0, path.size() - english.size()) + ".md";
}

}  // namespace

std::string files_identity(const std::vector<std::string>& files) {
  std::string identity;
  for (const auto& file : files)
    identity += (identity.empty() ? "" : ", ") + file + " " +
                stat_identity(file.c_str()).value_or("missing");
  return identity;
}

std::optional<BuildInputs> hash_inputs(const fs::path& site_dir, const Date& today) {
  BuildInputs inputs;
  inputs.oitgen = program_identity();
  if (inputs.oitgen.empty()) return std::nullopt;
  inputs.today = to_iso(today);
  for (const char* folder : {"content", "themes"})
    if (!hash_folder(site_dir, folder, inputs.files)) return std::nullopt;
  return inputs;
}

std::string build_manifest_json(const BuildManifest& manifest) {
  json warnings = json::array();
  for (const auto& warning : manifest.warnings)
    warnings.push_back({{"file", warning.file},
                        {"line", warning.pos.line},
                        {"column", warning.pos.column},
                        {"code", warning.code},
                        {"message", warning.message},
                        {"suggestion", warning.suggestion}});
  const json document = {{"format", manifest_format},
                         {"oitgen", manifest.inputs.oitgen},
                         {"today", manifest.inputs.today},
                         {"font_files", manifest.inputs.font_files},
                         {"fonts", manifest.inputs.fonts},
                         {"inputs", hashes_json(manifest.inputs.files)},
                         {"outputs", hashes_json(manifest.outputs)},
                         {"warnings", warnings}};
  return document.dump(1) + "\n";
}

std::optional<BuildManifest> parse_build_manifest(std::string_view text) {
  try {
    const json document = json::parse(text);
    if (document.at("format").get<std::string>() != manifest_format) return std::nullopt;
    BuildManifest manifest;
    manifest.inputs.oitgen = document.at("oitgen").get<std::string>();
    manifest.inputs.today = document.at("today").get<std::string>();
    // Absent from the manifests of builds without documents.
    if (document.contains("font_files"))
      manifest.inputs.font_files = document.at("font_files").get<std::vector<std::string>>();
    if (document.contains("fonts")) manifest.inputs.fonts = document.at("fonts").get<std::string>();
    manifest.inputs.files = hashes_of(document.at("inputs"));
    manifest.outputs = hashes_of(document.at("outputs"));
    for (const auto& warning : document.at("warnings")) {
      Diagnostic d;
      d.severity = Severity::warning;
      d.file = warning.at("file").get<std::string>();
      d.pos = {warning.at("line").get<int>(), warning.at("column").get<int>()};
      d.code = warning.at("code").get<std::string>();
      d.message = warning.at("message").get<std::string>();
      d.suggestion = warning.at("suggestion").get<std::string>();
      manifest.warnings.push_back(std::move(d));
    }
    for (const auto& [path, hash] : manifest.outputs)
      if (!is_contained_path(path) || hash.size() != 64) return std::nullopt;
    return manifest;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

std::optional<OutputHashes> hash_output_folder(const fs::path& folder) {
  OutputHashes hashes;
  const bool read = hash_tree(folder, "", hashes, [](const std::string&) { return false; });
  if (!read) return std::nullopt;
  hashes.erase(output_marker_name);
  hashes.erase(build_manifest_name);
  return hashes;
}

std::optional<std::string> first_difference(const OutputHashes& listed, const OutputHashes& held) {
  auto a = listed.begin();
  auto b = held.begin();
  while (a != listed.end() || b != held.end()) {
    if (b == held.end() || (a != listed.end() && a->first < b->first))
      return a->first + " was removed";
    if (a == listed.end() || b->first < a->first) return b->first + " was added";
    if (a->second != b->second) return a->first + " was changed";
    ++a;
    ++b;
  }
  return std::nullopt;
}

std::unique_ptr<ChangedPages> ChangedPages::make(const Site& site,
                                                 const std::vector<std::string>& changed,
                                                 StagedOutput& output) {
  std::unordered_set<std::string> whole_plans;    // plan ids
  std::unordered_set<std::string> changed_pages;  // site paths
  for (const auto& path : changed) {
    const std::string thai = thai_file(path);
    // An ITA year shows on its page, the home page and the open data, always rendered.
    bool known = path.starts_with("content/ita/");
    for (const auto& plan : site.plans) {
      const std::string folder = "content/plans/" + plan.id + "/";
      if (!path.starts_with(folder)) continue;
      const std::string inside = path.substr(folder.size());
      if (inside.starts_with("reports/") || inside.starts_with("risks/")) {
        whole_plans.insert(plan.id);
        known = true;
      }
      for (const auto& project : plan.projects)
        if (project.source.file == thai) {
          changed_pages.insert(project_path(plan, project));
          changed_pages.insert(plan_path(plan));
          for (const auto& report : plan.reports) changed_pages.insert(report_path(plan, report));
          for (const auto& assessment : plan.risk_assessments)
            changed_pages.insert(risk_assessment_path(plan, assessment));
          known = true;
        }
    }
    for (const auto* documents : {&site.pages, &site.news})
      for (const auto& document : *documents)
        if (document.source.file == thai) {
          changed_pages.insert(documents == &site.pages ? page_path(document)
                                                        : news_path(document));
          known = true;
        }
    if (!known) return nullptr;
  }

  std::unique_ptr<ChangedPages> filter(new ChangedPages(output));
  auto add = [&](const std::string& page) {
    if (!changed_pages.contains(page)) filter->unchanged_.insert(page);
  };
  for (const auto& plan : site.plans) {
    if (whole_plans.contains(plan.id)) continue;
    add(plan_path(plan));
    for (const auto& project : plan.projects) add(project_path(plan, project));
    for (const auto& report : plan.reports) add(report_path(plan, report));
    for (const auto& assessment : plan.risk_assessments)
      add(risk_assessment_path(plan, assessment));
  }
  for (const auto& page : site.pages) add(page_path(page));
  for (const auto& item : site.news) add(news_path(item));
  return filter;
}

std::optional<std::uintmax_t> ChangedPages::kept_size(const std::string& file) const {
  std::error_code error;
  const std::uintmax_t size = fs::file_size(output_.staging() / file, error);
  if (error) return std::nullopt;
  return size;
}

std::optional<std::string> ChangedPages::kept_page(const std::string& file) const {
  // A page oitgen wrote; the bound is a page's, far above any page of a real site.
  return read_file(output_.staging() / file, limits::page);
}

bool ChangedPages::should_render(const std::string& file) {
  if (!unchanged_.contains(page_of(file)) || !output_.keep(file)) return true;
  ++kept_;
  return false;
}

}  // namespace oitgen
