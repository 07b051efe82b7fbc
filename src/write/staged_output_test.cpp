#include "write/staged_output.h"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "util/safe_fs.h"
#include "util/sha256.h"
#include "write/folder_lock.h"
#include "write/output_guard.h"
#include "write/output_marker.h"

using namespace oitgen;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

fs::path fresh_folder(const std::string& name) {
  const fs::path folder =
      fs::temp_directory_path() / ("oitgen-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  return fs::canonical(folder);
}

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

OutputOwner test_owner() {
  return site_output_owner();
}

// An output of the released layout before the marker, as that version wrote it.
void write_unmarked_output(const fs::path& folder) {
  write_file(folder / "index.html", "<!doctype html>");
  write_file(folder / "404.html", "<!doctype html>");
  write_file(folder / "robots.txt",
             "User-agent: *\nAllow: /\nSitemap: https://x.go.th/sitemap.xml\n");
  write_file(folder / "sitemap.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
             "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n</urlset>\n");
  write_file(folder / "feed.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed "
             "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"th\">\n</feed>\n");
  write_file(folder / "assets/style.css", "body{}");
  write_file(folder / "plans/p/index.html", "<!doctype html>");
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
  StagedOutput output(root / "output", test_owner());
  CHECK_THROWS_AS(output.write("../escape.html", "x"), std::runtime_error);
  CHECK_THROWS_AS(output.write(output_marker_name, "x"), std::runtime_error);
  CHECK_FALSE(fs::exists(root / "escape.html"));
}

TEST_CASE("the output changes only on commit and carries the marker") {
  const fs::path root = fresh_folder("commit");
  const fs::path target = root / "output";
  {
    StagedOutput first(target, test_owner());
    first.write("old.html", "old");
    first.commit();
  }
  {
    StagedOutput output(target, test_owner());
    output.write("index.html", "new");
    CHECK(read(target / "old.html") == "old");  // not yet
    // While it is written, the staging folder's marker names the process.
    CHECK(read(output.staging() / output_marker_name).find(std::to_string(::getpid())) !=
          std::string::npos);
  }
  // Abandoned without commit: the old output stands and nothing is left behind.
  CHECK(read(target / "old.html") == "old");
  CHECK(names_in(root) == std::vector<std::string>{"output"});

  StagedOutput output(target, test_owner());
  output.write("plans/x/index.html", "new");
  output.commit();
  CHECK(read(target / "plans/x/index.html") == "new");
  CHECK_FALSE(fs::exists(target / "old.html"));
  CHECK(names_in(root) == std::vector<std::string>{"output"});
  CHECK(has_output_marker(target));
  // The finished marker names no process: two builds of the same content are identical.
  CHECK(read(target / output_marker_name) == output_marker_text("oitgen build"));
  fs::remove_all(root);
}

TEST_CASE("only an empty folder, a marked one or an unmarked oitgen output is replaced") {
  const fs::path root = fresh_folder("replace");
  const OutputOwner owner = test_owner();
  CHECK_FALSE(replace_refusal(root / "new", owner));

  fs::create_directories(root / "empty");
  CHECK_FALSE(replace_refusal(root / "empty", owner));

  write_file(root / "file", "x");
  CHECK(replace_refusal(root / "file", owner) == "it is a file, not a folder");

  write_file(root / "other/notes.txt", "mine");
  write_file(root / "other/index.html", "mine");
  const auto refusal = replace_refusal(root / "other", owner);
  REQUIRE(refusal);
  CHECK(*refusal ==
        "it holds files that oitgen did not write (such as index.html) and has no .oitgen-output "
        "marker");
  CHECK_THROWS_AS(StagedOutput(root / "other", owner), OutputRefused);
  CHECK(names_in(root / "other") == std::vector<std::string>{"index.html", "notes.txt"});
  CHECK(read(root / "other/notes.txt") == "mine");

  // A marker that is not oitgen's text is not a marker.
  write_file(root / "fake/.oitgen-output", "{}");
  CHECK(replace_refusal(root / "fake", owner));

  write_unmarked_output(root / "released");
  CHECK(is_unmarked_site_output(root / "released"));
  CHECK_FALSE(replace_refusal(root / "released", owner));
  write_file(root / "released/notes.txt", "mine");  // something a build never writes
  CHECK_FALSE(is_unmarked_site_output(root / "released"));
  fs::remove(root / "released/notes.txt");
  write_file(root / "released/feed.xml", "<rss/>");  // another generator's feed
  CHECK_FALSE(is_unmarked_site_output(root / "released"));
  write_unmarked_output(root / "released");

  StagedOutput output(root / "released", owner);
  output.write("index.html", "new");
  output.commit();
  CHECK(names_in(root / "released") == std::vector<std::string>{".oitgen-output", "index.html"});
  fs::remove_all(root);
}

TEST_CASE("the build's output may not be the site, its content or above it") {
  const fs::path root = fresh_folder("guard");
  const fs::path site = root / "site";
  fs::create_directories(site / "content/plans");
  fs::create_symlink(site / "content", root / "link-to-content");
  auto refusal = [&](const fs::path& output) { return check_build_output(site, output).refusal; };
  CHECK(refusal(site) == "it is the site folder itself");
  CHECK(refusal(site / ".." / "site") == "it is the site folder itself");
  CHECK(refusal(site / "") == "it is the site folder itself");
  CHECK(refusal(site / "content") == "it is the site's content folder");
  CHECK(refusal(root / "link-to-content") == "it is the site's content folder");
  CHECK(refusal(site / "content/plans") == "it is inside the site's content folder");
  CHECK(refusal(site / "content/new") == "it is inside the site's content folder");
  CHECK(refusal(root) == "it holds the site folder " + site.string());
  CHECK(refusal("/") == "it holds the site folder " + site.string());
  CHECK(refusal(site / "output") == "");
  const OutputCheck trailing = check_build_output(site, (site / "out").string() + "/");
  CHECK(trailing.refusal == "");
  CHECK(trailing.folder == site / "out");
  CHECK(fs::is_directory(site / "content/plans"));
  fs::remove_all(root);
}

TEST_CASE("the swap works by exchange and by the two renames") {
  for (const SwapMethod method : {SwapMethod::exchange, SwapMethod::two_renames}) {
    const fs::path root = fresh_folder("swap");
    const fs::path target = root / "output";
    for (const std::string version : {"1", "2", "3"}) {
      StagedOutput output(target, test_owner(), method);
      output.write("index.html", version);
      output.commit();
      CHECK(read(target / "index.html") == version);
      CHECK(names_in(root) == std::vector<std::string>{"output"});
    }
    fs::remove_all(root);
  }
  // The exchange itself: both folders exist before and after, with traded names.
  const fs::path root = fresh_folder("exchange");
  write_file(root / "a/x", "a");
  write_file(root / "b/x", "b");
  const Swapped swapped = swap_in(root / "a", root / "b", root / "aside");
  CHECK(swapped.exchanged);  // ext4 and tmpfs can
  CHECK(swapped.previous == root / "a");
  CHECK(read(root / "a/x") == "b");
  CHECK(read(root / "b/x") == "a");
  CHECK_FALSE(fs::exists(root / "aside"));
  fs::remove_all(root);
}

TEST_CASE("leftover names") {
  CHECK(staging_folder_name("output", 42) == ".output.staging-42");
  CHECK(aside_folder_name("output", 42, 2) == ".output.old-42-2");
  CHECK(leftover_of(".output.staging-42") == "output");
  CHECK(leftover_of(".my.site.old-42-3") == "my.site");
  CHECK(leftover_of(".2567.staging-7") == "2567");
  CHECK_FALSE(leftover_of("output"));
  CHECK_FALSE(leftover_of(".output.staging-"));
  CHECK_FALSE(leftover_of(".output.staging-x"));
  CHECK_FALSE(leftover_of("output.staging-1"));
}

TEST_CASE("leftovers of dead runs are removed, others left alone") {
  const fs::path root = fresh_folder("leftovers");
  const fs::path target = root / "output";
  // A killed build's staging folder, a killed swap's old folder, an empty one, and folders
  // with oitgen's names that oitgen did not fill.
  write_file(root / ".output.staging-999999/index.html", "half");
  write_file(root / ".output.staging-999999" / output_marker_name,
             output_marker_text("oitgen build", 999999));
  write_unmarked_output(root / ".output.old-999998");
  fs::create_directories(root / ".output.staging-999997");
  write_file(root / ".output.staging-999996/mine.txt", "mine");
  write_file(root / ".output.old-999995", "a file");
  write_file(root / ".other.staging-999999" / output_marker_name, output_marker_text("x", 1));

  StagedOutput output(target, test_owner());
  const Leftovers& found = output.leftovers();
  CHECK(found.removed == std::vector<fs::path>{root / ".output.old-999998",
                                               root / ".output.staging-999997",
                                               root / ".output.staging-999999"});
  CHECK(found.not_ours ==
        std::vector<fs::path>{root / ".output.old-999995", root / ".output.staging-999996"});
  CHECK(found.in_use.empty());
  CHECK(read(root / ".output.staging-999996/mine.txt") == "mine");
  CHECK(fs::exists(root / ".other.staging-999999"));  // another target's
  CHECK(leftover_notes(found).size() == 5);
  fs::remove_all(root);
}

TEST_CASE("a running process's staging folder is left alone") {
  const fs::path root = fresh_folder("live");
  const fs::path target = root / "output";
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // A build in progress: its staging folder exists, locked, with the marker.
    ::close(ready[0]);
    {
      StagedOutput output(target, test_owner());
      output.write("index.html", "in progress");
      const char byte = 1;
      if (::write(ready[1], &byte, 1) != 1) ::_exit(1);
      ::pause();  // until killed
    }
    ::_exit(0);
  }
  ::close(ready[1]);
  char byte = 0;
  REQUIRE(::read(ready[0], &byte, 1) == 1);
  ::close(ready[0]);
  const fs::path staging = root / staging_folder_name("output", child);
  REQUIRE(fs::exists(staging / "index.html"));

  const Leftovers live = remove_leftovers(
      root, [](const std::string& name) { return name == "output"; }, is_unmarked_site_output);
  CHECK(live.in_use == std::vector<fs::path>{staging});
  CHECK(live.removed.empty());
  CHECK(fs::exists(staging / "index.html"));
  // This process holds no lock on it either: a lock is per open folder, not per process.
  CHECK_FALSE(FolderLock::try_take(staging));

  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFSIGNALED(status));
  StagedOutput next(target, test_owner());
  CHECK(next.leftovers().removed == std::vector<fs::path>{staging});
  CHECK_FALSE(fs::exists(staging));
  fs::remove_all(root);
}

