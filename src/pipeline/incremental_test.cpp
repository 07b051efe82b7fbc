#include "pipeline/incremental.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include "write/output_guard.h"

using namespace oitgen;

namespace {

BuildManifest example_manifest() {
  BuildManifest manifest;
  manifest.inputs.oitgen = "exe 1 2 3.4";
  manifest.inputs.today = "2026-12-02";
  manifest.inputs.files = {{"content/site.json", std::string(64, 'a')}};
  manifest.outputs = {{"index.html", std::string(64, 'b')},
                      {"en/index.html", std::string(64, 'c')}};
  Diagnostic warning;
  warning.severity = Severity::warning;
  warning.file = "content/plans/x/plan.json";
  warning.pos = {7, 14};
  warning.code = "plan.total-differs";
  warning.message = "a warning";
  warning.suggestion = "write 120000";
  manifest.warnings.push_back(warning);
  return manifest;
}

}  // namespace

TEST_CASE("a build manifest reads back as written") {
  const BuildManifest manifest = example_manifest();
  const auto back = parse_build_manifest(build_manifest_json(manifest));
  REQUIRE(back);
  CHECK(back->inputs == manifest.inputs);
  CHECK(back->outputs == manifest.outputs);
  REQUIRE(back->warnings.size() == 1);
  CHECK(back->warnings[0].pos.line == 7);
  CHECK(back->warnings[0].pos.column == 14);
  CHECK(back->warnings[0].severity == Severity::warning);
  CHECK(back->warnings[0].code == "plan.total-differs");
  CHECK(back->warnings[0].message == "a warning");
  CHECK(back->warnings[0].suggestion == "write 120000");
}

TEST_CASE("a corrupted or foreign build manifest is not read") {
  CHECK_FALSE(parse_build_manifest(""));
  CHECK_FALSE(parse_build_manifest("{not json"));
  CHECK_FALSE(parse_build_manifest(R"({"format": "oitgen-build-0"})"));
  // The format before the warnings kept their codes: read as foreign, so the build is whole.
  std::string older = build_manifest_json(example_manifest());
  older.replace(older.find("oitgen-build-2"), 14, "oitgen-build-1");
  CHECK_FALSE(parse_build_manifest(older));
  std::string text = build_manifest_json(example_manifest());
  CHECK(parse_build_manifest(text));
  // An output path that leaves the folder would have later builds link from outside it.
  auto escape = example_manifest();
  escape.outputs = {{"../elsewhere/index.html", std::string(64, 'b')}};
  CHECK_FALSE(parse_build_manifest(build_manifest_json(escape)));
  auto short_hash = example_manifest();
  short_hash.outputs = {{"index.html", "abc"}};
  CHECK_FALSE(parse_build_manifest(build_manifest_json(short_hash)));
}

TEST_CASE("the first difference between a manifest's files and a folder's") {
  const OutputHashes listed = {{"a.html", "1"}, {"b.html", "2"}, {"c.html", "3"}};
  CHECK_FALSE(first_difference(listed, listed));
  CHECK(*first_difference(listed, {{"a.html", "1"}, {"c.html", "3"}}) == "b.html was removed");
  CHECK(*first_difference(listed,
                          {{"a.html", "1"}, {"b.html", "2"}, {"bb.html", "9"}, {"c.html", "3"}}) ==
        "bb.html was added");
  CHECK(*first_difference(listed, {{"a.html", "1"}, {"b.html", "X"}, {"c.html", "3"}}) ==
        "b.html was changed");
  CHECK(*first_difference({}, {{"a.html", "1"}}) == "a.html was added");
}

namespace {

Site two_project_site() {
  Site site;
  Plan plan;
  plan.id = "2566-2570";
  for (const char* id : {"p01", "p02"}) {
    Project project;
    project.id = id;
    project.source.file = "content/plans/2566-2570/projects/" + std::string(id) + ".md";
    plan.projects.push_back(project);
  }
  Report report;
  report.id = "2567-6-month";
  plan.reports.push_back(report);
  site.plans.push_back(plan);
  Document about;
  about.slug = "about";
  about.source.file = "content/pages/about.md";
  site.pages.push_back(about);
  return site;
}

}  // namespace

TEST_CASE("a project's file re-renders its page and its plan's, and keeps the others") {
  namespace fs = std::filesystem;
  const fs::path root =
      fs::temp_directory_path() / ("oitgen-test-changed-pages-" + std::to_string(::getpid()));
  fs::remove_all(root);
  const fs::path target = root / "output";
  const std::vector<std::string> pages = {"plans/2566-2570/index.html",
                                          "plans/2566-2570/projects/p01/index.html",
                                          "plans/2566-2570/projects/p02/index.html",
                                          "plans/2566-2570/reports/2567-6-month/index.html",
                                          "pages/about/index.html",
                                          "index.html"};
  OutputHashes current;
  {
    StagedOutput first(target, site_output_owner());
    for (const auto& page : pages) first.write(page, page);
    first.commit();
    current = first.files();
  }
  const Site site = two_project_site();
  StagedOutput output(target, site_output_owner());
  output.reuse(current);

  CHECK_FALSE(ChangedPages::make(site, {"content/site.json"}, output));
  CHECK_FALSE(ChangedPages::make(site, {"content/plans/2566-2570/plan.json"}, output));
  CHECK_FALSE(ChangedPages::make(site, {"content/static/logo.png"}, output));

  auto filter = ChangedPages::make(site, {"content/plans/2566-2570/projects/p01.en.md"}, output);
  REQUIRE(filter);
  CHECK(filter->should_render("plans/2566-2570/projects/p01/index.html"));
  CHECK(filter->should_render("en/plans/2566-2570/projects/p01/index.html"));
  CHECK(filter->should_render("plans/2566-2570/index.html"));
  CHECK(filter->should_render("plans/2566-2570/reports/2567-6-month/index.html"));
  CHECK(filter->should_render("index.html"));  // gathers from everywhere
  CHECK_FALSE(filter->should_render("plans/2566-2570/projects/p02/index.html"));
  CHECK_FALSE(filter->should_render("pages/about/index.html"));
  // Not in the current output: rendered, whatever the rule says.
  CHECK(filter->should_render("en/pages/about/index.html"));
  CHECK(filter->kept() == 2);
  CHECK(output.exists("plans/2566-2570/projects/p02/index.html"));

  auto report =
      ChangedPages::make(site, {"content/plans/2566-2570/reports/2567-6-month.json"}, output);
  REQUIRE(report);
  CHECK(report->should_render("plans/2566-2570/projects/p02/index.html"));
  CHECK_FALSE(report->should_render("pages/about/index.html"));
  fs::remove_all(root);
}
