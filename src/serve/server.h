#pragma once
// The live preview's HTTP server (cpp-httplib): the site in memory, the reload endpoint and
// the error page.

#include <memory>
#include <string>
#include <thread>

#include "serve/preview_site.h"

namespace oitgen {

// Whether `address` is an IP address of this machine's loopback (127.0.0.0/8, ::1).
bool is_loopback_address(const std::string& address);
// Whether `address` is a numeric IPv4 or IPv6 address (no host name is looked up).
bool is_ip_address(const std::string& address);

class PreviewServer {
 public:
  explicit PreviewServer(const PreviewSite& site);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Binds to `address`:`port` (0: a free port); returns the port, or throws
  // std::runtime_error saying why it cannot (the port is taken, not allowed...).
  int bind(const std::string& address, int port);
  // Answers requests on threads of its own until stop().
  void start();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::thread thread_;
};

}  // namespace oitgen
