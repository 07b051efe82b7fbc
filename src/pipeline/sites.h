#pragma once
// `oitgen build --sites`: every site folder of one folder, each through the pipeline into its
// own output beside the others, in parallel, and an index of them all.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "render/sites_index.h"

namespace oitgen {

struct SitesOptions {
  std::filesystem::path sites_dir;
  std::filesystem::path output;  // has passed check_sites_output() (write/output_guard.h)
  // --theme-dir: themes/<name>/ of every site come from here, loaded once for all of them.
  std::optional<std::filesystem::path> themes_dir;
  bool strict = false;
  bool documents = true;  // the printable documents (PDF) of each site
  bool for_disk = false;  // links that name index.html, for a copy on a disk
  std::string built_at;   // the run's time, ISO 8601 in UTC, for the index
};

enum class SiteOutcome {
  built,
  failed,   // its content, its theme or its folder: the output was left as it was
  refused,  // its output folder is not oitgen's to replace: nothing was written
};

struct SiteBuild {
  std::string name;              // the folder's name under the sites' folder
  std::filesystem::path folder;  // sites_dir / name
  SiteOutcome outcome = SiteOutcome::failed;
  Diagnostics diags;               // of its content and theme
  std::string problem;             // why it failed or was refused, where diags do not say
  std::vector<std::string> notes;  // leftovers removed, ...
  int pages = 0;
  bool unchanged = false;  // built before from the same inputs: nothing was written
  SiteSummary summary;     // its row in the index (figures when built)
};

// What a run tells while it goes. Calls come from the threads that build the sites, one at a
// time.
class SitesObserver {
 public:
  virtual ~SitesObserver() = default;
  virtual void started(std::size_t sites) = 0;
  // A shared theme's own problems, once; each site that uses it fails with a word about them.
  virtual void theme_problems(const std::filesystem::path& themes_dir,
                              const Diagnostics& diags) = 0;
  virtual void finished(const SiteBuild& site) = 0;
};

struct SitesResult {
  std::vector<SiteBuild> sites;    // by folder name
  std::vector<std::string> notes;  // folders that are not sites, outputs of sites gone
  // The index could not be written (its theme, a write): why; the previous one stays.
  std::string index_problem;
  int pages = 0;
};

// The site folders of `sites_dir`: each folder (not hidden, not a link) that holds
// content/site.json. Its name must be a site id, since it names the site's output folder.
// Folders that are not sites are notes; the output and theme folders are left out.
SitesResult find_sites(const SitesOptions& options);

// Builds every site of find_sites() into output/<name>/, each swapped in on its own when it
// built, on up to worker_count() threads, then writes the index (index.html, index.en.html,
// sites.json, sites.csv) into the output. Holds a lock on the output folder meanwhile, so that
// two runs into the same folder take turns.
SitesResult build_sites(const SitesOptions& options, SitesObserver& observer);

}  // namespace oitgen
