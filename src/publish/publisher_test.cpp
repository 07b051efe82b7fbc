#include "publish/publisher.h"

#include <doctest/doctest.h>

#include <unistd.h>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

using namespace oitgen;
namespace fs = std::filesystem;

namespace {

// A host kept in memory, so that the order of operations and the handling of failures can be
// checked file by file; the real transports are tested against real servers in
// tests/publish_test.py.
class MemoryHost : public Transport {
 public:
  std::map<std::string, std::string> files;
  std::vector<std::string> log;  // "put path" and "remove path", in order
  // Called before each operation; throws to make it fail.
  std::function<void(const std::string& operation, const std::string& path)> fault;

  std::optional<std::string> get(const std::string& path, std::size_t) override {
    if (fault) fault("get", path);
    const auto found = files.find(path);
    if (found == files.end()) return std::nullopt;
    return found->second;
  }
  void put(const std::string& path, const std::string& bytes) override {
    if (fault) fault("put", path);
    log.push_back("put " + path);
    files[path] = bytes;
  }
  void remove(const std::string& path) override {
    if (fault) fault("remove", path);
    log.push_back("remove " + path);
    files.erase(path);
  }
};

struct Output {
  fs::path path = fs::temp_directory_path() / ("oitgen-publisher-" + std::to_string(::getpid()) +
                                               "-" + std::to_string(counter++));
  Output() {
    fs::remove_all(path);
    fs::create_directories(path / "assets");
    write("index.html", "<p>home</p>");
    write("plan/index.html", "<p>plan</p>");
    write("assets/style.css", "body{}");
    write("data/plan.json", "{}");
  }
  ~Output() { fs::remove_all(path); }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
  }
  static inline int counter = 0;
};

PublishOptions quick() {
  PublishOptions options;
  options.first_backoff = std::chrono::milliseconds(1);
  return options;
}

PublishResult run(const Output& output, MemoryHost& host, PublishOptions options = quick()) {
  std::ostringstream out;
  return publish(output.path, host, options, out);
}

std::size_t position(const std::vector<std::string>& log, const std::string& entry) {
  for (std::size_t i = 0; i < log.size(); ++i)
    if (log[i] == entry) return i;
  FAIL("not in the log: " << entry);
  return log.size();
}

}  // namespace

TEST_CASE("a first publish puts every file, assets and data before pages, the manifest last") {
  const Output output;
  MemoryHost host;
  const PublishResult result = run(output, host);
  CHECK(result.complete);
  CHECK(result.uploaded == 4);
  CHECK(result.failures.empty());
  REQUIRE(host.log.size() == 5);
  CHECK(host.log.back() == std::string("put ") + remote_manifest_name);
  CHECK(position(host.log, "put assets/style.css") < position(host.log, "put index.html"));
  CHECK(position(host.log, "put data/plan.json") < position(host.log, "put plan/index.html"));
  CHECK(host.files.at("plan/index.html") == "<p>plan</p>");
}

TEST_CASE("a second publish writes nothing; a changed page goes up alone with the manifest") {
  const Output output;
  MemoryHost host;
  run(output, host);
  host.log.clear();
  PublishResult again = run(output, host);
  CHECK(again.complete);
  CHECK(again.uploaded == 0);
  CHECK(host.log.empty());

  host.log.clear();
  output.write("plan/index.html", "<p>plan, revised</p>");
  again = run(output, host);
  CHECK(again.uploaded == 1);
  CHECK(host.log == std::vector<std::string>{"put plan/index.html",
                                             std::string("put ") + remote_manifest_name});
}

TEST_CASE("a removed file stays on the host unless --delete, and stays listed until deleted") {
  const Output output;
  MemoryHost host;
  run(output, host);
  fs::remove(output.path / "data/plan.json");

  PublishResult kept = run(output, host);
  CHECK(kept.complete);
  CHECK(kept.deleted == 0);
  CHECK(host.files.count("data/plan.json") == 1);

  PublishOptions deleting = quick();
  deleting.delete_stale = true;
  const PublishResult removed = run(output, host, deleting);
  CHECK(removed.complete);
  CHECK(removed.deleted == 1);
  CHECK(host.files.count("data/plan.json") == 0);
  CHECK(host.files.at(remote_manifest_name).find("data/plan.json") == std::string::npos);
}

TEST_CASE("a dry run changes nothing on the host") {
  const Output output;
  MemoryHost host;
  PublishOptions dry = quick();
  dry.dry_run = true;
  std::ostringstream out;
  publish(output.path, host, dry, out);
  CHECK(host.files.empty());
  CHECK(out.str().find("would upload index.html") != std::string::npos);
  CHECK(out.str().find("dry run: 4 to upload") != std::string::npos);
}

TEST_CASE("transient failures are retried; a file that keeps failing is reported, no manifest") {
  const Output output;
  MemoryHost host;
  int style_attempts = 0;
  host.fault = [&](const std::string& operation, const std::string& path) {
    if (operation == "put" && path == "assets/style.css" && ++style_attempts < 3)
      throw TransferError("connection reset", TransferError::Kind::transient);
  };
  PublishResult result = run(output, host);
  CHECK(result.complete);
  CHECK(style_attempts == 3);
  CHECK(host.files.at("assets/style.css") == "body{}");

  MemoryHost refusing;
  refusing.fault = [](const std::string& operation, const std::string& path) {
    if (operation == "put" && path == "data/plan.json")
      throw TransferError("permission denied", TransferError::Kind::permanent);
  };
  result = run(output, refusing);
  CHECK_FALSE(result.complete);
  REQUIRE(result.failures.size() == 1);
  CHECK(result.failures[0] == "data/plan.json: permission denied");
  CHECK(refusing.files.count(remote_manifest_name) == 0);
  CHECK(refusing.files.count("index.html") == 1);  // the other files still went up
}

