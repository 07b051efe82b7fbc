#include "util/safe_fs.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

namespace fs = std::filesystem;
using namespace oitgen;

namespace {

// A scratch folder, removed with everything in it at the end of the test.
struct Scratch {
  fs::path root = fs::temp_directory_path() /
                  ("oitgen-safe-fs-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
  Scratch() { fs::create_directories(root / "content"); }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(root, ignored);
  }
  fs::path write(const std::string& path, const std::string& bytes) {
    const fs::path file = root / path;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }
  static inline int count = 0;
};

constexpr SizeLimit small{10, "a test file"};

}  // namespace

TEST_CASE("a regular file within its limit reads back byte for byte") {
  Scratch s;
  const std::string bytes("ก\r\n\0\xff", 7);
  const auto read = read_regular_file(s.write("content/a.bin", bytes), small);
  REQUIRE(read);
  CHECK(read.bytes == bytes);
  CHECK(read_regular_file(s.write("content/empty", ""), small).bytes.empty());
}

TEST_CASE("a file over its limit is refused, naming the limit and the kind of file") {
  Scratch s;
  const auto read = read_regular_file(s.write("content/big", std::string(11, 'x')), small);
  REQUIRE_FALSE(read);
  CHECK(read.error->problem == FileProblem::too_large);
  CHECK(read.error->message == "is too large: 11 bytes (limit 10 bytes for a test file)");
  CHECK(read.bytes.empty());
  // A sparse file takes no disk space and no memory: its size is refused before any read.
  const fs::path sparse = s.root / "content" / "sparse";
  std::ofstream(sparse).close();
  fs::resize_file(sparse, 20 * limits::mib);
  const auto huge = read_regular_file(sparse, limits::data_json);
  CHECK(huge.error->message ==
        "is too large: 20 MiB (limit 16 MiB for a plan, report, ITA or OIT links file)");
  CHECK(regular_file_size(sparse, limits::data_json).error->problem == FileProblem::too_large);
  CHECK(regular_file_size(sparse, limits::static_file).size == 20 * limits::mib);
}

TEST_CASE("a FIFO is refused at once, without waiting for a writer") {
  Scratch s;
  const fs::path fifo = s.root / "content" / "site.json";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto read = read_regular_file(fifo, small);
  REQUIRE_FALSE(read);
  CHECK(read.error->problem == FileProblem::not_regular);
  CHECK(read.error->message == "is a FIFO (named pipe), not a regular file");
  CHECK_FALSE(regular_file_size(fifo, small));
}

TEST_CASE("devices and folders are not regular files; a missing file is missing") {
  Scratch s;
  CHECK(read_regular_file("/dev/zero", small).error->message ==
        "is a character device, not a regular file");
  CHECK(read_regular_file(s.root, small).error->message == "is a folder, not a regular file");
  CHECK(read_regular_file(s.root / "nothing", small).error->problem == FileProblem::missing);
}

TEST_CASE("a link inside the folder is followed; one that leaves it is refused with its target") {
  Scratch s;
  s.write("content/pages/a.md", "A");
  s.write("secret", "S");
  fs::create_symlink("a.md", s.root / "content/pages/b.md");
  fs::create_symlink(s.root / "secret", s.root / "content/pages/out.md");
  fs::create_symlink("/dev/zero", s.root / "content/zero.json");
  InputFolder content(s.root / "content", "content/");
  CHECK(content.read(s.root / "content/pages/b.md", small).bytes == "A");
  const auto out = content.read(s.root / "content/pages/out.md", small);
  REQUIRE_FALSE(out);
  CHECK(out.error->problem == FileProblem::outside);
  CHECK(out.error->message == "is a symbolic link to " + fs::canonical(s.root / "secret").string() +
                                  ", outside content/");
  CHECK(content.read(s.root / "content/zero.json", small).error->message ==
        "is a symbolic link to /dev/zero, outside content/");
  CHECK_FALSE(content.size(s.root / "content/pages/out.md", limits::static_file));

  const auto listing = content.list(s.root / "content/pages");
  REQUIRE(listing.entries.size() == 2);
  CHECK(listing.entries[0].path.filename() == "a.md");
  CHECK(listing.entries[1].path.filename() == "b.md");
  CHECK(listing.entries[1].is_file());
  REQUIRE(listing.errors.size() == 1);
  CHECK(listing.errors[0].path.filename() == "out.md");
}

