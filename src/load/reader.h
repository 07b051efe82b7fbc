#pragma once
// Reads values of one file's Node tree into model types, reporting every field that is
// unknown, missing or of the wrong type against that file. Absent optional fields are quiet.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "load/node.h"
#include "load/thai_choices.h"
#include "model/site.h"

namespace oitgen {

struct Field {
  std::string_view name;
  bool required = false;
};

class Reader {
 public:
  Reader(std::string file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

  const std::string& file() const { return file_; }
  // A problem with its stable code and, where oitgen knows it, the fix.
  void problem(Severity severity, Position pos, std::string message, std::string code,
               std::string suggestion = {}) {
    diags_.add({severity, file_, pos, std::move(message), std::move(code), std::move(suggestion)});
  }
  // With the problem's stable code ("field.unknown") and the fix when it is known.
  void error(Position pos, std::string code, std::string message, std::string suggestion = {}) {
    diags_.error(file_, pos, std::move(code), std::move(message), std::move(suggestion));
  }
  void warning(Position pos, std::string code, std::string message, std::string suggestion = {}) {
    diags_.warning(file_, pos, std::move(code), std::move(message), std::move(suggestion));
  }

  // Checks that `node` is an object holding only `fields` and all the required ones.
  // `what` names the object in messages ("plan.json", "a report entry").
  bool object(const Node& node, std::string_view what, std::initializer_list<Field> fields);

  // Checks that `node` is an object whose keys are data (years, target names), not fields.
  bool map(const Node& node, std::string_view what);

  // The record's position and its fields' positions.
  Source source_of(const Node& node) const;

  std::optional<std::string> string(const Node& object, std::string_view key);
  std::optional<Text> text(const Node& object, std::string_view key);
  // A string rendered as Markdown: also checked against the bounds of markdown/limits.h,
  // reported at the string's position (an offset inside it would not survive JSON escapes).
  std::optional<std::string> markdown(const Node& object, std::string_view key);
  std::optional<int> integer(const Node& object, std::string_view key);
  std::optional<double> number(const Node& object, std::string_view key);
  std::optional<bool> boolean(const Node& object, std::string_view key);
  std::optional<Money> money(const Node& object, std::string_view key);
  std::optional<Date> date(const Node& object, std::string_view key);
  std::optional<int> fiscal_year(const Node& object, std::string_view key);
  // Also records each item's position in `source` as "<key>.<index>".
  std::vector<std::string> string_list(const Node& object, std::string_view key,
                                       Source* source = nullptr);
  std::vector<Text> text_list(const Node& object, std::string_view key);
  // Checks that a string field is one of `allowed`, or Thai words that mean one of them
  // (load/thai_choices.h); returns the allowed value.
  std::optional<std::string> choice(const Node& object, std::string_view key,
                                    const std::vector<std::string>& allowed,
                                    const std::vector<ThaiChoice>& words = {});

  // The same, for a value that is not an object member (list items, map values).
  std::optional<std::string> string_value(const Node& value, std::string_view what);
  std::optional<Text> text_value(const Node& value, std::string_view what);
  std::optional<int> integer_value(const Node& value, std::string_view what);
  std::optional<Money> money_value(const Node& value, std::string_view what);
  std::optional<Date> date_value(const Node& value, std::string_view what);

  // A fiscal year written as an object key ("2566") or a value; checks its range.
  std::optional<int> fiscal_year_text(std::string_view text, Position pos, std::string_view what);

 private:
  void wrong_type(const Node& value, std::string_view what, std::string_view expected);

  std::string file_;
  Diagnostics& diags_;
};

}  // namespace oitgen
