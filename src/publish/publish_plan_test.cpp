#include "publish/publish_plan.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <fstream>

#include "write/output_guard.h"
#include "write/output_marker.h"
#include "write/staged_output.h"

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

  CHECK(parse_remote_manifest(remote_manifest_json(local)).files == local);
  CHECK(parse_remote_manifest(remote_manifest_json(local)).rejected.empty());
  CHECK(parse_remote_manifest("not json").files.empty());
  CHECK(plan_publish(output, local, local, true).uploads.empty());
  fs::remove_all(output);
}

TEST_CASE("a remote path must stay inside the target's folder") {
  for (const std::string& path :
       std::vector<std::string>{"index.html", "plans/2566-2570/index.html", "static/ไฟล์ 1.pdf",
                                ".well-known/x", "a..b/c", "..x", "x.."})
    CHECK_MESSAGE(is_safe_remote_path(path), path);
  for (const std::string& path : std::vector<std::string>{"",
                                                          "../other-site/index.html",
                                                          "/etc/x",
                                                          "a/../../b",
                                                          "..",
                                                          ".",
                                                          "./a",
                                                          "a/./b",
                                                          "a//b",
                                                          "a/",
                                                          "/",
                                                          "a\\..\\b",
                                                          "a\\b",
                                                          "a\nb",
                                                          std::string("a\0b", 3),
                                                          "a\x7f",
                                                          "a\rDELE x",
                                                          "a/..",
                                                          remote_manifest_name,
                                                          std::string(remote_path_limit + 1, 'a')})
    CHECK_MESSAGE(!is_safe_remote_path(path), path);
  CHECK(is_safe_remote_path(std::string(remote_path_limit, 'a')));
}

TEST_CASE("manifest entries outside the folder are rejected, never planned for deletion") {
  const RemoteManifest manifest = parse_remote_manifest(R"({"files": {
      "index.html": "aa", "../other-site/index.html": "bb", "/etc/x": "cc",
      "a/../../b": "dd", "ok/page.html": 5}})");
  CHECK(manifest.files == FileHashes{{"index.html", "aa"}});
  CHECK(manifest.rejected == std::vector<std::string>{"../other-site/index.html", "/etc/x",
                                                      "a/../../b", "ok/page.html"});
  const fs::path output = fs::temp_directory_path() / ("oitgen-plan-" + std::to_string(::getpid()));
  fs::create_directories(output);
  const PublishPlan plan = plan_publish(output, {}, manifest.files, true);
  CHECK(plan.deletions == std::vector<std::string>{"index.html"});
  fs::remove_all(output);
}

TEST_CASE("hash_output refuses a link or FIFO in the output, naming it, and never follows it") {
  const fs::path output =
      fs::temp_directory_path() / ("oitgen-plan-walk-" + std::to_string(::getpid()));
  fs::remove_all(output);
  fs::create_directories(output);
  std::ofstream(output / "index.html") << "page";
  fs::create_symlink("/etc/passwd", output / "passwd");
  CHECK_THROWS_WITH_AS(hash_output(output),
                       doctest::Contains("passwd: is a symbolic link to /etc/passwd"),
                       std::runtime_error);
  fs::remove(output / "passwd");
  REQUIRE(::mkfifo((output / "pipe").c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(hash_output(output),
                       doctest::Contains("pipe: is a FIFO (named pipe), not a regular file"),
                       std::runtime_error);
  fs::remove(output / "pipe");
  CHECK(hash_output(output).size() == 1);
  fs::remove_all(output);
}

TEST_CASE("the output marker of a built site is never published") {
  const fs::path root =
      fs::temp_directory_path() / ("oitgen-plan-marker-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  const fs::path target = root / "output";
  StagedOutput output(target, site_output_owner());
  output.write("plans/x/index.html", "new");
  output.commit();
  REQUIRE(fs::exists(target / output_marker_name));
  const FileHashes published = hash_output(target);
  CHECK(published.count("plans/x/index.html") == 1);
  CHECK(published.count(output_marker_name) == 0);
  fs::remove_all(root);
}