TEST_CASE("a folder of oitgen's is removed with its marker last") {
  const fs::path root = fresh_folder("remove");
  write_unmarked_output(root / "tree");
  CHECK_FALSE(remove_own_folder(root / "tree"));
  CHECK_FALSE(fs::exists(root / "tree"));
  // A symbolic link inside is removed, not followed.
  write_file(root / "kept/file", "kept");
  write_file(root / "tree2/x", "x");
  fs::create_directory_symlink(root / "kept", root / "tree2/link");
  CHECK_FALSE(remove_own_folder(root / "tree2"));
  CHECK(read(root / "kept/file") == "kept");
  fs::remove_all(root);
}

TEST_CASE("a reused output links the files whose bytes stay and never writes through a link") {
  const fs::path root = fresh_folder("reuse");
  const fs::path target = root / "output";
  {
    StagedOutput first(target, test_owner());
    first.write("same.html", "same");
    first.write("changed.html", "old");
    first.write("kept.html", "kept");
    first.commit();
    CHECK(first.files().size() == 3);
    CHECK(first.reused() == 0);
  }
  auto inode = [](const fs::path& file) {
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    return info.st_ino;
  };
  const auto same = inode(target / "same.html");
  const auto changed = inode(target / "changed.html");
  const auto kept = inode(target / "kept.html");
  StagedOutput second(target, test_owner());
  second.reuse({{"same.html", sha256_hex("same")},
                {"changed.html", sha256_hex("old")},
                {"kept.html", sha256_hex("kept")}});
  second.write("same.html", "same");
  second.write("changed.html", "new");
  CHECK(second.keep("kept.html"));
  CHECK_FALSE(second.keep("never-written.html"));
  // The same path staged again after it was linked: the live file stays as it was.
  second.write("same.html", "other bytes");
  CHECK(read(target / "same.html") == "same");
  CHECK(second.reused() == 2);
  second.commit();
  CHECK(read(target / "same.html") == "other bytes");
  CHECK(read(target / "changed.html") == "new");
  CHECK(read(target / "kept.html") == "kept");
  CHECK(inode(target / "kept.html") == kept);
  CHECK(inode(target / "changed.html") != changed);
  CHECK(inode(target / "same.html") != same);
  CHECK(second.files().at("same.html") == sha256_hex("other bytes"));
  fs::remove_all(root);
}
