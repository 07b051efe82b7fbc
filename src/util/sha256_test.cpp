#include "util/sha256.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

using namespace oitgen;

TEST_CASE("SHA-256 of known texts") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256_file reads only a regular file within its limit, naming it otherwise") {
  namespace fs = std::filesystem;
  const fs::path folder =
      fs::temp_directory_path() / ("oitgen-sha256-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  std::ofstream(folder / "abc") << "abc";
  constexpr SizeLimit limit{3, "a test file"};
  CHECK(sha256_file(folder / "abc", limit) ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  std::ofstream(folder / "abcd") << "abcd";
  CHECK_THROWS_WITH_AS(sha256_file(folder / "abcd", limit),
                       doctest::Contains("abcd: is too large: 4 bytes (limit 3 bytes"),
                       std::runtime_error);
  // A FIFO would block a reader until a writer comes: it is refused without being opened.
  REQUIRE(::mkfifo((folder / "pipe").c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(sha256_file(folder / "pipe", limit),
                       doctest::Contains("pipe: is a FIFO (named pipe), not a regular file"),
                       std::runtime_error);
  fs::remove_all(folder);
}
