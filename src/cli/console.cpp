#include "cli/console.h"

#include <string_view>

#include "diagnostics/formats.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

constexpr const char* bold = "\x1b[1m";
constexpr const char* red = "\x1b[1;31m";
constexpr const char* yellow = "\x1b[1;33m";
constexpr const char* reset = "\x1b[0m";

// format_diagnostic()'s line with the place in bold and the severity in its colour; every
// part that comes from the content has its control characters written out first.
std::string colored_line(const Diagnostic& d, const std::string& prefix) {
  const std::string place = diagnostic_place(d, prefix);
  const bool error = d.severity == Severity::error;
  return std::string(bold) + place + ":" + reset + " " + (error ? red : yellow) +
         (error ? tr("error") : tr("warning")) + ":" + reset + " " + visible_controls(d.message);
}

}  // namespace

bool color_wanted(const std::string& choice, bool terminal, const char* no_color,
                  const char* term) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  return terminal && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
}

Console::Console(std::ostream& data, std::ostream& messages, std::ostream& raw_messages,
                 ConsoleOptions options)
    : data_(data), messages_(messages), raw_(raw_messages), options_(options) {}

void Console::report(const Diagnostics& diags, const std::string& prefix) {
  switch (options_.format) {
    case MessageFormat::human:
      for (const auto& d : diags.sorted()) {
        if (options_.color)
          raw_ << colored_line(d, prefix) << "\n";
        else
          messages_ << format_diagnostic(d, prefix) << "\n";
      }
      return;
    case MessageFormat::json:
      for (const auto& d : diags.sorted()) data_ << diagnostic_json_line(d, prefix) << "\n";
      data_.flush();
      return;
    case MessageFormat::sarif:
      for (auto d : diags.sorted()) {
        d.file = prefix + d.file;
        kept_.push_back(std::move(d));
      }
      return;
  }
}

void Console::finish() {
  if (options_.format != MessageFormat::sarif) return;
  data_ << sarif_log(kept_, "", OITGEN_VERSION, current_language() == Language::thai ? "th" : "en")
        << "\n";
  data_.flush();
  kept_.clear();
}

}  // namespace oitgen
