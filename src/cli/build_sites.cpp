#include "cli/build_sites.h"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cli/messages.h"
#include "pipeline/sites.h"
#include "util/i18n.h"
#include "write/output_guard.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// Prints each site as it ends: its diagnostics, then "built SITE: N pages" or "failed SITE: N
// errors". On a terminal a bar on standard error counts the sites and pages instead of the
// lines of the sites that built (those that fail are always told).
class SitesReport : public SitesObserver {
 public:
  SitesReport(Console& console, bool bar)
      : console_(console), out_(console.info()), bar_(bar), lines_(!bar) {}

  void started(std::size_t sites) override {
    total_ = sites;
    draw();
  }

  void theme_problems(const fs::path& themes_dir, const Diagnostics& diags) override {
    clear();
    console_.report(diags, display_prefix(themes_dir));
    out_.flush();
    draw();
  }

  void finished(const SiteBuild& site) override {
    ++done_;
    pages_ += site.pages;
    clear();
    console_.report(site.diags, display_prefix(site.folder));
    if (!site.problem.empty())
      console_.error() << site.folder.generic_string() << ": " << tr("error") << ": "
                       << site.problem << "\n";
    for (const auto& note : site.notes) out_ << tr("note: ") << note << "\n";
    const bool built = site.outcome == SiteOutcome::built;
    if (lines_ || !built) {
      std::ostream& line = built ? out_ : console_.error();
      const int errors = site.diags.error_count();
      const int warnings = site.diags.warning_count();
      if (built && site.unchanged)
        line << trf("unchanged {1}: nothing was written", {site.name});
      else if (built)
        line << trf("built {1}: {2}", {site.name, count_of(site.pages, "{1} page", "{1} pages")});
      else if (site.outcome == SiteOutcome::refused)
        line << trf("refused {1}: nothing was written for it", {site.name});
      else
        line << trf("failed {1}: {2}",
                    {site.name, count_of_errors(errors + (site.problem.empty() ? 0 : 1))});
      if (warnings > 0) line << ", " << count_of_warnings(warnings);
      line << "\n";
    }
    out_.flush();
    draw();
  }

  void end() { clear(); }

 private:
  void draw() {
    if (!bar_) return;
    constexpr std::size_t width = 24;
    const std::size_t filled = total_ ? width * done_ / total_ : width;
    console_.draw("\r[" + std::string(filled, '#') + std::string(width - filled, ' ') + "] " +
                  trf("{1}/{2} sites, {3}", {std::to_string(done_), std::to_string(total_),
                                             count_of(pages_, "{1} page", "{1} pages")}));
    drawn_ = true;
  }

  void clear() {
    if (!drawn_) return;
    console_.draw("\r\x1b[K");  // back to the line's start, and erase it
    drawn_ = false;
  }

  Console& console_;
  std::ostream& out_;
  bool bar_;
  bool lines_;
  bool drawn_ = false;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  long long pages_ = 0;
};

// The run's time: SOURCE_DATE_EPOCH when set (reproducible builds), else now.
std::string run_time() {
  if (const char* set = std::getenv("SOURCE_DATE_EPOCH")) {
    const std::string_view text(set);
    long long seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error == std::errc{} && end == text.data() + text.size() && seconds >= 0)
      return iso_utc(seconds);
  }
  return iso_utc(std::chrono::duration_cast<std::chrono::seconds>(
                     std::chrono::system_clock::now().time_since_epoch())
                     .count());
}

}  // namespace

int build_sites_command(const fs::path& sites_dir, const std::optional<fs::path>& output,
                        const std::optional<fs::path>& themes_dir, const SitesFlags& flags,
                        Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  if (!fs::is_directory(sites_dir)) {
    err << trf("oitgen {1}: {2} is not a folder", {"build", sites_dir.generic_string()}) << "\n";
    return 2;
  }
  if (themes_dir && !fs::is_directory(*themes_dir)) {
    err << trf("oitgen {1}: {2} is not a folder",
               {"build --theme-dir", themes_dir->generic_string()})
        << "\n";
    return 2;
  }
  const fs::path target = output.value_or(sites_dir / "output");
  const auto started = std::chrono::steady_clock::now();
  const OutputCheck where = check_sites_output(sites_dir, target);
  if (!where.refusal.empty()) {
    err << trf("oitgen build: refusing to write the sites into {1}: {2}. Nothing was written. "
               "Choose an empty or new folder, or one that oitgen build --sites made (the default "
               "is {3}).",
               {target.generic_string(), where.refusal,
                (sites_dir / "output").lexically_normal().generic_string()})
        << "\n";
    return 2;
  }

  SitesOptions options;
  options.sites_dir = sites_dir;
  options.output = where.folder;
  options.themes_dir = themes_dir;
  options.strict = flags.strict;
  options.documents = flags.documents;
  options.for_disk = flags.for_disk;
  options.built_at = run_time();
  SitesReport report(console, console.progress() && !std::getenv("CI"));
  SitesResult result;
  try {
    result = build_sites(options, report);
  } catch (...) {
    report.end();
    throw;
  }
  report.end();

  for (const auto& note : result.notes) out << tr("note: ") << note << "\n";
  std::size_t built = 0;
  bool refused = false;
  std::string failed;
  for (const auto& site : result.sites) {
    if (site.outcome == SiteOutcome::built) {
      ++built;
      continue;
    }
    refused = refused || site.outcome == SiteOutcome::refused;
    failed += (failed.empty() ? "" : ", ") + site.name;
  }
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  fs::path shown_path = target.lexically_normal();
  while (shown_path.has_relative_path() && shown_path.filename().empty())
    shown_path = shown_path.parent_path();
  const std::string shown = shown_path.generic_string();
  out << trf(
      "built {1} of {2}, {3}, into {4} in {5} ms",
      {std::to_string(built),
       count_of(static_cast<long long>(result.sites.size()), "{1} site", "{1} sites"),
       count_of(result.pages, "{1} page", "{1} pages"), shown, std::to_string(elapsed.count())});
  if (!failed.empty()) out << trf("; not built: {1} (each output left as it was)", {failed});
  out << "\n";
  if (!result.index_problem.empty())
    err << tr("error") << ": "
        << trf("the index of the sites was not written: {1}; the previous one was left as it was",
               {result.index_problem})
        << "\n";
  if (refused) return 2;
  return failed.empty() && result.index_problem.empty() ? 0 : 1;
}

}  // namespace oitgen
