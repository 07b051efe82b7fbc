// One libcurl easy handle per publish, reused so that the connection (and an FTP or SSH
// login) is made once.

#include <curl/curl.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "publish/transport.h"
#include "util/bounded_body.h"
#include "util/sha256.h"
#include "util/url.h"

namespace oitgen {

namespace {

enum class Protocol { ftp, ftps, sftp, webdav, s3 };

std::size_t append(char* data, std::size_t size, std::size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

struct Upload {
  const std::string* bytes;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* in) {
  auto* upload = static_cast<Upload*>(in);
  const std::size_t left = upload->bytes->size() - upload->offset;
  const std::size_t n = std::min(left, size * count);
  std::copy_n(upload->bytes->data() + upload->offset, n, buffer);
  upload->offset += n;
  return n;
}

bool transient(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_UPLOAD_FAILED:
    case CURLE_FTP_ACCEPT_TIMEOUT:
    case CURLE_FTP_CANT_GET_HOST:
    case CURLE_FTP_WEIRD_PASV_REPLY:
    case CURLE_FTP_COULDNT_RETR_FILE:
    case CURLE_SSH:
    case CURLE_SSL_CONNECT_ERROR:
      return true;
    default:
      return false;
  }
}

// libcurl's SFTP quote commands split their arguments at spaces unless quoted; inside double
// quotes, a backslash escapes '"' and '\\'.
std::string quote_command_path(const std::string& path) {
  std::string out = "\"";
  for (const char c : path) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Only a key that is in the known_hosts file, for this host, is accepted: a missing or other key
// is refused before any credential is sent (libcurl checks the key right after the key
// exchange, before authentication).
struct HostKeyCheck {
  curl_khmatch match = CURLKHMATCH_OK;
  bool called = false;
};

int check_host_key(CURL*, const curl_khkey*, const curl_khkey*, curl_khmatch match, void* data) {
  auto* check = static_cast<HostKeyCheck*>(data);
  check->called = true;
  check->match = match;
  return match == CURLKHMATCH_OK ? CURLKHSTAT_FINE : CURLKHSTAT_REJECT;
}

bool login_refused(CURLcode code) {
  return code == CURLE_LOGIN_DENIED || code == CURLE_AUTH_ERROR;
}

// Each path segment escaped, slashes kept: output paths are ASCII, static files may be Thai.
std::string escape_path(CURL* curl, const std::string& path) {
  std::string out;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    char* escaped = curl_easy_escape(curl, path.data() + start, static_cast<int>(end - start));
    out += escaped;
    curl_free(escaped);
    if (end < path.size()) out += '/';
    start = end + 1;
  }
  return out;
}

class CurlTransport : public Transport {
 public:
  CurlTransport(const PublishTarget& target, const TransportOptions& options) : options_(options) {
    if (target.url.rfind("sftp://", 0) == 0) require_known_hosts(target.url);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    curl_ = curl_easy_init();
    const std::string& url = target.url;
    target_url_ = url;
    if (url.rfind("sftp://", 0) == 0) {
      protocol_ = Protocol::sftp;
      base_ = url;
    } else if (url.rfind("ftps://", 0) == 0) {
      // Hosting panels mean explicit TLS (AUTH TLS on the FTP port) by "FTPS".
      protocol_ = Protocol::ftps;
      base_ = "ftp://" + url.substr(7);
    } else if (url.rfind("ftp://", 0) == 0) {
      protocol_ = Protocol::ftp;
      base_ = url;
    } else if (url.rfind("s3://", 0) == 0) {
      protocol_ = Protocol::s3;
      std::string endpoint = target.endpoint;
      while (!endpoint.empty() && endpoint.back() == '/') endpoint.pop_back();
      base_ = endpoint + "/" + url.substr(5);  // path-style: endpoint/bucket/prefix/
      region_ = target.region.empty() ? "us-east-1" : target.region;
    } else {
      protocol_ = Protocol::webdav;
      base_ = url;
    }
    if (base_.back() != '/') base_ += '/';
  }

  ~CurlTransport() override {
    curl_easy_cleanup(curl_);
    curl_slist_free_all(headers_);
    curl_global_cleanup();
  }
  CurlTransport(const CurlTransport&) = delete;
  CurlTransport& operator=(const CurlTransport&) = delete;

