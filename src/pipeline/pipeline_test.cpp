#include "pipeline/pipeline.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

using namespace oitgen;
namespace fs = std::filesystem;

namespace {

// Keeps what the pipeline writes, and when it was opened and committed.
class Recording : public Destination, public OutputSink {
 public:
  OutputSink& open(const CheckedSite& checked) override {
    ++opened;
    plans = checked.site.plans.size();
    return *this;
  }
  void commit() override { ++committed; }
  void write(const std::string& path, std::string_view bytes) override {
    files[path] = std::string(bytes);
  }
  void copy(const fs::path& /*from*/, const std::string& path) override { files[path] = ""; }

  int opened = 0;
  int committed = 0;
  std::size_t plans = 0;
  std::map<std::string, std::string> files;
};

// A copy of tests/check/clean-minimal, a small site with no problems.
struct MinimalSite {
  MinimalSite() {
    dir = fs::temp_directory_path() / ("oitgen-pipeline-test-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(fs::path(OITGEN_SOURCE_DIR) / "tests/check/clean-minimal/content", dir / "content",
             fs::copy_options::recursive);
  }
  ~MinimalSite() { fs::remove_all(dir); }
  MinimalSite(const MinimalSite&) = delete;
  MinimalSite& operator=(const MinimalSite&) = delete;

  void write(const std::string& path, const std::string& text) const {
    std::ofstream(dir / path, std::ios::binary) << text;
  }

  fs::path dir;
};

}  // namespace

TEST_CASE("the pipeline writes a clean site to its destination once") {
  const MinimalSite site;
  Diagnostics diags;
  Recording destination;
  const PipelineResult result = run_pipeline(site.dir, {}, diags, &destination);
  CHECK(diags.error_count() == 0);
  CHECK(result.built);
  CHECK(destination.opened == 1);
  CHECK(destination.committed == 1);
  CHECK(destination.plans == 1);
  CHECK(result.pages > 0);
  CHECK(destination.files.count("index.html") == 1);
  CHECK(destination.files.count("sitemap.xml") == 1);
}

TEST_CASE("without a destination the pipeline only checks") {
  const MinimalSite site;
  Diagnostics diags;
  const PipelineResult result = run_pipeline(site.dir, {}, diags);
  CHECK_FALSE(result.built);
  CHECK(result.checked.site.plans.size() == 1);
  CHECK(result.checked.figures.plans.size() == 1);
}

TEST_CASE("content with an error never opens the destination") {
  const MinimalSite site;
  site.write("content/plans/2566-2570/projects/p02.md", "---\ntitle: [unclosed\n---\n");
  Diagnostics diags;
  Recording destination;
  const PipelineResult result = run_pipeline(site.dir, {}, diags, &destination);
  CHECK(diags.error_count() > 0);
  CHECK_FALSE(result.built);
  CHECK(destination.opened == 0);
  CHECK(destination.files.empty());
}

TEST_CASE("a theme error never opens the destination") {
  const MinimalSite site;
  fs::create_directories(site.dir / "themes/default/templates");
  site.write("themes/default/templates/home.mustache", "{{#unclosed}}");
  Diagnostics diags;
  Recording destination;
  const PipelineResult result = run_pipeline(site.dir, {}, diags, &destination);
  CHECK(diags.error_count() == 1);
  CHECK(destination.opened == 0);
}

TEST_CASE("with strict, a warning stops the build too") {
  const MinimalSite site;
  // A project planned in the report's year but missing from it is a warning.
  site.write("content/plans/2566-2570/reports/2567-6-month.json", R"({
  "fiscal_year": 2567, "round": "6-month",
  "period": {"from": "2023-10-01", "to": "2024-03-31"}, "as_of": "2024-04-05",
  "entries": [
    {"project": "p01", "status": "completed", "disbursed": 0},
    {"project": "p02", "status": "in_progress", "disbursed": 5000}
  ]
})");
  Diagnostics loose;
  Recording first;
  CHECK(run_pipeline(site.dir, {}, loose, &first).built);
  CHECK(loose.error_count() == 0);
  CHECK(loose.warning_count() > 0);
  PipelineOptions strict;
  strict.strict = true;
  Diagnostics diags;
  Recording destination;
  const PipelineResult result = run_pipeline(site.dir, strict, diags, &destination);
  CHECK_FALSE(result.built);
  CHECK(destination.opened == 0);
}

TEST_CASE("a snapshot renders the site as it stood, at its archived address") {
  const MinimalSite site;
  PipelineOptions options;
  options.as_of_year = 2566;
  Diagnostics diags;
  Recording destination;
  const PipelineResult result = run_pipeline(site.dir, options, diags, &destination);
  REQUIRE(result.built);
  // The checks and figures are of the whole site; the pages are of 2566, where the 2567
  // report does not exist yet.
  CHECK(result.checked.site.plans.front().reports.size() == 1);
  const std::string& sitemap = destination.files.at("sitemap.xml");
  CHECK(sitemap.find("https://www.example.go.th/ita/archive/2566/") != std::string::npos);
  CHECK(sitemap.find("2567-6-month") == std::string::npos);
}
