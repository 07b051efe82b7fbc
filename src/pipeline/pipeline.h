#pragma once
// The one pipeline every command runs: load → validate → compute → render → write. check stops
// after compute; build, archive and serve differ only in where the site is written.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compute/figures.h"
#include "diagnostics/diagnostics.h"
#include "model/framework.h"
#include "model/site.h"
#include "render/output_sink.h"
#include "render/page_filter.h"
#include "render/theme.h"

namespace oitgen {

struct CheckedSite {
  Site site;                          // as loaded: the whole site, whatever was rendered
  std::vector<Framework> frameworks;  // shipped and the site's own
  Figures figures;                    // of the site as loaded, for today
};

// Themes loaded once and shared by the sites of one run (`build --sites --theme-dir`).
class ThemeSource {
 public:
  virtual ~ThemeSource() = default;
  // The theme of this name; its problems, or a word that it has some, go to `diags`. Called
  // from several threads at once.
  virtual const Theme& theme(const std::string& name, Diagnostics& diags) = 0;
};

// The steps of a build, told as they start and end (a progress line on a terminal, the times
// of --verbose). Called on the thread that runs the pipeline.
enum class PipelineStep { check, documents, pages, commit };
class PipelineObserver {
 public:
  virtual ~PipelineObserver() = default;
  virtual void started(PipelineStep step) = 0;
  virtual void finished(PipelineStep step) = 0;
};

struct PipelineOptions {
  bool strict = false;  // warnings stop the build as errors do
  // Where the site's theme comes from; none: the site's own themes/ (Theme::load).
  ThemeSource* themes = nullptr;
  // Renders the site as it stood at the end of this fiscal year, at its archived address
  // (archive/<year>/ under the base URL): reports, ITA years, news, notices and links of later
  // years are left out. The checks still cover the whole site.
  std::optional<int> as_of_year;
  // Non-empty: the site's address for this build instead of site.json's base_url (a staging
  // copy); every absolute URL follows it, nothing else changes.
  std::string base_url;
  // Links written to open from the disk (…/index.html, relative), for a copy read without a
  // web server.
  bool for_disk = false;
  // The printable documents (PDF) beside their pages; `build --no-pdf` leaves them out.
  bool documents = true;
  // The day the figures are computed for (report deadlines, the current fiscal year). Set by
  // run_pipeline() once, from the clock, so that the whole build, its manifest too, sees one
  // day even when it runs across midnight.
  Date today;
  PipelineObserver* observer = nullptr;
};

// Where a built site goes. It is opened only once the content and the theme have no errors,
// so that a failed build touches nothing; a site's output folder (pipeline/site_output.h), a
// yearly snapshot (archive/) and the live preview (serve/) implement it.
class Destination {
 public:
  virtual ~Destination() = default;
  // Called once, before the first file; may throw to refuse (nothing is written then).
  virtual OutputSink& open(const CheckedSite& checked) = 0;
  // Called once every file is written: puts the site in place.
  virtual void commit() = 0;
  // Asked first, before anything is read: true when what it holds was built from exactly the
  // inputs there are now (pipeline/incremental.h); the pipeline then stops, and the
  // destination has put what that build reported into the diagnostics again.
  virtual bool up_to_date(const PipelineOptions& /*options*/, Diagnostics& /*diags*/) {
    return false;
  }
  // Once opened: which pages to render (nothing: all of them).
  virtual PageFilter* filter() { return nullptr; }
};

struct PipelineResult {
  CheckedSite checked;
  bool built = false;      // the destination was committed
  bool unchanged = false;  // the destination was up to date: nothing was read or written
  int pages = 0;           // HTML pages written
};

// Runs the pipeline; every problem of the content and the theme goes to `diags`. Without a
// destination (check, publish) it stops after compute; with one, it renders and commits only
// when there are no errors (and, with `strict`, no warnings). Throws std::runtime_error (and
// what the destination throws) when rendering or writing fails: nothing is committed then.
PipelineResult run_pipeline(const std::filesystem::path& site_dir, const PipelineOptions& options,
                            Diagnostics& diags, Destination* destination = nullptr);

}  // namespace oitgen
