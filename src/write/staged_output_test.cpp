#include "write/staged_output.h"

#include <doctest/doctest.h>

#include <unistd.h>
#include <fstream>
#include <sstream>

using namespace oitgen;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

fs::path fresh_folder(const std::string& name) {
  const fs::path folder =
      fs::temp_directory_path() / ("oitgen-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

}  // namespace

TEST_CASE("paths that leave the output are refused") {
  CHECK(is_contained_path("index.html"));
  CHECK(is_contained_path("plans/2566-2570/index.html"));
  CHECK_FALSE(is_contained_path("../index.html"));
  CHECK_FALSE(is_contained_path("plans/../../x"));
  CHECK_FALSE(is_contained_path("/etc/passwd"));
  CHECK_FALSE(is_contained_path("a//b"));
  CHECK_FALSE(is_contained_path(""));
  const fs::path root = fresh_folder("refuse");
  StagedOutput output(root / "output");
  CHECK_THROWS_AS(output.write("../escape.html", "x"), std::runtime_error);
  CHECK_FALSE(fs::exists(root / "escape.html"));
}

TEST_CASE("the output changes only on commit") {
  const fs::path root = fresh_folder("commit");
  const fs::path target = root / "output";
  fs::create_directories(target);
  std::ofstream(target / "old.html") << "old";
  {
    StagedOutput output(target);
    output.write("index.html", "new");
    CHECK(read(target / "old.html") == "old");  // not yet
  }
  // Abandoned without commit: the old output stands and nothing is left behind.
  CHECK(read(target / "old.html") == "old");
  CHECK(std::distance(fs::directory_iterator(root), fs::directory_iterator()) == 1);

  StagedOutput output(target);
  output.write("plans/x/index.html", "new");
  output.commit();
  CHECK(read(target / "plans/x/index.html") == "new");
  CHECK_FALSE(fs::exists(target / "old.html"));
  CHECK(std::distance(fs::directory_iterator(root), fs::directory_iterator()) == 1);
  fs::remove_all(root);
}