  std::optional<std::string> get(const std::string& path, std::size_t limit) override {
    BoundedBody body(limit);
    prepare(url_of(path));
    sign_payload(empty_sha256);
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, BoundedBody::write);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &body);
    const CURLcode code = curl_easy_perform(curl_);
    if (body.exceeded)
      throw TransferError("could not read " + path + " (" + redact_urls(url_of(path)) +
                              "): it is larger than " + limit_text(limit) +
                              ", the limit for it; delete it on the host to publish everything "
                              "again",
                          TransferError::Kind::permanent);
    // FTP answers a file in a folder that does not exist yet (a first publish) by refusing the
    // change of folder.
    if (code == CURLE_REMOTE_FILE_NOT_FOUND || code == CURLE_FTP_COULDNT_RETR_FILE ||
        code == CURLE_REMOTE_ACCESS_DENIED)
      return std::nullopt;
    check(code, "read " + path);
    const long status = http_status();
    if (status == 404) return std::nullopt;
    check_status(status, "read " + path);
    return std::move(body.bytes);
  }

  void put(const std::string& path, const std::string& bytes) override {
    if (protocol_ == Protocol::webdav) make_folders(path);
    prepare(url_of(path));
    sign_payload(sha256_hex(bytes));
    Upload upload{&bytes};
    curl_easy_setopt(curl_, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl_, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl_, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl_, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bytes.size()));
    if (protocol_ == Protocol::ftp || protocol_ == Protocol::ftps || protocol_ == Protocol::sftp)
      curl_easy_setopt(curl_, CURLOPT_FTP_CREATE_MISSING_DIRS,
                       static_cast<long>(CURLFTP_CREATE_DIR_RETRY));
    std::string ignored;
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, append);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &ignored);
    check(curl_easy_perform(curl_), "upload " + path);
    check_status(http_status(), "upload " + path);
  }

  void remove(const std::string& path) override {
    std::string ignored;
    curl_slist* commands = nullptr;
    if (protocol_ == Protocol::sftp) {
      // SFTP commands take the absolute path that the URL holds.
      prepare(base_);
      const std::string folder = unescape(base_.substr(base_.find('/', base_.find("://") + 3)));
      commands = curl_slist_append(commands, ("rm " + quote_command_path(folder + path)).c_str());
      curl_easy_setopt(curl_, CURLOPT_QUOTE, commands);
      curl_easy_setopt(curl_, CURLOPT_NOBODY, 1L);
    } else if (protocol_ == Protocol::ftp || protocol_ == Protocol::ftps) {
      // A reused FTP connection may stand in any folder: go to the file's folder, then DELE.
      const auto slash = path.rfind('/');
      const std::string folder = slash == std::string::npos ? "" : path.substr(0, slash + 1);
      const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
      prepare(url_of(folder));
      commands = curl_slist_append(commands, ("DELE " + name).c_str());
      curl_easy_setopt(curl_, CURLOPT_POSTQUOTE, commands);
      curl_easy_setopt(curl_, CURLOPT_NOBODY, 1L);
    } else {
      prepare(url_of(path));
      sign_payload(empty_sha256);
      curl_easy_setopt(curl_, CURLOPT_CUSTOMREQUEST, "DELETE");
    }
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, append);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &ignored);
    const CURLcode code = curl_easy_perform(curl_);
    curl_slist_free_all(commands);
    check(code, "delete " + path);
    const long status = http_status();
    if (status != 404) check_status(status, "delete " + path);
  }

 private:
  std::string url_of(const std::string& path) { return base_ + escape_path(curl_, path); }

  std::string unescape(const std::string& text) {
    int length = 0;
    char* raw = curl_easy_unescape(curl_, text.c_str(), static_cast<int>(text.size()), &length);
    std::string out(raw, static_cast<std::size_t>(length));
    curl_free(raw);
    return out;
  }

  void prepare(const std::string& url) {
    curl_easy_reset(curl_);
    curl_slist_free_all(headers_);
    headers_ = nullptr;
    curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl_, CURLOPT_ERRORBUFFER, error_);
    error_[0] = '\0';
    curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT, 20L);
    // No cap on a whole transfer (a large PDF over a slow uplink takes minutes), but one that
    // moves no byte for timeout_seconds, or a server that does not answer, is a failure.
    curl_easy_setopt(curl_, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl_, CURLOPT_LOW_SPEED_TIME, options_.timeout_seconds);
    curl_easy_setopt(curl_, CURLOPT_SERVER_RESPONSE_TIMEOUT, options_.timeout_seconds);
    curl_easy_setopt(curl_, CURLOPT_USERAGENT, "oitgen/" OITGEN_VERSION);
    curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
    // Certificates and host keys are always verified; a CA file only adds trust.
    curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options_.ca_file.empty())
      curl_easy_setopt(curl_, CURLOPT_CAINFO, options_.ca_file.c_str());
    if (!options_.user.empty()) curl_easy_setopt(curl_, CURLOPT_USERNAME, options_.user.c_str());
    if (!options_.password.empty())
      curl_easy_setopt(curl_, CURLOPT_PASSWORD, options_.password.c_str());
    switch (protocol_) {
      case Protocol::ftps:
        curl_easy_setopt(curl_, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
        // Uploads over FTPS with TLS 1.3 lose their end now and then (the server answers 426,
        // a known libcurl bug, seen with vsftpd in 8 of 20 uploads of 512 KB): TLS 1.2 it is.
        {
          constexpr long lowest = CURL_SSLVERSION_TLSv1_2;
          constexpr long highest = CURL_SSLVERSION_MAX_TLSv1_2;
          curl_easy_setopt(curl_, CURLOPT_SSLVERSION, lowest | highest);
        }
        break;
      case Protocol::sftp:
        // Never without a known_hosts file: libcurl would then take any host key.
        host_key_ = HostKeyCheck{};
        curl_easy_setopt(curl_, CURLOPT_SSH_KNOWNHOSTS, options_.known_hosts.c_str());
        curl_easy_setopt(curl_, CURLOPT_SSH_KEYFUNCTION, check_host_key);
        curl_easy_setopt(curl_, CURLOPT_SSH_KEYDATA, &host_key_);
        if (!options_.key_file.empty()) {
          curl_easy_setopt(curl_, CURLOPT_SSH_PRIVATE_KEYFILE, options_.key_file.c_str());
          curl_easy_setopt(curl_, CURLOPT_SSH_AUTH_TYPES,
                           static_cast<long>(CURLSSH_AUTH_PUBLICKEY));
        }
        break;
      case Protocol::s3: {
        const std::string sigv4 = "aws:amz:" + region_ + ":s3";
        curl_easy_setopt(curl_, CURLOPT_AWS_SIGV4, sigv4.c_str());
        break;
      }
      default:
        break;
    }
  }

  long http_status() {
    if (protocol_ != Protocol::webdav && protocol_ != Protocol::s3) return 0;
    long status = 0;
    curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
    return status;
  }

  // S3 signs the payload's hash, which libcurl 7.88 does not send by itself.
  void sign_payload(const std::string& sha256) {
    if (protocol_ != Protocol::s3) return;
    headers_ = curl_slist_append(headers_, ("x-amz-content-sha256: " + sha256).c_str());
    curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers_);
  }

  void check(CURLcode code, const std::string& what) {
    if (code == CURLE_OK) return;
    if (login_refused(code))
      throw TransferError("the host refused the login", TransferError::Kind::login);
    if (protocol_ == Protocol::sftp && (code == CURLE_PEER_FAILED_VERIFICATION ||
                                        (host_key_.called && host_key_.match != CURLKHMATCH_OK))) {
      if (host_key_.match == CURLKHMATCH_MISMATCH)
        throw TransferError(
            "refused " + redact_urls(target_url_) + ": the host's SSH key differs from the one " +
                options_.known_hosts +
                " holds for it; nothing was sent. Someone may be posing as the host, or its key "
                "was changed: ask the host's administrator for the key's fingerprint before "
                "changing " +
                options_.known_hosts,
            TransferError::Kind::untrusted);
      throw TransferError("refused " + redact_urls(target_url_) +
                              ": the host's SSH key is not in " + options_.known_hosts +
                              "; nothing was sent. " +
                              host_key_advice(target_url_, options_.known_hosts),
                          TransferError::Kind::untrusted);
    }
    if (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE)
      throw TransferError("could not " + what + ": " +
                              redact_urls(error_[0] ? error_ : curl_easy_strerror(code)) +
                              " (certificates are always verified; --cacert FILE adds a "
                              "certificate authority)",
                          TransferError::Kind::untrusted);
    const std::string detail = redact_urls(error_[0] ? error_ : curl_easy_strerror(code));
    throw TransferError("could not " + what + ": " + detail, transient(code)
                                                                 ? TransferError::Kind::transient
                                                                 : TransferError::Kind::permanent);
  }

  void check_status(long status, const std::string& what) {
    if (status == 0 || (status >= 200 && status < 300)) return;
    // S3 answers a wrong key with 403; WebDAV's 403 is a folder it will not write to.
    if (status == 401 || (status == 403 && protocol_ == Protocol::s3))
      throw TransferError("the host refused the login (HTTP " + std::to_string(status) + ")",
                          TransferError::Kind::login);
    throw TransferError("could not " + what + ": HTTP " + std::to_string(status),
                        status >= 500 || status == 429 ? TransferError::Kind::transient
                                                       : TransferError::Kind::permanent);
  }

  // WebDAV servers create no folders on PUT: each one, the target's own folder first, is
  // made with MKCOL, once per publish.
  void make_folders(const std::string& path) {
    std::vector<std::string> folders = {""};
    for (std::size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1))
      folders.push_back(path.substr(0, slash + 1));
    for (const auto& folder : folders) {
      if (!made_.insert(folder).second) continue;
      prepare(url_of(folder));
      curl_easy_setopt(curl_, CURLOPT_CUSTOMREQUEST, "MKCOL");
      std::string ignored;
      curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, append);
      curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &ignored);
      check(curl_easy_perform(curl_), "make the folder " + folder);
      const long status = http_status();
      if (status != 405) check_status(status, "make the folder " + folder);  // 405: it exists
    }
  }

  static constexpr const char* empty_sha256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  // Host keys are always verified: without a known_hosts file to check the key against, the
  // run ends here, before any connection.
  void require_known_hosts(const std::string& url) {
    if (options_.known_hosts.empty())
      throw TransferError("refused " + redact_urls(url) +
                              ": no known_hosts file to check the host's SSH key against (HOME "
                              "is not set, and no --known-hosts was given); nothing was sent. " +
                              host_key_advice(url, "FILE"),
                          TransferError::Kind::untrusted);
    // A regular file first: opening a FIFO would block.
    std::error_code error;
    if (!std::filesystem::is_regular_file(options_.known_hosts, error) ||
        !std::ifstream(options_.known_hosts))
      throw TransferError("refused " + redact_urls(url) + ": the known_hosts file " +
                              options_.known_hosts +
                              " cannot be read, so the host's SSH key cannot be checked; nothing "
                              "was sent. " +
                              host_key_advice(url, options_.known_hosts),
                          TransferError::Kind::untrusted);
  }

  TransportOptions options_;
  std::string target_url_;
  HostKeyCheck host_key_;
  CURL* curl_ = nullptr;
  Protocol protocol_ = Protocol::webdav;
  std::string base_;
  std::string region_;
  std::set<std::string> made_;
  char error_[CURL_ERROR_SIZE] = {};
  curl_slist* headers_ = nullptr;  // of the request being prepared
};

}  // namespace

std::string host_key_advice(const std::string& url, const std::string& known_hosts) {
  std::string host = "HOST";
  std::string port = "22";
  const std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> parsed(curl_url(), curl_url_cleanup);
  if (curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char* part = nullptr;
    if (curl_url_get(parsed.get(), CURLUPART_HOST, &part, 0) == CURLUE_OK) {
      host = part;
      curl_free(part);
      if (host.size() > 2 && host.front() == '[') host = host.substr(1, host.size() - 2);
    }
    if (curl_url_get(parsed.get(), CURLUPART_PORT, &part, CURLU_DEFAULT_PORT) == CURLUE_OK) {
      port = part;
      curl_free(part);
    }
  }
  return "To trust the host, add its key: ssh-keyscan -p " + port + " " + host + " >> " +
         known_hosts + " (then check the key's fingerprint, ssh-keygen -lf " + known_hosts +
         ", with the host's administrator), or pass --known-hosts FILE with a file that holds it";
}

std::unique_ptr<Transport> make_transport(const PublishTarget& target,
                                          const TransportOptions& options) {
  return std::make_unique<CurlTransport>(target, options);
}

}  // namespace oitgen
