#include "cli/build_command.h"

#include <chrono>
#include <filesystem>

#include "cli/build_sites.h"
#include "cli/messages.h"
#include "cli/site_folder.h"
#include "pipeline/site_output.h"
#include "util/i18n.h"
#include "util/url.h"
#include "write/output_guard.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr const char* usage =
    R"(usage: oitgen build [SITE_DIR] [--output DIR] [--strict] [--no-pdf] [--for-disk]
                    [--base-url URL]
       oitgen build --sites DIR [--output OUT] [--theme-dir THEMES] [--strict] [--no-pdf]
                    [--for-disk]

Checks the site folder (default: the nearest folder from the current one upward that holds
content/site.json) and renders it with its theme into SITE_DIR/output/ (or DIR). The site is written to a new folder first and
takes the place of the old output in one step only when the whole build succeeded: a build
that fails leaves the previous output exactly as it was.

oitgen replaces only a folder that it built (it holds an .oitgen-output file) or an empty
one; DIR may not be the site folder, its content/ folder or a folder inside it, nor a folder
that holds the site.

  --output DIR   write the site here instead of SITE_DIR/output
  --strict       treat warnings as errors
  --no-pdf       leave out the printable documents (the PDF memo, plan, ITA measures
                 report and notice beside their pages)
  --for-disk     links that name index.html, for a copy opened from a disk (file://)
  --base-url URL build for this address instead of site.json's base_url (a staging copy)
  --help         show this text

With --sites, every folder of DIR that holds content/site.json is a site, built into
OUT/<folder>/ (OUT: DIR/output by default), each on its own: a site that fails is reported
and keeps its previous output, and the others are built. OUT/index.html (Thai),
OUT/index.en.html, OUT/sites.json and OUT/sites.csv list every site with its figures. A folder
name must be a site id (a-z, 0-9, "-"); links and hidden folders are not built. --strict,
--no-pdf and --for-disk apply to every site (and --for-disk to the index's links too);
--base-url, one site's address, does not go with --sites.

  --sites DIR          build every site folder of DIR, in parallel (OITGEN_THREADS)
  --theme-dir THEMES   take every site's theme from THEMES/<name>/ instead of its own
                       themes/<name>/, loaded once for all sites

Exit status: 0 built, 1 errors (nothing written; with --sites: some site not built), 2 wrong
usage or an output folder oitgen may not replace (nothing written).
)";

fs::path without_trailing_slash(fs::path path) {
  while (path.has_relative_path() && path.filename().empty()) path = path.parent_path();
  return path;
}

// The path as the user gave it, and as it resolves when that differs.
std::string shown_path(const fs::path& given, const fs::path& resolved) {
  const fs::path plain = without_trailing_slash(fs::absolute(given).lexically_normal());
  return given.generic_string() +
         (plain == resolved ? "" : trf(" (that is {1})", {resolved.generic_string()}));
}

// `what` is "PATH: why".
int refuse(const std::string& what, const fs::path& site_dir, std::ostream& err) {
  err << trf("oitgen build: refusing to write the site into {1}. Nothing was written. Choose an "
             "empty or new folder, or one that oitgen built (the default is {2}).",
             {what, (site_dir / "output").lexically_normal().generic_string()})
      << "\n";
  return 2;
}

}  // namespace

