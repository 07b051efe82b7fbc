#include "diagnostics/formats.h"

#include <map>
#include <nlohmann/json.hpp>

#include "util/url.h"

namespace oitgen {

namespace {

// Ordered, so that the fields come in the documented order.
using Json = nlohmann::ordered_json;

// File names and messages come from the content: a stray byte is replaced, never thrown on.
std::string dump(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

const char* severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

const std::string& code_of(const Diagnostic& d) {
  static const std::string unclassified = unclassified_code;
  return d.code.empty() ? unclassified : d.code;
}

}  // namespace

std::string diagnostic_json_line(const Diagnostic& d, const std::string& prefix) {
  Json line;
  line["file"] = prefix + d.file;
  // A column without a line would name no place: both are null then, as the human line
  // shows neither.
  line["line"] = d.pos.line > 0 ? Json(d.pos.line) : Json(nullptr);
  line["column"] = d.pos.line > 0 && d.pos.column > 0 ? Json(d.pos.column) : Json(nullptr);
  line["severity"] = severity_name(d.severity);
  line["code"] = code_of(d);
  line["message"] = d.message;
  line["suggestion"] = d.suggestion.empty() ? Json(nullptr) : Json(d.suggestion);
  return dump(line, -1);
}

std::string sarif_log(const std::vector<Diagnostic>& diags, const std::string& prefix,
                      const std::string& tool_version, const std::string& language) {
  // One rule per code, in the order of their ids, so that the log does not depend on which
  // problem was found first.
  std::map<std::string, std::size_t> rule_index;
  for (const auto& d : diags) rule_index.emplace(code_of(d), 0);
  Json rules = Json::array();
  for (auto& [id, index] : rule_index) {
    index = rules.size();
    rules.push_back({{"id", id}});
  }

  Json results = Json::array();
  for (const auto& d : diags) {
    Json result;
    result["ruleId"] = code_of(d);
    result["ruleIndex"] = rule_index.at(code_of(d));
    result["level"] = severity_name(d.severity);
    result["message"] = {{"text", d.message}};
    const std::string path = prefix + d.file;
    if (!path.empty()) {
      Json physical;
      physical["artifactLocation"] = {{"uri", encode_path(path)}};
      // SARIF counts lines and columns from 1: an unknown one is left out.
      if (d.pos.line > 0) {
        Json region;
        region["startLine"] = d.pos.line;
        if (d.pos.column > 0) region["startColumn"] = d.pos.column;
        physical["region"] = region;
      }
      Json location;
      location["physicalLocation"] = std::move(physical);
      result["locations"] = Json::array({std::move(location)});
    }
    if (!d.suggestion.empty()) result["properties"] = {{"suggestion", d.suggestion}};
    results.push_back(std::move(result));
  }

  Json driver;
  driver["name"] = "oitgen";
  if (!tool_version.empty()) driver["version"] = tool_version;
  driver["rules"] = std::move(rules);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  if (!language.empty()) run["language"] = language;
  // Position counts characters, as an editor does, not bytes or UTF-16 units.
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);

  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  return dump(log, 2);
}

}  // namespace oitgen