TEST_CASE("link loops, dangling links and folders linked in twice are errors, never a hang") {
  Scratch s;
  s.write("content/static/a.css", "x");
  fs::create_symlink(".", s.root / "content/static/self");
  fs::create_symlink("two", s.root / "content/static/one");
  fs::create_symlink("one", s.root / "content/static/two");
  fs::create_symlink("gone.css", s.root / "content/static/dangling.css");
  InputFolder content(s.root / "content", "content/");
  const FileWalk walk = content.walk(s.root / "content/static");
  CHECK(walk.files == std::vector<std::string>{"a.css"});
  REQUIRE(walk.errors.size() == 4);
  CHECK(walk.errors[0].path.filename() == "dangling.css");
  CHECK(walk.errors[0].message == "is a symbolic link to gone.css, which does not exist");
  CHECK(walk.errors[1].path.filename() == "one");
  CHECK(walk.errors[1].message == "is a symbolic link loop: its links lead back to themselves");
  CHECK(walk.errors[2].path.filename() == "self");
  CHECK(walk.errors[2].message.starts_with("is a folder already read through another path"));
  CHECK(walk.errors[3].path.filename() == "two");
}

TEST_CASE("a walk without following links refuses every link and every special file") {
  Scratch s;
  s.write("snapshot/index.html", "x");
  s.write("snapshot/data/a.json", "{}");
  fs::create_symlink("index.html", s.root / "snapshot/copy.html");
  REQUIRE(::mkfifo((s.root / "snapshot/pipe").c_str(), 0600) == 0);
  InputFolder snapshot(s.root / "snapshot", "snapshot/", false);
  const FileWalk walk = snapshot.walk(s.root / "snapshot");
  CHECK(walk.files == std::vector<std::string>{"data/a.json", "index.html"});
  REQUIRE(walk.errors.size() == 2);
  CHECK(walk.errors[0].path.filename() == "copy.html");
  CHECK(walk.errors[0].message.starts_with(
      "is a symbolic link to index.html; links are not followed"));
  CHECK(walk.errors[1].message == "is a FIFO (named pipe), not a regular file");
}

TEST_CASE("folders deeper than the limit are reported, not walked") {
  Scratch s;
  fs::path deep = s.root / "content/static";
  for (int i = 0; i <= limits::folder_depth; ++i) deep /= "d";
  fs::create_directories(deep);
  InputFolder content(s.root / "content", "content/");
  const FileWalk walk = content.walk(s.root / "content/static");
  REQUIRE(walk.errors.size() == 1);
  CHECK(walk.errors[0].message == "is more than 32 folders deep; deeper folders are not read");
}

TEST_CASE("a listing of a missing folder is empty; of a file, an error") {
  Scratch s;
  InputFolder content(s.root / "content", "content/");
  const auto missing = content.list(s.root / "content/plans");
  CHECK(missing.entries.empty());
  CHECK(missing.errors.empty());
  s.write("content/news", "not a folder");
  const auto file = content.list(s.root / "content/news");
  REQUIRE(file.errors.size() == 1);
  CHECK(file.errors[0].message == "is a regular file, not a folder");
}

TEST_CASE("sizes are described as people read them") {
  CHECK(describe_size(200) == "200 bytes");
  CHECK(describe_size(16 * limits::mib) == "16 MiB");
  CHECK(describe_size(3 * limits::mib / 2) == "1.5 MiB");
  CHECK(describe_size(5120 * limits::mib) == "5 GiB");
}
