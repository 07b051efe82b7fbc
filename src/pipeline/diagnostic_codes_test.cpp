// Every diagnostic has a stable, documented code. The compiler sees to the first half (no
// overload takes a problem without one); this runs the pipeline on every case of tests/check/
// and finds each code they give in the table of docs/content-format.md.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "pipeline/pipeline.h"

using namespace oitgen;
namespace fs = std::filesystem;

namespace {

// Renders the pages and keeps nothing, so that theme and render problems are reached too.
class Discard : public Destination, public OutputSink {
 public:
  OutputSink& open(const CheckedSite& /*checked*/) override { return *this; }
  void commit() override {}
  void write(const std::string& /*path*/, std::string_view /*bytes*/) override {}
  void copy(const fs::path& /*from*/, const std::string& /*path*/) override {}
};

// The codes of the section "Diagnostic codes": the first cell of each row of its table.
std::set<std::string> documented_codes() {
  std::ifstream in(fs::path(OITGEN_SOURCE_DIR) / "docs/content-format.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const auto start = doc.find("\n## Diagnostic codes\n");
  REQUIRE(start != std::string::npos);
  const auto end = doc.find("\n## ", start + 1);
  const std::string section = doc.substr(start, end - start);
  std::set<std::string> codes;
  static const std::regex row(R"(\n\| `([^`]+)` \|)");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), row);
       it != std::sregex_iterator(); ++it)
    CHECK_MESSAGE(codes.insert((*it)[1]).second, "listed twice: " << (*it)[1]);
  return codes;
}

const std::regex code_form(R"([a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*)");

}  // namespace

TEST_CASE("the documented diagnostic codes are family.kebab-case") {
  const std::set<std::string> codes = documented_codes();
  CHECK(codes.size() > 100);
  for (const auto& code : codes) CHECK_MESSAGE(std::regex_match(code, code_form), code);
}

TEST_CASE("every diagnostic of the check cases has a documented code") {
  const std::set<std::string> documented = documented_codes();
  std::set<std::string> seen;
  int diagnostics = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(OITGEN_SOURCE_DIR) / "tests/check")) {
    if (!entry.is_directory()) continue;
    PipelineOptions options;
    options.documents = false;
    Diagnostics diags;
    Discard discard;
    run_pipeline(entry.path(), options, diags, &discard);
    for (const auto& d : diags.all()) {
      ++diagnostics;
      INFO(entry.path().filename().string() << ": " << d.file << ": " << d.message);
      CHECK_FALSE(d.code.empty());
      CHECK(std::regex_match(d.code, code_form));
      CHECK_MESSAGE(documented.count(d.code) == 1,
                    d.code << " is not in docs/content-format.md's table of codes");
      seen.insert(d.code);
    }
  }
  // The cases hold many kinds of mistakes: a run that saw few would prove little.
  CHECK(diagnostics > 100);
  CHECK(seen.size() > 40);
}
