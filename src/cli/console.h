#pragma once
// Where a command's text goes. Standard output carries only what was asked for (the JSON or
// SARIF diagnostics, an OIT coverage report, a version): a script can read it as data.
// Everything said to the person at the terminal (diagnostics, progress, summaries, notes) goes
// to standard error, summaries and notes not at all with --quiet, details only with --verbose.

#include <ostream>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace oitgen {

enum class MessageFormat { human, json, sarif };

struct ConsoleOptions {
  MessageFormat format = MessageFormat::human;
  bool quiet = false;
  bool verbose = false;
  bool color = false;     // escape codes on the diagnostics of standard error
  bool terminal = false;  // standard error is a terminal: progress may redraw a line
};

// --color auto: a terminal that is not "dumb", and no NO_COLOR (https://no-color.org/).
bool color_wanted(const std::string& choice, bool terminal, const char* no_color, const char* term);

class Console {
 public:
  // `raw_messages` is the same stream as `messages` without the control characters written
  // out (diagnostics/terminal.h): the colours are oitgen's own escape codes.
  Console(std::ostream& data, std::ostream& messages, std::ostream& raw_messages,
          ConsoleOptions options);
  Console(const Console&) = delete;
  Console& operator=(const Console&) = delete;

  const ConsoleOptions& options() const { return options_; }
  std::ostream& data() { return data_; }
  // Usage errors and failures: always said.
  std::ostream& error() { return messages_; }
  // Summaries, progress lines and notes: nothing with --quiet.
  std::ostream& info() { return options_.quiet ? null_ : messages_; }
  // What only --verbose says.
  std::ostream& detail() { return options_.verbose ? messages_ : null_; }
  // A progress bar may be drawn: standard error is a terminal, and not --quiet.
  bool progress() const { return options_.terminal && !options_.quiet; }
  // Writes a progress line's own text (a carriage return, an erase to the line's end) to the
  // terminal as it is, past the filter that shows control characters written out.
  void draw(const std::string& text) { raw_ << text << std::flush; }

  // The diagnostics, with paths shown under `prefix`: human lines on standard error, or one
  // JSON object a line on standard output; for SARIF, kept until finish().
  void report(const Diagnostics& diags, const std::string& prefix);
  // Writes what was kept to the end (the SARIF log, even when it has no result).
  void finish();

 private:
  std::ostream& data_;
  std::ostream& messages_;
  std::ostream& raw_;
  ConsoleOptions options_;
  std::ostream null_{nullptr};  // no buffer: whatever is written is dropped
  std::vector<Diagnostic> kept_;
};

}  // namespace oitgen
