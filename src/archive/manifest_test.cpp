#include "archive/manifest.h"

#include <doctest/doctest.h>

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
  const auto file = std::filesystem::temp_directory_path() / "oitgen-test-key.pem";
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
