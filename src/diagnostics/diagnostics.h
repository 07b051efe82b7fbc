#pragma once
// Problems found in a site's content, collected so that one run reports all of them.

#include <string>
#include <vector>

#include "util/position.h"

namespace oitgen {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;  // path relative to the site folder, e.g. "content/site.json"
  Position pos;
  std::string message;
  // A stable name of the kind of problem ("plan.total-differs"), for editors, CI and SARIF;
  // every diagnostic has one (docs/content-format.md lists them).
  std::string code;
  // The fix, written out when oitgen knows it ("write 120000"); may be empty.
  std::string suggestion;
};

class Diagnostics {
 public:
  // Each problem with its stable `code` and, when oitgen knows the fix, a `suggestion`.
  void error(const std::string& file, Position pos, std::string code, std::string message,
             std::string suggestion = {});
  void warning(const std::string& file, Position pos, std::string code, std::string message,
               std::string suggestion = {});
  void add(Diagnostic d) { list_.push_back(std::move(d)); }

  const std::vector<Diagnostic>& all() const { return list_; }
  int error_count() const;
  int warning_count() const;

  // Ordered by file, then position, so that output does not depend on the order of checks.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> list_;
};

// "content/x.json:3:7", its control characters written out; `prefix` is joined in front of
// the file's path.
std::string diagnostic_place(const Diagnostic& d, const std::string& prefix = "");
// "content/x.json:3:7: error: message"; `prefix` is joined in front of the file's path.
std::string format_diagnostic(const Diagnostic& d, const std::string& prefix = "");

}  // namespace oitgen
