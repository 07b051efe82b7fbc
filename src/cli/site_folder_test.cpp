#include "cli/site_folder.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>

namespace fs = std::filesystem;

namespace {

struct TempFolder {
  fs::path path;
  TempFolder() {
    std::string name = (fs::temp_directory_path() / "oitgen-site-folder-XXXXXX").string();
    path = mkdtemp(name.data());
  }
  ~TempFolder() { fs::remove_all(path); }
};

void make_site(const fs::path& site) {
  fs::create_directories(site / "content" / "plans" / "p");
  std::ofstream(site / "content" / "site.json") << "{}";
}

}  // namespace

TEST_CASE("find_site_folder: the current folder when it holds content/site.json") {
  const TempFolder tmp;
  make_site(tmp.path / "site");
  CHECK(oitgen::find_site_folder(tmp.path / "site") == fs::path("."));
}

TEST_CASE("find_site_folder: the nearest folder above that holds content/site.json") {
  const TempFolder tmp;
  make_site(tmp.path / "site");
  CHECK(oitgen::find_site_folder(tmp.path / "site" / "content") == fs::path(".."));
  CHECK(oitgen::find_site_folder(tmp.path / "site" / "content" / ".") == fs::path(".."));
  CHECK(oitgen::find_site_folder(tmp.path / "site" / "content/") == fs::path(".."));
  CHECK(oitgen::find_site_folder(tmp.path / "site" / "content" / "plans" / "p") ==
        fs::path("../../.."));
  // A site inside a site: the nearest one.
  make_site(tmp.path / "site" / "content" / "plans" / "p" / "inner");
  CHECK(oitgen::find_site_folder(tmp.path / "site" / "content" / "plans" / "p" / "inner" /
                                 "content") == fs::path(".."));
}

TEST_CASE("find_site_folder: nothing when no folder up to the root holds a site") {
  const TempFolder tmp;
  fs::create_directories(tmp.path / "a" / "b");
  // content/ without site.json is no site.
  fs::create_directories(tmp.path / "a" / "content" / "plans");
  CHECK_FALSE(oitgen::find_site_folder(tmp.path / "a" / "b").has_value());
}

TEST_CASE("find_site_folder: a site.json that is not a regular file still marks the site") {
  const TempFolder tmp;
  fs::create_directories(tmp.path / "site" / "content" / "site.json");
  fs::create_directories(tmp.path / "site" / "content" / "pages");
  CHECK(oitgen::find_site_folder(tmp.path / "site" / "content" / "pages") == fs::path("../.."));
}

TEST_CASE("site_folder: a folder the user names is taken as named") {
  CHECK(oitgen::site_folder(std::string("some/where")) == fs::path("some/where"));
}
