#include "pipeline/sites.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <mutex>
#include <new>

#include "pipeline/pipeline.h"
#include "pipeline/site_output.h"
#include "util/i18n.h"
#include "util/parallel.h"
#include "util/text.h"
#include "write/atomic_file.h"
#include "write/folder_lock.h"
#include "write/leftovers.h"
#include "write/output_guard.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t previous_index_limit = std::size_t{64} << 20;  // 64 MiB: ~100,000 sites
constexpr std::string_view temporary_infix = ".tmp-";

bool holds_site(const fs::path& folder) {
  std::error_code error;
  return fs::exists(folder / "content" / "site.json", error);
}

fs::path normal_or_empty(const std::optional<fs::path>& path) {
  if (!path) return {};
  try {
    return normal_path(*path);
  } catch (const fs::filesystem_error&) {
    return {};
  }
}

// The themes that the sites of a run share, each loaded at its first use.
class SharedThemes : public ThemeSource {
 public:
  SharedThemes(fs::path folder, SitesObserver& observer, std::mutex& report_lock)
      : folder_(std::move(folder)), observer_(observer), report_lock_(report_lock) {}

  const Theme& theme(const std::string& name, Diagnostics& diags) override {
    const std::lock_guard lock(lock_);
    // site.json's check reports a name that is not an id; it never becomes a path.
    const std::string key = is_valid_id(name) ? name : "default";
    auto found = themes_.find(key);
    if (found == themes_.end()) {
      Loaded loaded;
      if (key != "default" && !fs::is_directory(folder_ / key)) {
        loaded.missing = true;
        loaded.theme = Theme::load(folder_, "default", loaded.diags, folder_);
      } else {
        loaded.theme = Theme::load(folder_, key, loaded.diags, folder_);
      }
      found = themes_.emplace(key, std::move(loaded)).first;
      if (!found->second.diags.all().empty()) {
        const std::lock_guard report(report_lock_);
        observer_.theme_problems(folder_, found->second.diags);
      }
    }
    const Loaded& loaded = found->second;
    const std::string shown = folder_.generic_string();
    if (loaded.missing)
      diags.error("content/site.json", {}, "theme.missing",
                  trf("theme {1} has no folder {2}/ in the shared theme folder {3} (--theme-dir); "
                      "use \"default\" or add the theme there",
                      {quote(name), key, shown}));
    const int errors = loaded.diags.error_count();
    if (errors > 0)
      diags.error("content/site.json", {}, "theme.errors",
                  errors == 1
                      ? trf("theme {1} of the shared theme folder {2} has 1 error, listed once "
                            "under {2}/{3}/",
                            {quote(key), shown, key})
                      : trf("theme {1} of the shared theme folder {2} has {4} errors, listed once "
                            "under {2}/{3}/",
                            {quote(key), shown, key, std::to_string(errors)}));
    return loaded.theme;
  }

 private:
  struct Loaded {
    Theme theme;
    Diagnostics diags;
    bool missing = false;
  };
  fs::path folder_;
  SitesObserver& observer_;
  std::mutex& report_lock_;
  std::mutex lock_;
  std::map<std::string, Loaded> themes_;  // a map: references to its themes stay valid
};

// `previous` is the site's row in the last index, if it has one: an unchanged site keeps it.
void build_site(SiteBuild& site, const SitesOptions& options, ThemeSource* themes,
                const SiteSummary* previous) {
  site.summary.id = site.name;
  const fs::path target = options.output / site.name;
  const OutputCheck where = check_build_output(site.folder, target);
  if (!where.refusal.empty()) {
    site.outcome = SiteOutcome::refused;
    site.problem = trf("refusing to write it into {1}: {2}; nothing was written for it",
                       {where.folder.string(), where.refusal});
    return;
  }
  PipelineOptions pipeline;
  pipeline.strict = options.strict;
  pipeline.documents = options.documents;
  pipeline.for_disk = options.for_disk;
  pipeline.themes = themes;
  // An unchanged site is skipped only when the last index has its row, which then stays.
  SiteOutput destination(site.folder, where.folder, previous != nullptr);
  try {
    const PipelineResult result = run_pipeline(site.folder, pipeline, site.diags, &destination);
    if (result.unchanged && previous) {
      site.outcome = SiteOutcome::built;
      site.unchanged = true;
      site.notes = destination.notes();
      site.summary = *previous;
      return;
    }
    const Site& loaded = result.checked.site;
    site.summary.name = loaded.config.organization.name;
    site.summary.province = loaded.config.organization.province;
    if (!result.built) return;
    site.outcome = SiteOutcome::built;
    site.pages = result.pages;
    site.notes = destination.notes();
    site.summary =
        summarize_site(site.name, loaded, result.checked.figures, result.pages, options.built_at);
  } catch (const OutputRefused& e) {
    site.outcome = SiteOutcome::refused;
    site.problem = std::string("refusing to write it into ") + e.what() +
                   " (it changed during the build); nothing was written for it";
  } catch (const std::bad_alloc&) {
    site.problem = "oitgen ran out of memory; its output was left as it was";
  } catch (const std::exception& e) {
    site.problem = std::string(e.what()) + "; its output was left as it was";
  }
}

