#pragma once
// oitgen's command line: every command with its options and their help, declared once (CLI11)
// and used for parsing, for --help and `oitgen help COMMAND`, for the manual page and for the
// shell completion, so that none of them can disagree with another.

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace oitgen {

struct Terminal {
  std::istream& in;
  bool in_is_terminal = false;
  std::ostream& out;
  std::ostream& err;
  std::ostream& raw_err;  // err without its control characters written out (for colours)
  bool err_is_terminal = false;
};

// Parses `args` (without the program's name; --lang already applied) and runs the command.
// Returns the exit status: 2 for wrong usage.
int run_command_line(const std::vector<std::string>& args, const Terminal& terminal);

// oitgen(1) in roff, in the current language.
std::string manual_page();
// A bash completion script for oitgen.
std::string bash_completion();

}  // namespace oitgen
