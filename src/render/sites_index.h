#pragma once
// The index of the sites that `oitgen build --sites` puts in one folder: a page in Thai and in
// English, and the same rows as open data (sites.json, sites.csv). Each row holds a site's
// figures as compute made them; this view only picks and formats them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/figures.h"
#include "model/site.h"
#include "render/open_data.h"
#include "render/theme.h"

namespace oitgen {

struct SiteSummary {
  std::string id;  // the site's folder name: its output is <id>/ beside the index
  // Whether the latest run built it. A site that failed keeps the figures and build time of
  // its last build (what its output still shows), or has none.
  bool built = false;
  std::string built_at;     // when its output was built: ISO 8601 in UTC; empty: never
  bool has_output = false;  // <id>/ holds a build to link to
  Text name;                // the organization's; empty when not known
  std::string province;
  int pages = 0;

  struct LatestReport {
    std::string plan, report;
    int fiscal_year = 0;
    std::string round;  // "6-month", "12-month"
    std::optional<double> implementation_level;
  };
  std::optional<LatestReport> report;

  struct ItaResult {
    int year = 0;
    std::optional<double> score;
    std::string level;
    std::string level_source;  // "announced" or "computed"
  };
  std::optional<ItaResult> ita;

  struct OitServed {
    int assessment_year = 0;
    int served = 0;
    int total = 0;
  };
  std::optional<OitServed> oit;
};

// A built site's row: the report and the ITA result its home page shows, its OIT coverage.
SiteSummary summarize_site(std::string id, const Site& site, const Figures& figures, int pages,
                           std::string built_at);

// The rows of a sites.json that sites_index_files wrote, by id; rows that are not of that shape
// are left out (the file is the output's own, but a hand may have changed it).
std::vector<SiteSummary> parse_sites_json(std::string_view text);

// index.html (Thai), index.en.html, sites.json, sites.csv and style.css (the theme's
// assets/style.css); every name holds a dot, so that none can be a site's folder. `sites` in
// the order to show; `built_at` is the run's time, ISO 8601 in UTC; `for_disk`: links to the
// sites name their index.html, as a copy opened from a disk needs. Throws std::runtime_error
// when the theme cannot render the page.
std::vector<DataFile> sites_index_files(const std::vector<SiteSummary>& sites,
                                        const std::string& built_at, const Theme& theme,
                                        bool for_disk = false);

// "2026-12-02T03:57:11Z" for a time in seconds since 1970 (UTC).
std::string iso_utc(long long seconds);

}  // namespace oitgen
