#pragma once
// Detached Ed25519 signatures of manifests (OpenSSL), in base64.

#include <filesystem>
#include <string>
#include <string_view>

namespace oitgen {

// The signature of `message` by the PEM private key in `key_file`, base64. Throws
// std::runtime_error when the key cannot be read or is not Ed25519.
std::string sign_ed25519(std::string_view message, const std::filesystem::path& key_file);

// The PEM public key of a PEM private key file.
std::string public_key_pem(const std::filesystem::path& key_file);

// Whether `signature` (base64) is a valid signature of `message` by `public_pem`.
bool verify_ed25519(std::string_view message, std::string_view signature,
                    const std::string& public_pem);

}  // namespace oitgen
