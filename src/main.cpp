// oitgen: a static transparency-website generator for Thai local governments.

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "diagnostics/terminal.h"
#include "util/i18n.h"

int main(int argc, char** argv) {
  // The colours are oitgen's own escape codes, written past the filter below.
  std::ostream raw_err(std::cerr.rdbuf());
  // Messages quote content; control characters in it are shown, never obeyed.
  const oitgen::VisibleControls visible_out(std::cout);
  const oitgen::VisibleControls visible_err(std::cerr);
  std::vector<std::string> args(argv + 1, argv + argc);
  // --lang th|en, anywhere on the line; without it OITGEN_LANG, then the locale. Taken first:
  // the help and every message are in that language.
  if (const auto bad = oitgen::apply_language_option(args)) {
    std::cerr << "oitgen: error: " << *bad << "\n";
    return 2;
  }
  // Hidden: what the build installs as the manual page and the completion, made from the same
  // declarations as --help.
  if (args.size() == 1 && args[0] == "--manual-page") {
    std::cout << oitgen::manual_page();
    return 0;
  }
  if (args.size() == 1 && args[0] == "--bash-completion") {
    std::cout << oitgen::bash_completion();
    return 0;
  }
  // The last resort: an error no command foresaw is reported with its path, never an abort.
  try {
    return oitgen::run_command_line(args, {std::cin, isatty(STDIN_FILENO) != 0, std::cout,
                                           std::cerr, raw_err, isatty(STDERR_FILENO) != 0});
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
}
