#include "util/file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

TEST_CASE("a file reads back byte for byte; a missing one reads as nothing") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("oitgen-file-" + std::to_string(::getpid()) + ".bin");
  const std::string bytes("ก\r\n\0\xff", 7);
  std::ofstream(path, std::ios::binary) << bytes;
  CHECK(oitgen::read_file(path) == bytes);
  CHECK_FALSE(oitgen::read_file(path, {6, "a test file"}).has_value());
  std::filesystem::remove(path);
  CHECK_FALSE(oitgen::read_file(path).has_value());
}

TEST_CASE("a FIFO reads as nothing, at once") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("oitgen-file-" + std::to_string(::getpid()) + ".fifo");
  REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
  CHECK_FALSE(oitgen::read_file(path).has_value());
  std::filesystem::remove(path);
}
