#include "archive/signing.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace oitgen {

namespace {

struct KeyDeleter {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct ContextDeleter {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BioDeleter {
  void operator()(BIO* bio) const { BIO_free(bio); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;

Key read_private_key(const std::filesystem::path& key_file) {
  std::unique_ptr<BIO, BioDeleter> bio(BIO_new_file(key_file.c_str(), "r"));
  if (!bio) throw std::runtime_error("cannot read the key file " + key_file.string());
  Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
  if (!key) throw std::runtime_error(key_file.string() + " is not a PEM private key");
  if (EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519)
    throw std::runtime_error(
        key_file.string() +
        " is not an Ed25519 key (make one with: openssl genpkey -algorithm ed25519)");
  return key;
}

std::string base64(const std::vector<unsigned char>& bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes.data(),
                                     static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(length));
  return out;
}

std::vector<unsigned char> unbase64(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
    text.remove_suffix(1);
  std::vector<unsigned char> out(3 * (text.size() + 3) / 4 + 1);
  const int length =
      EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()),
                      static_cast<int>(text.size()));
  if (length < 0) return {};
  std::size_t size = static_cast<std::size_t>(length);
  // EVP_DecodeBlock counts the padding as bytes.
  if (text.size() >= 1 && text[text.size() - 1] == '=') --size;
  if (text.size() >= 2 && text[text.size() - 2] == '=') --size;
  out.resize(size);
  return out;
}

}  // namespace

std::string sign_ed25519(std::string_view message, const std::filesystem::path& key_file) {
  const Key key = read_private_key(key_file);
  std::unique_ptr<EVP_MD_CTX, ContextDeleter> ctx(EVP_MD_CTX_new());
  std::size_t length = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(message.data());
  if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestSign(ctx.get(), nullptr, &length, data, message.size()) != 1)
    throw std::runtime_error("signing failed");
  std::vector<unsigned char> signature(length);
  if (EVP_DigestSign(ctx.get(), signature.data(), &length, data, message.size()) != 1)
    throw std::runtime_error("signing failed");
  signature.resize(length);
  return base64(signature);
}

std::string public_key_pem(const std::filesystem::path& key_file) {
  const Key key = read_private_key(key_file);
  std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_PUBKEY(bio.get(), key.get());
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

bool verify_ed25519(std::string_view message, std::string_view signature,
                    const std::string& public_pem) {
  std::unique_ptr<BIO, BioDeleter> bio(
      BIO_new_mem_buf(public_pem.data(), static_cast<int>(public_pem.size())));
  const Key key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
  if (!key || EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519) return false;
  const std::vector<unsigned char> bytes = unbase64(signature);
  if (bytes.empty()) return false;
  std::unique_ptr<EVP_MD_CTX, ContextDeleter> ctx(EVP_MD_CTX_new());
  return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
         EVP_DigestVerify(ctx.get(), bytes.data(), bytes.size(),
                          reinterpret_cast<const unsigned char*>(message.data()),
                          message.size()) == 1;
}

}  // namespace oitgen