// A failed site keeps the row of its last build, if the previous index has one: its output
// still shows that build.
SiteSummary failed_row(const SiteBuild& site, const std::map<std::string, SiteSummary>& previous,
                       const fs::path& output) {
  SiteSummary row = site.summary;
  if (const auto found = previous.find(site.name); found != previous.end()) row = found->second;
  row.id = site.name;
  row.built = false;
  std::error_code error;
  row.has_output = fs::is_regular_file(output / site.name / "index.html", error);
  if (row.name.th.empty()) row.name = site.summary.name;
  if (row.province.empty()) row.province = site.summary.province;
  return row;
}

std::map<std::string, SiteSummary> previous_rows(const fs::path& output) {
  std::map<std::string, SiteSummary> rows;
  if (const auto text = read_start(output / "sites.json", previous_index_limit))
    for (auto& row : parse_sites_json(*text)) rows.emplace(row.id, std::move(row));
  return rows;
}

// Each file is written beside its place and renamed over it, so that a reader sees the old
// file or the new one, whole.
void replace_file(const fs::path& folder, const std::string& name, std::string_view bytes) {
  const fs::path temporary =
      folder / ("." + name + std::string(temporary_infix) + std::to_string(::getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      throw std::runtime_error("cannot write " + temporary.string());
    }
  }
  fs::rename(temporary, folder / name);
}

// What a killed run left of its index files: ".index.html.tmp-PID". Only called under the
// output's lock, so that no running oitgen is writing one.
std::vector<std::string> remove_index_leftovers(const fs::path& output) {
  std::vector<std::string> notes;
  std::error_code error;
  for (auto it = fs::directory_iterator(output, error); !error && it != fs::directory_iterator();
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    const auto infix = name.find(temporary_infix);
    if (name.front() != '.' || infix == std::string::npos) continue;
    const std::string digits = name.substr(infix + temporary_infix.size());
    static constexpr std::array<std::string_view, 6> index_files = {
        "index.html", "index.en.html", "sites.json", "sites.csv", "style.css", "favicon.svg"};
    const std::string_view of = std::string_view(name).substr(1, infix - 1);
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos ||
        std::find(index_files.begin(), index_files.end(), of) == index_files.end())
      continue;
    std::error_code status_error;
    if (!fs::is_regular_file(it->symlink_status(status_error))) continue;
    std::error_code removed;
    fs::remove(it->path(), removed);
    if (!removed)
      notes.push_back("removed " + it->path().string() + ", left by an interrupted oitgen run");
  }
  return notes;
}

// Outputs beside the index whose site is no longer in the sites' folder: oitgen's, but kept,
// since the site may only have moved.
std::vector<std::string> stale_outputs(const SitesOptions& options,
                                       const std::vector<SiteBuild>& sites) {
  std::vector<std::string> notes;
  std::error_code error;
  for (auto it = fs::directory_iterator(options.output, error);
       !error && it != fs::directory_iterator(); it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code status_error;
    if (!is_valid_id(name) || !fs::is_directory(it->symlink_status(status_error)) ||
        !has_output_marker(it->path()))
      continue;
    const bool current = std::any_of(sites.begin(), sites.end(),
                                     [&](const SiteBuild& site) { return site.name == name; });
    if (!current)
      notes.push_back(it->path().string() + " is the output of a site that " +
                      options.sites_dir.generic_string() +
                      " no longer holds; it was left as it was (delete it when the site is gone)");
  }
  std::sort(notes.begin(), notes.end());
  return notes;
}

std::string index_problem(const Diagnostics& diags) {
  std::string problem = "the theme for the index has problems:";
  for (const auto& d : diags.sorted()) problem += " " + format_diagnostic(d) + ";";
  return problem;
}

}  // namespace