int build_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  bool strict = false;
  bool documents = true;
  bool for_disk = false;
  std::string base_url;
  std::optional<fs::path> output_dir;
  std::optional<fs::path> sites_dir;
  std::optional<fs::path> themes_dir;
  std::vector<std::string> positional;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out << usage;
      return 0;
    }
    if (arg == "--strict") {
      strict = true;
    } else if (arg == "--no-pdf") {
      documents = false;
    } else if (arg == "--for-disk") {
      for_disk = true;
    } else if (arg == "--base-url") {
      if (i + 1 == args.size() || !is_absolute_http_url(args[i + 1])) {
        err << trf("oitgen build: --base-url needs an absolute http or https URL, such as "
                   "{1}\n",
                   {"https://staging.example.go.th/ita/"})
            << usage;
        return 2;
      }
      base_url = args[++i];
      if (!base_url.ends_with('/')) base_url += '/';
    } else if (arg == "--output") {
      if (i + 1 == args.size()) {
        err << tr("oitgen build: --output needs a folder") << "\n" << usage;
        return 2;
      }
      output_dir = args[++i];
    } else if (arg == "--sites" || arg == "--theme-dir") {
      if (i + 1 == args.size()) {
        err << trf("oitgen build: {1} needs a folder", {arg}) << "\n" << usage;
        return 2;
      }
      (arg == "--sites" ? sites_dir : themes_dir) = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      err << trf("oitgen {1}: unknown option {2}", {"build", arg}) << "\n" << usage;
      return 2;
    } else {
      positional.push_back(arg);
    }
  }
  if (sites_dir) {
    if (!positional.empty()) {
      err << tr("oitgen build: --sites takes the folder of the sites, not a site folder too")
          << "\n"
          << usage;
      return 2;
    }
    if (!base_url.empty()) {
      err << tr("oitgen build: --base-url names one site's address; it does not go with --sites")
          << "\n"
          << usage;
      return 2;
    }
    return build_sites_command(*sites_dir, output_dir, themes_dir, {strict, documents, for_disk},
                               out, err);
  }
  if (themes_dir) {
    err << tr("oitgen build: --theme-dir goes with --sites") << "\n" << usage;
    return 2;
  }
  if (positional.size() > 1) {
    err << trf("oitgen {1}: takes one site folder, not {2}",
               {"build", std::to_string(positional.size())})
        << "\n"
        << usage;
    return 2;
  }
  const fs::path site_dir =
      site_folder(positional.empty() ? std::nullopt : std::optional(positional[0]));
  if (!fs::is_directory(site_dir)) {
    err << trf("oitgen {1}: {2} is not a folder", {"build", site_dir.generic_string()}) << "\n";
    return 2;
  }
  const fs::path target = output_dir.value_or(site_dir / "output");
  const auto started = std::chrono::steady_clock::now();
  const OutputCheck where = check_build_output(site_dir, target);
  if (!where.refusal.empty())
    return refuse(shown_path(target, where.folder) + ": " + where.refusal, site_dir, err);

  PipelineOptions options;
  options.strict = strict;
  options.documents = documents;
  options.for_disk = for_disk;
  options.base_url = base_url;
  Diagnostics diags;
  SiteOutput destination(site_dir, where.folder);
  const std::string prefix = display_prefix(site_dir);
  try {
    const PipelineResult result = run_pipeline(site_dir, options, diags, &destination);
    print_diagnostics(diags, prefix, out);
    const int errors = diags.error_count();
    const int warnings = diags.warning_count();
    const std::string shown_target =
        without_trailing_slash(target.lexically_normal()).generic_string();
    if (result.unchanged) {
      out << trf("unchanged: {1} was built from exactly this content; nothing was written",
                 {shown_target})
          << (warnings > 0 ? tr(" (with warnings)") : "") << "\n";
      for (const auto& note : destination.notes()) out << tr("note: ") << note << "\n";
      return 0;
    }
    if (!result.built) {
      out << trf("build failed: {1}, {2}; {3} was left as it was",
                 {count_of_errors(errors), count_of_warnings(warnings), target.generic_string()})
          << "\n";
      return 1;
    }
    for (const auto& note : destination.notes()) out << tr("note: ") << note << "\n";
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    out << trn("built {1} page into {2} in {3} ms", "built {1} pages into {2} in {3} ms",
               static_cast<unsigned long>(result.pages),
               {std::to_string(result.pages), shown_target, std::to_string(elapsed.count())});
    if (const int kept = destination.files_kept(); kept > 0) {
      const int written = destination.files() - kept;
      out << trn(": {1} rendered, {2} file written, {3} unchanged",
                 ": {1} rendered, {2} files written, {3} unchanged",
                 static_cast<unsigned long>(written),
                 {std::to_string(result.pages - destination.pages_kept()), std::to_string(written),
                  std::to_string(kept)});
    }
    out << (warnings > 0 ? tr(" (with warnings)") : "") << "\n";
    return 0;
  } catch (const OutputRefused& e) {
    print_diagnostics(diags, prefix, out);
    return refuse(std::string(e.what()) + tr(" (it changed during the build)"), site_dir, err);
  } catch (const std::exception& e) {
    print_diagnostics(diags, prefix, out);
    err << trf("build failed: {1}; {2} was left as it was", {e.what(), target.generic_string()})
        << "\n";
    return 1;
  }
}

}  // namespace oitgen
