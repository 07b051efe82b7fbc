#include "diagnostics/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "util/text.h"

namespace oitgen {

void Diagnostics::error(const std::string& file, Position pos, std::string message) {
  list_.push_back({Severity::error, file, pos, std::move(message), {}, {}});
}

void Diagnostics::warning(const std::string& file, Position pos, std::string message) {
  list_.push_back({Severity::warning, file, pos, std::move(message), {}, {}});
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(list_.begin(), list_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  }));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(list_.size()) - error_count();
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = list_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.pos.line, a.pos.column) < std::tie(b.file, b.pos.line, b.pos.column);
  });
  return out;
}

std::string format_diagnostic(const Diagnostic& d, const std::string& prefix) {
  // One line each, whatever a file name or a quoted value holds: a newline or an ESC in
  // them is written out (\n, \x1b), so that the clerk can see it and find it.
  std::string out = visible_controls(prefix + d.file);
  if (d.pos.line > 0) {
    out += ":" + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ":" + std::to_string(d.pos.column);
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += visible_controls(d.message);
  return out;
}

}  // namespace oitgen