SitesResult find_sites(const SitesOptions& options) {
  SitesResult result;
  const fs::path output = normal_or_empty(options.output);
  const fs::path themes = normal_or_empty(options.themes_dir);
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(options.sites_dir))
    entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());
  for (const auto& path : entries) {
    const std::string name = path.filename().string();
    if (name.empty() || name.front() == '.') continue;  // hidden, and leftovers of killed runs
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (fs::is_symlink(status)) {
      if (!fs::is_directory(path, error)) continue;
      if (!holds_site(path)) {
        result.notes.push_back(path.generic_string() +
                               " is skipped: a link to a folder that holds no content/site.json");
        continue;
      }
      SiteBuild site;
      site.name = name;
      site.folder = path;
      site.summary.id = name;
      std::error_code link_error;
      site.problem = "is a symbolic link (to " + fs::read_symlink(path, link_error).string() +
                     "), not a folder: only the folders themselves of " +
                     options.sites_dir.generic_string() +
                     " are built, so that no link brings another folder into the output";
      result.sites.push_back(std::move(site));
      continue;
    }
    if (!fs::is_directory(status)) continue;  // a file beside the sites: a README
    bool ours = false;
    try {
      const fs::path normal = normal_path(path);
      ours = normal == output || normal == themes;
    } catch (const fs::filesystem_error&) {
    }
    if (ours) continue;
    if (!holds_site(path)) {
      result.notes.push_back(path.generic_string() +
                             " is skipped: it holds no content/site.json, so it is not a site");
      continue;
    }
    SiteBuild site;
    site.name = name;
    site.folder = path;
    if (is_valid_id(name))
      site.summary.id = name;
    else
      site.problem =
          "the folder's name is not a site id (a-z, 0-9 and \"-\", starting with a letter or a "
          "digit, at most 64): it names the site's folder in the output and its address; rename "
          "the folder";
    result.sites.push_back(std::move(site));
  }
  return result;
}

SitesResult build_sites(const SitesOptions& options, SitesObserver& observer) {
  SitesResult result = find_sites(options);
  fs::create_directories(options.output);
  // Taken before anything is written into the output, released when the run ends.
  const FolderLock lock = FolderLock::wait_for(options.output);
  if (!has_output_marker(options.output))
    create_file_whole(options.output / output_marker_name, output_marker_text(sites_output_maker));
  for (auto& note : remove_index_leftovers(options.output)) result.notes.push_back(std::move(note));
  // Staging and old folders of killed runs, also of sites that fail now or are gone (a site
  // that builds would remove its own); a running oitgen's are locked, and left alone.
  const Leftovers leftovers = remove_leftovers(
      options.output, [](const std::string& of) { return is_valid_id(of); },
      is_unmarked_site_output);
  for (auto& note : leftover_notes(leftovers)) result.notes.push_back(std::move(note));

  std::mutex report_lock;
  std::optional<SharedThemes> themes;
  if (options.themes_dir) themes.emplace(*options.themes_dir, observer, report_lock);
  {
    const std::lock_guard report(report_lock);
    observer.started(result.sites.size());
  }
  // One site per claim: sites take tenths of seconds each, and pages within a site are not
  // spread over threads meanwhile (parallel_for runs inner loops in the calling thread).
  const auto previous = previous_rows(options.output);
  parallel_for(
      result.sites.size(),
      [&](std::size_t i) {
        SiteBuild& site = result.sites[i];
        const auto row = previous.find(site.name);
        if (site.problem.empty())
          build_site(site, options, themes ? &*themes : nullptr,
                     row != previous.end() && row->second.built ? &row->second : nullptr);
        const std::lock_guard report(report_lock);
        observer.finished(site);
      },
      1);

  std::vector<SiteSummary> rows;
  for (const auto& site : result.sites) {
    result.pages += site.pages;
    if (!is_valid_id(site.name)) continue;  // it has no folder in the output to show
    rows.push_back(site.outcome == SiteOutcome::built ? site.summary
                                                      : failed_row(site, previous, options.output));
  }
  for (auto& note : stale_outputs(options, result.sites)) result.notes.push_back(std::move(note));

  Diagnostics theme_diags;
  std::optional<Theme> own_theme;
  const Theme& theme =
      themes ? themes->theme("default", theme_diags)
             : own_theme.emplace(Theme::load(options.sites_dir, "default", theme_diags));
  if (theme_diags.error_count() > 0) {
    result.index_problem = index_problem(theme_diags);
    return result;
  }
  try {
    // The data first, the pages that link to it last.
    for (const auto& file : sites_index_files(rows, options.built_at, theme, options.for_disk))
      replace_file(options.output, file.path, file.bytes);
  } catch (const std::exception& e) {
    result.index_problem = e.what();
  }
  return result;
}

}  // namespace oitgen
