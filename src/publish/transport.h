#pragma once
// Moving files to a web host: one small interface, one libcurl implementation per protocol.

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "model/site.h"

namespace oitgen {

// A failure talking to the host. `transient` failures (time-outs, dropped connections, a busy
// server) are worth retrying; a refused `login` ends the run, since every file would fail the
// same way; `permanent` ones (a missing folder, no permission) fail that file only.
class TransferError : public std::runtime_error {
 public:
  // `untrusted`: the host could not be proven to be the one meant (its SSH key or certificate);
  // like a refused login it ends the run before anything is sent.
  enum class Kind { transient, permanent, login, untrusted };
  TransferError(const std::string& message, Kind kind) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }
  bool transient() const { return kind_ == Kind::transient; }

 private:
  Kind kind_;
};

struct TransportOptions {
  std::string user;           // from the environment only
  std::string password;       // from the environment only; never printed
  std::string key_file;       // sftp: a private key instead of a password
  std::string ca_file;        // trust this certificate authority too (self-hosted, tests)
  std::string known_hosts;    // sftp: the known_hosts file that holds the host's key
  long timeout_seconds = 60;  // with no byte moved, or no answer from the server
};

class Transport {
 public:
  virtual ~Transport() = default;
  // A file's bytes, or nothing when the host has no such file; a permanent TransferError,
  // naming the limit, when it holds more than `limit` bytes.
  virtual std::optional<std::string> get(const std::string& path, std::size_t limit) = 0;
  virtual void put(const std::string& path, const std::string& bytes) = 0;
  virtual void remove(const std::string& path) = 0;
};

// For publish.<name> of site.json: sftp://, ftp://, ftps:// (explicit TLS), https:// (WebDAV)
// or s3://bucket/prefix with `endpoint` and `region`.
// Throws TransferError (untrusted) for an SFTP target without a readable known_hosts file:
// host keys are always verified, and a password never goes to a host that is not proven.
std::unique_ptr<Transport> make_transport(const PublishTarget& target,
                                          const TransportOptions& options);

// What to run to trust an SFTP host: the ssh-keyscan command that adds its key to
// `known_hosts`, and --known-hosts.
std::string host_key_advice(const std::string& url, const std::string& known_hosts);

}  // namespace oitgen
