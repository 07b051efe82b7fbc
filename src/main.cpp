// oitgen: a static transparency-website generator for Thai local governments.

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/archive_command.h"
#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/export_command.h"
#include "cli/framework_command.h"
#include "cli/import_command.h"
#include "cli/new_command.h"
#include "cli/publish_command.h"
#include "cli/serve_command.h"
#include "diagnostics/terminal.h"
#include "util/i18n.h"

namespace {

constexpr const char* usage = R"(usage: oitgen <command> [options]

Commands:
  new DIR            write a starter site for a municipality into a new folder
  check [SITE_DIR]   validate a site's content and report every problem
  build [SITE_DIR]   check, then render the site into output/
  build --sites DIR  build every site folder of DIR, and an index of them all
  archive YEAR       freeze a fiscal year's site into content/archive/YEAR/
  archive --verify   prove that no snapshot changed (a site folder or a published URL)
  framework new YEAR start content/frameworks/ita-YEAR.json, the OIT checklist of a year
                     oitgen does not ship yet, as an unconfirmed copy of the year before
  publish [TARGET]   upload output/ to the web host, only what changed
  serve [SITE_DIR]   a live preview at http://127.0.0.1:1313/ that rebuilds on every change
  export, import     a plan's or a report's table to an XLSX workbook, and a sheet back

SITE_DIR is the folder that holds content/; without it, the nearest folder from the current
one upward that holds content/site.json.

Options:
  --help             show this text
  --version          print the version

Run "oitgen <command> --help" for a command's options.
)";

}  // namespace

int main(int argc, char** argv) {
  // Messages quote content; control characters in it are shown, never obeyed.
  const oitgen::VisibleControls visible_out(std::cout);
  const oitgen::VisibleControls visible_err(std::cerr);
  std::vector<std::string> args(argv + 1, argv + argc);
  // --lang th|en, anywhere on the line; without it OITGEN_LANG, then the locale.
  if (const auto bad = oitgen::apply_language_option(args)) {
    std::cerr << "oitgen: error: " << *bad << "\n";
    return 2;
  }
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << usage;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "oitgen " << OITGEN_VERSION << "\n";
    return 0;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  // The last resort: an error no command foresaw is reported with its path, never an abort.
  try {
    if (args[0] == "new")
      return oitgen::new_command(rest, std::cin, isatty(STDIN_FILENO) != 0, std::cout, std::cerr);
    if (args[0] == "check") return oitgen::check_command(rest, std::cout, std::cerr);
    if (args[0] == "build") return oitgen::build_command(rest, std::cout, std::cerr);
    if (args[0] == "archive") return oitgen::archive_command(rest, std::cout, std::cerr);
    if (args[0] == "framework") return oitgen::framework_command(rest, std::cout, std::cerr);
    if (args[0] == "export") return oitgen::export_command(rest, std::cout, std::cerr);
    if (args[0] == "import") return oitgen::import_command(rest, std::cout, std::cerr);
    if (args[0] == "publish") return oitgen::publish_command(rest, std::cout, std::cerr);
    if (args[0] == "serve") return oitgen::serve_command(rest, std::cout, std::cerr);
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "oitgen: " << oitgen::tr("error") << ": " << e.path1().generic_string()
              << (e.path2().empty() ? "" : " -> " + e.path2().generic_string()) << ": "
              << e.code().message() << "\n";
    return 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "oitgen: " << oitgen::tr("error") << ": " << oitgen::tr("out of memory") << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "oitgen: " << oitgen::tr("error") << ": " << e.what() << "\n";
    return 1;
  }
  std::cerr << oitgen::trf("oitgen: unknown command {1}", {args[0]}) << "\n" << usage;
  return 2;
}
