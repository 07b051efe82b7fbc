#include "util/sha256.h"

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace oitgen {

namespace {

// Fetched once and kept: with EVP_sha256(), OpenSSL 3 looks the implementation up at every
// init, which costs more than hashing a small file (a no-op build hashes a hundred or more).
const EVP_MD* sha256_method() {
  static const EVP_MD* const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return method ? method : EVP_sha256();
}

struct DigestContext {
  DigestContext() : ctx(EVP_MD_CTX_new()) {
    if (!ctx || EVP_DigestInit_ex(ctx, sha256_method(), nullptr) != 1)
      throw std::runtime_error("SHA-256 unavailable");
  }
  ~DigestContext() { EVP_MD_CTX_free(ctx); }
  DigestContext(const DigestContext&) = delete;
  DigestContext& operator=(const DigestContext&) = delete;

  void update(const char* data, std::size_t size) { EVP_DigestUpdate(ctx, data, size); }
  std::string hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, digest.data(), &length);
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
      out += digits[digest[i] >> 4];
      out += digits[digest[i] & 0x0F];
    }
    return out;
  }

  EVP_MD_CTX* ctx;
};

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  DigestContext digest;
  digest.update(bytes.data(), bytes.size());
  return digest.hex();
}

std::string sha256_file(const std::filesystem::path& path, SizeLimit limit) {
  const FileRead read = read_regular_file(path, limit);
  if (!read) throw std::runtime_error(path.generic_string() + ": " + read.error->message);
  return sha256_hex(read.bytes);
}

}  // namespace oitgen
