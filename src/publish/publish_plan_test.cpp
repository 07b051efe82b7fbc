#include "publish/publish_plan.h"

#include <doctest/doctest.h>

#include <unistd.h>
#include <fstream>

using namespace oitgen;
namespace fs = std::filesystem;

TEST_CASE("only new and changed files go up, assets before pages; deletions only when asked") {
  const fs::path output = fs::temp_directory_path() / ("oitgen-plan-" + std::to_string(::getpid()));
  fs::remove_all(output);
  fs::create_directories(output / "assets");
  std::ofstream(output / "index.html") << "page";
  std::ofstream(output / "assets/style.css") << "css";
  std::ofstream(output / "same.html") << "same";
  const FileHashes local = hash_output(output);
  FileHashes remote = {
      {"same.html", local.at("same.html")}, {"index.html", "old"}, {"gone.html", "x"}};

  const PublishPlan plan = plan_publish(output, local, remote, false);
  CHECK(plan.uploads == std::vector<std::string>{"assets/style.css", "index.html"});
  CHECK(plan.upload_bytes == 7);
  CHECK(plan.deletions.empty());
  CHECK(plan.stale == std::vector<std::string>{"gone.html"});
  CHECK(plan_publish(output, local, remote, true).deletions ==
        std::vector<std::string>{"gone.html"});

  CHECK(parse_remote_manifest(remote_manifest_json(local)) == local);
  CHECK(parse_remote_manifest("not json").empty());
  CHECK(plan_publish(output, local, local, true).uploads.empty());
  fs::remove_all(output);
}
