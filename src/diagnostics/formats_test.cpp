#include "diagnostics/formats.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "util/url.h"

using namespace oitgen;
using json = nlohmann::json;

namespace {

Diagnostic example(Severity severity, std::string file, Position pos, std::string code,
                   std::string message, std::string suggestion = {}) {
  Diagnostic d;
  d.severity = severity;
  d.file = std::move(file);
  d.pos = pos;
  d.code = std::move(code);
  d.message = std::move(message);
  d.suggestion = std::move(suggestion);
  return d;
}

}  // namespace

TEST_CASE("a diagnostic as one JSON line holds its seven fields in order") {
  const Diagnostic d = example(Severity::warning, "content/plans/x/plan.json", {12, 5},
                               "plan.total-differs", "the total differs", "write 120000");
  const std::string line = diagnostic_json_line(d, "../");
  CHECK(
      line ==
      R"({"file":"../content/plans/x/plan.json","line":12,"column":5,"severity":"warning",)"
      R"("code":"plan.total-differs","message":"the total differs","suggestion":"write 120000"})");
}

TEST_CASE("a JSON line has null for an unknown place and no suggestion") {
  const json whole = json::parse(diagnostic_json_line(
      example(Severity::error, "content", {}, "site.no-content-folder", "no content/ folder here"),
      ""));
  CHECK(whole["file"] == "content");
  CHECK(whole["line"].is_null());
  CHECK(whole["column"].is_null());
  CHECK(whole["severity"] == "error");
  CHECK(whole["suggestion"].is_null());
  // A line without a column: the column alone is null.
  const json line_only = json::parse(diagnostic_json_line(
      example(Severity::error, "content/a.json", {3, 0}, "json.syntax", "invalid JSON"), ""));
  CHECK(line_only["line"] == 3);
  CHECK(line_only["column"].is_null());
}

TEST_CASE("a JSON line keeps Thai as UTF-8, escapes control characters, survives stray bytes") {
  const std::string thai = "ไม่รู้จักช่อง \"titel\"";
  const std::string line = diagnostic_json_line(
      example(Severity::error, "content/pages/ข่าว.md", {2, 3}, "field.unknown", thai), "");
  CHECK(line.find(thai.substr(0, thai.find(' '))) != std::string::npos);  // not \u escapes
  CHECK(json::parse(line)["message"] == thai);
  CHECK(json::parse(line)["file"] == "content/pages/ข่าว.md");

  const std::string controls = diagnostic_json_line(
      example(Severity::error, "content/a\nb.md", {1, 1}, "file.invalid-id", "x\x1b[31m"), "");
  CHECK(controls.find('\n') == std::string::npos);
  CHECK(controls.find('\x1b') == std::string::npos);
  CHECK(json::parse(controls)["file"] == "content/a\nb.md");

  std::string broken;
  CHECK_NOTHROW(
      broken = diagnostic_json_line(
          example(Severity::error, "content/\xff.md", {1, 1}, "file.not-utf8", "\xc3("), ""));
  CHECK(json::parse(broken)["file"] == "content/\xEF\xBF\xBD.md");
}

TEST_CASE("a diagnostic without a code is unclassified, in JSON and in SARIF") {
  const Diagnostic d = example(Severity::error, "content/site.json", {1, 1}, "", "a problem");
  CHECK(json::parse(diagnostic_json_line(d, ""))["code"] == "unclassified");
  const json log = json::parse(sarif_log({d}, "", "0.1.0", "en"));
  CHECK(log["runs"][0]["results"][0]["ruleId"] == "unclassified");
  CHECK(log["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "unclassified");
}

TEST_CASE("a path becomes a relative URI reference with its bytes percent-encoded") {
  CHECK(encode_path("content/plans/2566-2570/plan.json") == "content/plans/2566-2570/plan.json");
  CHECK(encode_path("../../content/site.json") == "../../content/site.json");
  CHECK(encode_path("content/pages/ข่าว.md") ==
        "content/pages/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7.md");
  CHECK(encode_path("my site/a b#c?d%e:f.md") == "my%20site/a%20b%23c%3Fd%25e%3Af.md");
  CHECK(encode_path("content/\xff") == "content/%FF");
}

TEST_CASE("a SARIF log holds one run with a rule per code and a result per diagnostic") {
  const std::vector<Diagnostic> diags = {
      example(Severity::error, "content/pages/ข่าว.md", {3, 7}, "date.buddhist-era",
              "has a Buddhist Era year", "2024-10-01"),
      example(Severity::warning, "content/plans/x/plan.json", {10, 60}, "plan.total-differs",
              "the total differs"),
      example(Severity::error, "content/plans/x/projects/p.md", {4, 0}, "date.buddhist-era",
              "has a Buddhist Era year"),
      example(Severity::warning, "content/notices/no-gift-policy.md", {},
              "notice.no-gift-policy-missing", "is missing"),
  };
  const json log = json::parse(sarif_log(diags, "../", "0.1.0", "th"));
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["language"] == "th");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "oitgen");
  CHECK(driver["version"] == "0.1.0");
  CHECK_FALSE(driver.contains("informationUri"));
  CHECK(driver["rules"] == json::parse(R"([{"id": "date.buddhist-era"},
      {"id": "notice.no-gift-policy-missing"}, {"id": "plan.total-differs"}])"));

  const json& results = run["results"];
  REQUIRE(results.size() == 4);
  const json& first = results[0];
  CHECK(first["ruleId"] == "date.buddhist-era");
  CHECK(first["ruleIndex"] == 0);
  CHECK(first["level"] == "error");
  CHECK(first["message"]["text"] == "has a Buddhist Era year");
  CHECK(first["properties"]["suggestion"] == "2024-10-01");
  const json& location = first["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] ==
        "../content/pages/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7.md");
  CHECK(location["region"] == json::parse(R"({"startLine": 3, "startColumn": 7})"));

  CHECK(results[1]["ruleIndex"] == 2);
  CHECK(results[1]["level"] == "warning");
  CHECK_FALSE(results[1].contains("properties"));
  // SARIF counts from 1: a column of 0 is left out, and line 0 (the whole file) has no region.
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"] ==
        json::parse(R"({"startLine": 4})"));
  CHECK(results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "../content/notices/no-gift-policy.md");
  CHECK_FALSE(results[3]["locations"][0]["physicalLocation"].contains("region"));
}

TEST_CASE("a SARIF log without diagnostics is still a run with no results") {
  const json log = json::parse(sarif_log({}, "", "0.1.0", "en"));
  CHECK(log["runs"][0]["results"] == json::array());
  CHECK(log["runs"][0]["tool"]["driver"]["rules"] == json::array());
  CHECK(log["runs"][0]["language"] == "en");
}

TEST_CASE("a SARIF log survives bytes that are not UTF-8") {
  std::string text;
  CHECK_NOTHROW(text = sarif_log({example(Severity::error, "content/\xff.md", {1, 1},
                                          "file.not-utf8", "bad \xc3(")},
                                 "", "0.1.0", "en"));
  const json log = json::parse(text);
  CHECK(
      log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
      "content/%FF.md");
}
