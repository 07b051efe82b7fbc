#include "serve/preview_site.h"

#include <doctest/doctest.h>

#include <thread>

using namespace std::chrono_literals;

TEST_CASE("PreviewSite: a failed build keeps the last good files") {
  oitgen::PreviewSite site;
  CHECK(site.state().generation == 0);
  CHECK_FALSE(site.state().files);
  site.publish(std::make_shared<const oitgen::SiteFiles>(oitgen::SiteFiles{{"index.html", "a"}}));
  site.fail({"content/site.json:1:1: error: x"});
  const auto failed = site.state();
  CHECK(failed.generation == 2);
  REQUIRE(failed.files);
  CHECK(failed.files->at("index.html") == "a");
  CHECK(failed.problems.size() == 1);
  site.publish(std::make_shared<const oitgen::SiteFiles>(oitgen::SiteFiles{{"index.html", "b"}}));
  CHECK(site.state().problems.empty());
  CHECK(site.state().files->at("index.html") == "b");
}

TEST_CASE("PreviewSite: a waiter wakes when a build is done, or after its timeout") {
  oitgen::PreviewSite site;
  CHECK(site.wait_for_build(0, 1ms) == 0);
  std::thread builder([&] {
    std::this_thread::sleep_for(20ms);
    site.fail({"x"});
  });
  CHECK(site.wait_for_build(0, 10s) == 1);
  builder.join();
  CHECK(site.wait_for_build(0, 10s) == 1);  // already newer: at once
}

TEST_CASE("PreviewDestination: the files reach the site only on commit") {
  oitgen::PreviewSite site;
  oitgen::PreviewDestination destination(site);
  oitgen::OutputSink& sink = destination.open(oitgen::CheckedSite{});
  sink.write("index.html", "home");
  CHECK_FALSE(site.state().files);
  destination.commit();
  REQUIRE(site.state().files);
  CHECK(site.state().files->at("index.html") == "home");
}
