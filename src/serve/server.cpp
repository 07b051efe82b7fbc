#include "serve/server.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <csignal>

#include <httplib.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>

#include "serve/pages.h"
#include "serve/request.h"
#include "util/i18n.h"
#include "util/url.h"

namespace oitgen {

namespace {

// How long a reload request waits for a build before it answers "no change"; browsers and
// proxies keep a request open far longer than this.
constexpr auto reload_wait = std::chrono::seconds(20);

// Each open page holds one request open; enough threads that a few tabs leave room for pages.
constexpr std::size_t server_threads = 32;

bool is_html(const std::string& path) {
  return content_type(path).rfind("text/html", 0) == 0;
}

void no_cache(httplib::Response& res) {
  res.set_header("Cache-Control", "no-store");
}

void answer_reload(const PreviewSite& site, const httplib::Request& req, httplib::Response& res) {
  std::uint64_t since = 0;
  const std::string given = req.get_param_value("since");
  std::from_chars(given.data(), given.data() + given.size(), since);
  const std::uint64_t now = site.wait_for_build(since, reload_wait);
  no_cache(res);
  res.set_content(std::to_string(now), "text/plain; charset=utf-8");
}

void answer(const PreviewSite& site, const httplib::Request& req, httplib::Response& res) {
  if (req.path == reload_path) return answer_reload(site, req, res);
  no_cache(res);
  if (req.path.rfind(preview_path, 0) == 0) {
    res.status = 404;
    res.set_content("not found\n", "text/plain; charset=utf-8");
    return;
  }
  const PreviewSite::State state = site.state();
  const SiteFiles empty;
  const SiteFiles& files = state.files ? *state.files : empty;
  const Resolved found = resolve_request(files, req.path);
  if (found.kind == Resolved::Kind::refused) {
    res.status = 400;
    res.set_content("refused: the path must name a file of the site, without \"..\"\n",
                    "text/plain; charset=utf-8");
    return;
  }
  // While the content has errors, they are shown in place of every page; the stylesheet,
  // images and data of the last good build are still served.
  if (!state.problems.empty() && (found.kind != Resolved::Kind::file || is_html(found.path))) {
    res.status = 500;
    res.set_content(error_page(state.problems, state.generation), "text/html; charset=utf-8");
    return;
  }
  switch (found.kind) {
    case Resolved::Kind::redirect:
      res.set_redirect(encode_path(found.path), 301);
      return;
    case Resolved::Kind::file: {
      const std::string& bytes = files.find(found.path)->second;
      if (is_html(found.path))
        res.set_content(with_reload_script(bytes, state.generation), content_type(found.path));
      else
        res.set_content(bytes, content_type(found.path));
      return;
    }
    default:
      break;
  }
  res.status = 404;
  const auto not_found = files.find("404.html");
  if (not_found != files.end())
    res.set_content(with_reload_script(not_found->second, state.generation),
                    "text/html; charset=utf-8");
  else
    res.set_content("not found\n", "text/plain; charset=utf-8");
}

// Why binding failed, which cpp-httplib does not say: the same bind, done here for its errno.
std::string bind_failure(const std::string& address, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICHOST | AI_PASSIVE;
  addrinfo* found = nullptr;
  if (getaddrinfo(address.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || !found)
    return tr("not an address of this machine");
  std::string reason = tr("the address cannot be used");
  const int fd = socket(found->ai_family, found->ai_socktype, found->ai_protocol);
  if (fd >= 0) {
    const int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, found->ai_addr, found->ai_addrlen) != 0) {
      const int error = errno;
      reason = error == EADDRINUSE      ? tr("the port is in use by another program")
               : error == EACCES        ? tr("the port needs privileges (ports below 1024)")
               : error == EADDRNOTAVAIL ? tr("not an address of this machine")
                                        : std::strerror(error);
    } else if (listen(fd, 1) != 0) {
      reason =
          errno == EADDRINUSE ? tr("the port is in use by another program") : std::strerror(errno);
    }
    close(fd);
  }
  freeaddrinfo(found);
  return reason;
}

}  // namespace

bool is_ip_address(const std::string& address) {
  in_addr v4{};
  in6_addr v6{};
  return inet_pton(AF_INET, address.c_str(), &v4) == 1 ||
         inet_pton(AF_INET6, address.c_str(), &v6) == 1;
}

bool is_loopback_address(const std::string& address) {
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
    if (IN6_IS_ADDR_LOOPBACK(&v6)) return true;
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
  }
  return false;
}

struct PreviewServer::Impl {
  explicit Impl(const PreviewSite& preview) : site(preview) {}
  const PreviewSite& site;
  httplib::Server server;
};

PreviewServer::PreviewServer(const PreviewSite& site) : impl_(std::make_unique<Impl>(site)) {
  impl_->server.new_task_queue = [] { return new httplib::ThreadPool(server_threads); };
  impl_->server.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    answer(impl_->site, req, res);
  });
}

PreviewServer::~PreviewServer() {
  stop();
}

int PreviewServer::bind(const std::string& address, int port) {
  if (port == 0) {
    const int bound = impl_->server.bind_to_any_port(address);
    if (bound > 0) return bound;
  } else if (impl_->server.bind_to_port(address, port)) {
    return port;
  }
  throw std::runtime_error(bind_failure(address, port));
}

void PreviewServer::start() {
  // A browser that closes a connection while a page is sent must not stop the preview.
  std::signal(SIGPIPE, SIG_IGN);
  thread_ = std::thread([this] { impl_->server.listen_after_bind(); });
}

void PreviewServer::stop() {
  if (!thread_.joinable()) return;
  impl_->server.stop();
  thread_.join();
}

}  // namespace oitgen
