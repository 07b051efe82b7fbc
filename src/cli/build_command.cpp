#include "cli/build_command.h"

#include <chrono>
#include <filesystem>

#include "cli/build_progress.h"
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

int build_command(const BuildArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  std::string base_url = args.base_url.value_or("");
  if (args.base_url) {
    if (!is_absolute_http_url(base_url)) {
      err << trf("oitgen build: --base-url needs an absolute http or https URL, such as {1}",
                 {"https://staging.example.go.th/ita/"})
          << "\n";
      return 2;
    }
    if (!base_url.ends_with('/')) base_url += '/';
  }
  const std::optional<fs::path> output_dir =
      args.output ? std::optional<fs::path>(*args.output) : std::nullopt;
  if (args.sites) {
    if (!positional.empty()) {
      err << tr("oitgen build: --sites takes the folder of the sites, not a site folder too")
          << "\n";
      return 2;
    }
    if (args.base_url) {
      err << tr("oitgen build: --base-url names one site's address; it does not go with --sites")
          << "\n";
      return 2;
    }
    const std::optional<fs::path> themes_dir =
        args.theme_dir ? std::optional<fs::path>(*args.theme_dir) : std::nullopt;
    return build_sites_command(*args.sites, output_dir, themes_dir,
                               {args.strict, !args.no_pdf, args.for_disk}, console);
  }
  if (args.theme_dir) {
    err << tr("oitgen build: --theme-dir goes with --sites") << "\n";
    return 2;
  }
  if (positional.size() > 1) {
    err << trf("oitgen {1}: takes one site folder, not {2}",
               {"build", std::to_string(positional.size())})
        << "\n";
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
  options.strict = args.strict;
  options.documents = !args.no_pdf;
  options.for_disk = args.for_disk;
  options.base_url = base_url;
  console.detail() << trf("building {1} into {2}",
                          {(site_dir / "content").lexically_normal().generic_string(),
                           where.folder.generic_string()})
                   << "\n";
  BuildProgress progress(console);
  options.observer = &progress;
  Diagnostics diags;
  SiteOutput destination(site_dir, where.folder);
  const std::string prefix = display_prefix(site_dir);
  try {
    const PipelineResult result = run_pipeline(site_dir, options, diags, &destination);
    progress.clear();
    console.report(diags, prefix);
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
      err << trf("build failed: {1}, {2}; {3} was left as it was",
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
    progress.clear();
    console.report(diags, prefix);
    return refuse(std::string(e.what()) + tr(" (it changed during the build)"), site_dir, err);
  } catch (const std::exception& e) {
    progress.clear();
    console.report(diags, prefix);
    err << trf("build failed: {1}; {2} was left as it was", {e.what(), target.generic_string()})
        << "\n";
    return 1;
  }
}

}  // namespace oitgen