TEST_CASE("a host that stops answering ends the run, and the next run finishes the job") {
  const Output output;
  output.write("more/a.css", "a");
  output.write("more/b.css", "b");
  output.write("more/c.css", "c");
  MemoryHost host;
  bool down = false;
  int puts = 0;
  host.fault = [&](const std::string& operation, const std::string&) {
    if (operation == "put" && ++puts == 3) down = true;  // dies after two files
    if (down) throw TransferError("connection refused", TransferError::Kind::transient);
  };
  PublishResult result = run(output, host);
  CHECK_FALSE(result.complete);
  CHECK(result.uploaded == 2);
  CHECK(result.failures.size() == 3);  // three files in a row, then no more tries
  CHECK(result.stopped.find("3 files failed in a row") != std::string::npos);
  CHECK(host.files.count(remote_manifest_name) == 0);
  CHECK(host.files.count("index.html") == 0);  // pages wait for their assets

  down = false;
  host.fault = nullptr;
  result = run(output, host);
  CHECK(result.complete);
  CHECK(result.uploaded == 7);  // no manifest yet: everything goes up again
  CHECK(host.files.size() == 8);
}

TEST_CASE("--delete never deletes a path of the host's manifest that leaves the folder") {
  const Output output;
  MemoryHost host;
  run(output, host);
  host.files["../other-site/index.html"] = "theirs";
  host.files["/etc/x"] = "system";
  host.files["gone.html"] = "ours";
  host.files[remote_manifest_name] = R"({"format": "oitgen-publish-1", "files": {
      "../other-site/index.html": "x", "/etc/x": "y", "a/../../b": "z", "gone.html": "w",
      "bad\u001b[2Jname": "v"}})";
  host.log.clear();
  PublishOptions deleting = quick();
  deleting.delete_stale = true;
  std::ostringstream out;
  const PublishResult result = publish(output.path, host, deleting, out);
  CHECK(result.complete);
  CHECK(result.deleted == 1);
  CHECK(host.files.count("gone.html") == 0);
  CHECK(host.files.at("../other-site/index.html") == "theirs");
  CHECK(host.files.at("/etc/x") == "system");
  std::vector<std::string> removed;
  for (const auto& entry : host.log)
    if (entry.rfind("remove ", 0) == 0) removed.push_back(entry);
  CHECK(removed == std::vector<std::string>{"remove gone.html"});
  const std::string text = out.str();
  CHECK(text.find("warning: the host's .oitgen-manifest.json lists \"../other-site/index.html\", "
                  "which is not a path inside the target's folder: not deleted, and dropped from "
                  "the manifest") != std::string::npos);
  CHECK(text.find("\"/etc/x\"") != std::string::npos);
  CHECK(text.find("\"a/../../b\"") != std::string::npos);
  CHECK(text.find("\"bad\\u001b[2Jname\"") != std::string::npos);  // escaped, not sent raw
  CHECK(text.find('\x1b') == std::string::npos);
  const std::string written = host.files.at(remote_manifest_name);
  CHECK(written.find("other-site") == std::string::npos);
  CHECK(written.find("/etc/x") == std::string::npos);
  CHECK(written.find("a/../../b") == std::string::npos);
}

TEST_CASE("a refused login ends the run at the first file") {
  const Output output;
  MemoryHost host;
  host.fault = [](const std::string& operation, const std::string&) {
    if (operation == "put")
      throw TransferError("the host refused the login", TransferError::Kind::login);
  };
  const PublishResult result = run(output, host);
  CHECK_FALSE(result.complete);
  CHECK(result.failures.size() == 1);
  CHECK(result.stopped.empty());
}

TEST_CASE("an SFTP target with no known_hosts file is refused before any connection") {
  PublishTarget target;
  target.name = "main";
  target.url = "sftp://web.example.go.th:2200/var/www/ita/";
  TransportOptions options;
  options.user = "clerk";
  options.password = "Hunter2";
  try {
    make_transport(target, options);
    FAIL("no refusal");
  } catch (const TransferError& e) {
    const std::string message = e.what();
    CHECK(e.kind() == TransferError::Kind::untrusted);
    CHECK(message.find("no known_hosts file") != std::string::npos);
    CHECK(message.find("ssh-keyscan -p 2200 web.example.go.th >> FILE") != std::string::npos);
    CHECK(message.find("Hunter2") == std::string::npos);
  }
  options.known_hosts = "/nonexistent/known_hosts";
  CHECK_THROWS_WITH_AS(
      make_transport(target, options),
      doctest::Contains("the known_hosts file /nonexistent/known_hosts cannot be read"),
      TransferError);
  // The refusal prints the address without the user-info that check rejects anyway.
  target.url = "sftp://clerk:Hunter2@web.example.go.th/var/www/ita/";
  CHECK_THROWS_WITH_AS(make_transport(target, options),
                       doctest::Contains("refused sftp://***@web.example.go.th/var/www/ita/"),
                       TransferError);
}

TEST_CASE("the advice names the host and port to scan, 22 by default") {
  CHECK(host_key_advice("sftp://web.example.go.th/www/", "/etc/oitgen/known_hosts")
            .find("ssh-keyscan -p 22 web.example.go.th >> /etc/oitgen/known_hosts") !=
        std::string::npos);
  CHECK(host_key_advice("sftp://[::1]:2222/www/", "kh").find("ssh-keyscan -p 2222 ::1 >> kh") !=
        std::string::npos);
}
