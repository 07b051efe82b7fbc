#include "cli/build_command.h"

#include <chrono>
#include <filesystem>

#include "cli/pipeline.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "write/staged_output.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr const char* usage = R"(usage: oitgen build [SITE_DIR] [--output DIR] [--strict]

Checks the site folder (default: the current folder, which holds content/) and renders it
with its theme into SITE_DIR/output/ (or DIR). The site is written to a new folder first and
takes the place of the old output only when the whole build succeeded: a build that fails
leaves the previous output exactly as it was.

  --output DIR   write the site here instead of SITE_DIR/output
  --strict       treat warnings as errors
  --help         show this text

Exit status: 0 built, 1 errors (nothing written), 2 wrong usage.
)";

}  // namespace

int build_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  bool strict = false;
  std::optional<fs::path> output_dir;
  std::vector<std::string> positional;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out << usage;
      return 0;
    }
    if (arg == "--strict") {
      strict = true;
    } else if (arg == "--output") {
      if (i + 1 == args.size()) {
        err << "oitgen build: --output needs a folder\n" << usage;
        return 2;
      }
      output_dir = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      err << "oitgen build: unknown option " << arg << "\n" << usage;
      return 2;
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() > 1) {
    err << "oitgen build: takes one site folder, not " << positional.size() << "\n" << usage;
    return 2;
  }
  const fs::path site_dir = positional.empty() ? fs::path(".") : fs::path(positional[0]);
  if (!fs::is_directory(site_dir)) {
    err << "oitgen build: " << site_dir.generic_string() << " is not a folder\n";
    return 2;
  }
  const fs::path target = output_dir.value_or(site_dir / "output");
  const auto started = std::chrono::steady_clock::now();

  Diagnostics diags;
  const CheckedSite checked = load_and_check(site_dir, diags);
  const Theme theme = Theme::load(site_dir, checked.site.config.theme, diags);
  const std::string prefix = display_prefix(site_dir);
  print_diagnostics(diags, prefix, out);
  const int errors = diags.error_count();
  const int warnings = diags.warning_count();
  if (errors > 0 || (strict && warnings > 0)) {
    out << "build failed: " << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
        << (warnings == 1 ? " warning" : " warnings") << "; " << target.generic_string()
        << " was left as it was\n";
    return 1;
  }

  try {
    StagedOutput output(target);
    const int pages = render_site(checked.site, checked.figures, theme, site_dir, output);
    output.commit();
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    out << "built " << pages << " pages into " << target.lexically_normal().generic_string()
        << " in " << elapsed.count() << " ms" << (warnings > 0 ? " (with warnings)" : "") << "\n";
    return 0;
  } catch (const std::exception& e) {
    err << "build failed: " << e.what() << "; " << target.generic_string()
        << " was left as it was\n";
    return 1;
  }
}

}  // namespace oitgen
