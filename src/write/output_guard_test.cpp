#include "write/output_guard.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>

#include "write/output_marker.h"

using namespace oitgen;
namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const std::string& name) {
  const fs::path folder =
      fs::temp_directory_path() / ("oitgen-guard-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  return fs::canonical(folder);
}

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A folder of sites: sites/a holds a site.
fs::path sites_folder(const std::string& name) {
  const fs::path root = fresh_folder(name);
  write_file(root / "sites/a/content/site.json", "{}");
  return root;
}

}  // namespace

TEST_CASE("the output of many sites may be new, empty, or their own") {
  const fs::path root = sites_folder("sites-ok");
  CHECK(check_sites_output(root / "sites", root / "sites/output").refusal.empty());
  CHECK(check_sites_output(root / "sites", root / "public").refusal.empty());
  fs::create_directories(root / "empty");
  CHECK(check_sites_output(root / "sites", root / "empty").refusal.empty());
  write_file(root / "ours" / output_marker_name, output_marker_text(sites_output_maker));
  write_file(root / "ours/index.html", "<!doctype html>");
  CHECK(check_sites_output(root / "sites", root / "ours").refusal.empty());
  // A folder beside the sites that is not one of them.
  CHECK(check_sites_output(root / "sites", root / "sites/public/2568").refusal.empty());
  fs::remove_all(root);
}

TEST_CASE("the output of many sites is never the sites' folder, nor inside a site") {
  const fs::path root = sites_folder("sites-refused");
  const fs::path sites = root / "sites";
  CHECK(check_sites_output(sites, sites).refusal == "it is the folder of the sites itself");
  CHECK(check_sites_output(sites, root / "sites/.").refusal ==
        "it is the folder of the sites itself");
  CHECK(check_sites_output(sites, root).refusal.starts_with("it holds the folder of the sites"));
  CHECK(check_sites_output(sites, "/").refusal.starts_with("it holds the folder of the sites"));
  CHECK(check_sites_output(sites, sites / "a/content").refusal ==
        "it is inside the site folder " + (sites / "a").string());
  CHECK(check_sites_output(sites, sites / "a/output").refusal ==
        "it is inside the site folder " + (sites / "a").string());
  // The site folder itself is refused for what it holds.
  CHECK(check_sites_output(sites, sites / "a").refusal.starts_with("it holds files that oitgen"));
  fs::remove_all(root);
}

TEST_CASE("a single site's output does not take many sites") {
  const fs::path root = sites_folder("sites-single");
  write_file(root / "single" / output_marker_name, output_marker_text("oitgen build"));
  CHECK(check_sites_output(root / "sites", root / "single").refusal ==
        "it was made by \"oitgen build\", not by \"oitgen build --sites\"");
  fs::remove_all(root);
}

TEST_CASE("a marker of another shape is no marker, and no error") {
  const fs::path root = fresh_folder("marker-shape");
  for (const char* text : {R"({"format": 1})", R"([1, 2])", R"({"format": null})", "{"}) {
    write_file(root / output_marker_name, text);
    CHECK_FALSE(has_output_marker(root));
    CHECK_FALSE(output_made_by(root));
  }
  write_file(root / output_marker_name, R"({"format": "oitgen-output-1", "made_by": 5})");
  CHECK(output_made_by(root) == "");
  fs::remove_all(root);
}
