#include "cli/check_command.h"

#include <filesystem>

#include "check/links.h"
#include "cli/messages.h"
#include "cli/oit_report.h"
#include "cli/site_folder.h"
#include "model/oit_reference.h"
#include "pipeline/pipeline.h"
#include "util/i18n.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr const char* usage = R"(usage: oitgen check [SITE_DIR] [--oit] [--links] [--strict]

Checks a site folder (default: the nearest folder from the current one upward that holds
content/site.json): reads every file, reports every problem as FILE:LINE:COLUMN:
error|warning: message, and compares the totals the plan declares with the ones its projects
add up to.

  --oit      also print the OIT checklist coverage for the assessment year (site.json's
             oit_year, else its current fiscal year): every item that is missing or outdated,
             and what would serve it; items not yet confirmed against the NACC's manual are
             marked
  --links    also check every link of the built site (SITE_DIR/output): internal ones on
             disk, external ones over the network, 8 at a time
  --timeout SECONDS
             with --links: how long to wait for each external link (default 10)
  --strict   treat warnings as errors, and with --oit missing or outdated items too
  --help     show this text

Exit status: 0 no errors, 1 errors or broken links (or warnings or unserved OIT items with
--strict), 2 wrong usage.
)";

std::string content_summary(const Site& site) {
  int projects = 0;
  int reports = 0;
  for (const auto& plan : site.plans) {
    projects += static_cast<int>(plan.projects.size());
    reports += static_cast<int>(plan.reports.size());
  }
  return trf(
      "{1}, {2}, {3}, {4}, {5}, {6}, {7}",
      {count_of(static_cast<int>(site.plans.size()), "{1} plan", "{1} plans"),
       count_of(projects, "{1} project", "{1} projects"),
       count_of(reports, "{1} report", "{1} reports"),
       count_of(static_cast<int>(site.ita.size()), "{1} ITA year", "{1} ITA years"),
       site.no_gift_policy ? tr("the No Gift Policy notice") : tr("no No Gift Policy notice"),
       count_of(static_cast<int>(site.pages.size()), "{1} page", "{1} pages"),
       count_of(static_cast<int>(site.news.size()), "{1} news item", "{1} news items")});
}

}  // namespace

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  bool strict = false;
  bool oit = false;
  bool links = false;
  std::vector<std::string> positional;
  long timeout = 10;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out << usage;
      return 0;
    }
    if (arg == "--strict") {
      strict = true;
    } else if (arg == "--oit") {
      oit = true;
    } else if (arg == "--links") {
      links = true;
    } else if (arg == "--timeout" && i + 1 < args.size()) {
      timeout = std::atol(args[++i].c_str());
    } else if (arg.size() > 1 && arg[0] == '-') {
      err << trf("oitgen {1}: unknown option {2}", {"check", arg}) << "\n" << usage;
      return 2;
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() > 1) {
    err << trf("oitgen {1}: takes one site folder, not {2}",
               {"check", std::to_string(positional.size())})
        << "\n"
        << usage;
    return 2;
  }
  const fs::path site_dir =
      site_folder(positional.empty() ? std::nullopt : std::optional(positional[0]));
  if (!fs::is_directory(site_dir)) {
    err << trf("oitgen {1}: {2} is not a folder", {"check", site_dir.generic_string()}) << "\n";
    return 2;
  }

  Diagnostics diags;
  const CheckedSite checked = run_pipeline(site_dir, {}, diags).checked;
  const Site& site = checked.site;
  const std::string prefix = display_prefix(site_dir);
  print_diagnostics(diags, prefix, out);

  bool unserved = false;
  if (oit) {
    if (checked.figures.oit) {
      print_oit_coverage(*checked.figures.oit, out);
      unserved = checked.figures.oit->served < checked.figures.oit->total;
    } else {
      const OitChoice choice = choose_oit_framework(site.config, checked.frameworks,
                                                    checked.figures.current_fiscal_year);
      out << "OIT: " << missing_framework_message(choice) << "\n";
      unserved = true;
    }
  }

  int broken_links = 0;
  if (links) {
    const fs::path output = site_dir / "output";
    if (!fs::is_directory(output)) {
      err << trf("oitgen {1}: {2} does not exist; run oitgen build first",
                 {"check --links", output.generic_string()})
          << "\n";
      return 1;
    }
    LinkCheckOptions options;
    options.base_url = site.config.base_url;
    options.timeout_seconds = timeout > 0 ? timeout : 10;
    const LinkReport report = check_links(output, options);
    for (const auto& problem : report.problems)
      out << (problem.broken ? tr("broken link: ") : tr("note: ")) << prefix << "output/"
          << problem.page << ": " << problem.link << ": " << problem.problem << "\n";
    for (const auto& file : report.unreadable)
      out << tr("error") << ": " << prefix << "output/" << file.path << ": " << file.problem
          << "\n";
    broken_links = report.broken() + static_cast<int>(report.unreadable.size());
    out << trf("links: {1}, {2} internal and {3} external links, {4} broken",
               {count_of(report.pages, "{1} page", "{1} pages"), std::to_string(report.internal),
                std::to_string(report.external), std::to_string(broken_links)})
        << "\n";
  }

  const int errors = diags.error_count() + broken_links;
  const int warnings = diags.warning_count();
  const std::string where = prefix.empty() ? "content" : prefix + "content";
  if (errors == 0 && warnings == 0) {
    out << trf("checked {1}: {2}; no problems found", {where, content_summary(site)})
        << (strict && unserved ? tr(" (--strict: unserved OIT items fail)") : "") << "\n";
    return strict && unserved ? 1 : 0;
  }
  out << trf("checked {1}: {2}, {3}", {where, count_of_errors(errors), count_of_warnings(warnings)})
      << (strict && unserved       ? tr(" (--strict: warnings and unserved OIT items fail)")
          : strict && warnings > 0 ? tr(" (--strict: warnings fail)")
                                   : "")
      << "\n";
  return errors > 0 || (strict && (warnings > 0 || unserved)) ? 1 : 0;
}

}  // namespace oitgen
