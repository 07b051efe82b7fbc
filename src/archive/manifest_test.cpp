#include "archive/manifest.h"
#include "load/manifest_reader.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

#include "archive/signing.h"

using namespace oitgen;

TEST_CASE("a manifest reads back as written") {
  Manifest manifest;
  manifest.fiscal_year = 2567;
  manifest.built_at = "2024-10-20T03:00:00Z";
  manifest.oitgen_version = "0.1.0";
  manifest.previous_year = 2566;
  manifest.previous_sha256 = std::string(64, 'a');
  manifest.replaces = {std::string(64, 'b')};
  manifest.files = {{"index.html", 12, std::string(64, 'c')}};
  const Manifest back = parse_manifest(manifest_json(manifest));
  CHECK(back.fiscal_year == 2567);
  CHECK(back.previous_year == std::optional<int>(2566));
  CHECK(back.previous_sha256 == manifest.previous_sha256);
  CHECK(back.replaces == manifest.replaces);
  REQUIRE(back.files.size() == 1);
  CHECK(back.files[0].size == 12);
  CHECK(manifest_json(back) == manifest_json(manifest));
  CHECK_THROWS_AS(parse_manifest("{\"files\": []}"), std::runtime_error);
}

TEST_CASE("a signature verifies only its own message and key") {
  // A fixed test key (Ed25519, PEM), made with: openssl genpkey -algorithm ed25519
  const std::string key =
      "-----BEGIN PRIVATE KEY-----\n"
      "MC4CAQAwBQYDK2VwBCIEIE6UyxvVdq1gFqoHhlc4k8fXaPhJ4eH4tEDlnvO3Kp3M\n"
      "-----END PRIVATE KEY-----\n";
  // Named by the process: two test runs at once must not read each other's half-written key.
  const auto file = std::filesystem::temp_directory_path() /
                    ("oitgen-test-key-" + std::to_string(::getpid()) + ".pem");
  { std::ofstream(file) << key; }
  const std::string signature = sign_ed25519("manifest", file);
  const std::string public_key = public_key_pem(file);
  CHECK(verify_ed25519("manifest", signature, public_key));
  CHECK_FALSE(verify_ed25519("manifest!", signature, public_key));
  std::string broken = signature;
  broken[0] = broken[0] == 'A' ? 'B' : 'A';
  CHECK_FALSE(verify_ed25519("manifest", broken, public_key));
  CHECK_FALSE(verify_ed25519("manifest", "not base64", public_key));
  std::filesystem::remove(file);
}

TEST_CASE("hash_folder hashes regular files and refuses links and FIFOs, naming them") {
  namespace fs = std::filesystem;
  const fs::path folder =
      fs::temp_directory_path() / ("oitgen-hash-folder-" + std::to_string(::getpid()));
  fs::create_directories(folder / "data");
  std::ofstream(folder / "index.html") << "abc";
  std::ofstream(folder / "data" / "a.json") << "{}";
  std::ofstream(folder / manifest_name) << "{}";
  const auto files = hash_folder(folder);
  REQUIRE(files.size() == 2);
  CHECK(files[0].path == "data/a.json");
  CHECK(files[1].path == "index.html");
  CHECK(files[1].size == 3);
  CHECK(files[1].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

  fs::create_symlink("/etc/passwd", folder / "passwd");
  CHECK_THROWS_WITH_AS(hash_folder(folder),
                       doctest::Contains("passwd: is a symbolic link to /etc/passwd"),
                       std::runtime_error);
  fs::remove(folder / "passwd");
  REQUIRE(::mkfifo((folder / "pipe").c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(hash_folder(folder),
                       doctest::Contains("pipe: is a FIFO (named pipe), not a regular file"),
                       std::runtime_error);
  fs::remove_all(folder);
}
