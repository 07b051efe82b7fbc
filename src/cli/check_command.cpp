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

int check_command(const CheckArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  if (positional.size() > 1) {
    err << trf("oitgen {1}: takes one site folder, not {2}",
               {"check", std::to_string(positional.size())})
        << "\n";
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
  console.report(diags, prefix);

  bool unserved = false;
  // The coverage is what --oit asks for: data on standard output, unless the diagnostics are.
  std::ostream& coverage =
      console.options().format == MessageFormat::human ? console.data() : console.info();
  if (args.oit) {
    if (checked.figures.oit) {
      print_oit_coverage(*checked.figures.oit, coverage);
      unserved = checked.figures.oit->served < checked.figures.oit->total;
    } else {
      const OitChoice choice = choose_oit_framework(site.config, checked.frameworks,
                                                    checked.figures.current_fiscal_year);
      coverage << "OIT: " << missing_framework_message(choice) << "\n";
      unserved = true;
    }
  }

  int broken_links = 0;
  if (args.links) {
    const fs::path output = site_dir / "output";
    if (!fs::is_directory(output)) {
      err << trf("oitgen {1}: {2} does not exist; run oitgen build first",
                 {"check --links", output.generic_string()})
          << "\n";
      return 1;
    }
    LinkCheckOptions options;
    options.base_url = site.config.base_url;
    options.timeout_seconds = args.timeout > 0 ? args.timeout : 10;
    const LinkReport report = check_links(output, options);
    for (const auto& problem : report.problems)
      err << (problem.broken ? tr("broken link: ") : tr("note: ")) << prefix << "output/"
          << problem.page << ": " << problem.link << ": " << problem.problem << "\n";
    for (const auto& file : report.unreadable)
      err << tr("error") << ": " << prefix << "output/" << file.path << ": " << file.problem
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
        << (args.strict && unserved ? tr(" (--strict: unserved OIT items fail)") : "") << "\n";
    return args.strict && unserved ? 1 : 0;
  }
  out << trf("checked {1}: {2}, {3}", {where, count_of_errors(errors), count_of_warnings(warnings)})
      << (args.strict && unserved       ? tr(" (--strict: warnings and unserved OIT items fail)")
          : args.strict && warnings > 0 ? tr(" (--strict: warnings fail)")
                                        : "")
      << "\n";
  return errors > 0 || (args.strict && (warnings > 0 || unserved)) ? 1 : 0;
}

}  // namespace oitgen
