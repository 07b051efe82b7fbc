#include "archive/verify.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "archive/manifest.h"
#include "util/sha256.h"

using namespace oitgen;
namespace fs = std::filesystem;

namespace {

struct ArchiveFolder {
  fs::path root = fs::temp_directory_path() /
                  ("oitgen-verify-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
  fs::path archive = root / "content/archive";
  ArchiveFolder() { fs::create_directories(archive / "2567"); }
  ~ArchiveFolder() {
    std::error_code ignored;
    fs::remove_all(root, ignored);
  }
  void write(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
  }
  // A manifest of 2567 listing `paths`, each with the size and hash of `bytes`.
  void manifest(const std::vector<std::string>& paths, const std::string& bytes) {
    Manifest m;
    m.fiscal_year = 2567;
    for (const auto& path : paths) m.files.push_back({path, bytes.size(), sha256_hex(bytes)});
    write(archive / "2567" / manifest_name, manifest_json(m));
  }
  static inline int count = 0;
};

bool has(const std::vector<std::string>& lines, const std::string& text) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("a snapshot path must stay inside its snapshot") {
  for (const char* path : {"index.html", "static/ไฟล์ 1.pdf", "a..b/c", "..x"})
    CHECK_MESSAGE(is_snapshot_path(path), path);
  for (const std::string& path :
       std::vector<std::string>{"", "../x", "a/../../b", "/etc/passwd", "a\\..\\b", "a//b", "a/",
                                "./a", "a\nb", std::string("a\0b", 3), "a\x7f"})
    CHECK_MESSAGE(!is_snapshot_path(path), path);
}

TEST_CASE("verify names manifest entries outside the snapshot and never reads them") {
  ArchiveFolder a;
  // The same bytes outside the snapshot: reading them would make the entries look unchanged.
  a.write(a.root / "secret", "secret");
  a.write(a.archive / "secret", "secret");
  a.manifest({"../../../secret", "../secret", (a.root / "secret").string()}, "secret");
  auto source = folder_source(a.archive);
  const VerifyReport report = verify_archive(*source);
  CHECK(report.files == 0);
  REQUIRE(report.problems.size() == 3);
  CHECK(has(report.problems,
            "2567/manifest.json: lists \"../../../secret\", which is not a path "
            "inside the snapshot"));
  CHECK(has(report.problems, "2567/manifest.json: lists \"../secret\""));
  CHECK(has(report.problems, "2567/manifest.json: lists \"" + (a.root / "secret").string()));
}

TEST_CASE("verify reads a snapshot's files as regular files within their declared size") {
  ArchiveFolder a;
  a.manifest({"index.html", "link.html", "pipe.html", "big.html"}, "page");
  a.write(a.archive / "2567/index.html", "page");
  a.write(a.archive / "2567/big.html", "page and more");
  a.write(a.root / "page.html", "page");
  fs::create_symlink(a.root / "page.html", a.archive / "2567/link.html");
  REQUIRE(::mkfifo((a.archive / "2567/pipe.html").c_str(), 0600) == 0);
  auto source = folder_source(a.archive);
  const VerifyReport report = verify_archive(*source);
  CHECK(report.files == 4);
  CHECK(has(report.problems, "2567/link.html: is a symbolic link to"));
  CHECK(has(report.problems, "2567/pipe.html: is a FIFO (named pipe)"));
  CHECK(has(report.problems, "2567/big.html: changed (larger than the 4 bytes its manifest"));
  CHECK(!has(report.problems, "2567/index.html"));
}

TEST_CASE("a snapshot folder that is a symbolic link is named, not followed") {
  ArchiveFolder a;
  a.manifest({}, "");
  fs::create_directories(a.root / "elsewhere");
  fs::create_directory_symlink(a.root / "elsewhere", a.archive / "2566");
  auto source = folder_source(a.archive);
  const VerifyReport report = verify_archive(*source);
  CHECK(report.snapshots == 1);
  CHECK(has(report.problems, "2566: is a symbolic link to"));
}
