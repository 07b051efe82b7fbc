#include "check/links.h"

#include <curl/curl.h>

#include <algorithm>
#include <map>
#include <set>

#include "util/bounded_body.h"
#include "util/safe_fs.h"
#include "util/url.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

std::string html_unescape(std::string link) {
  for (const auto& [entity, character] :
       {std::pair{"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}}) {
    std::size_t at = 0;
    while ((at = link.find(entity, at)) != std::string::npos)
      link.replace(at, std::string(entity).size(), character);
  }
  return link;
}

bool is_external(const std::string& link) {
  return link.rfind("http://", 0) == 0 || link.rfind("https://", 0) == 0;
}

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// Whether the link starts with a scheme, [a-zA-Z][a-zA-Z0-9+.-]*":". The scans here and in
// extract_links are written by hand: libstdc++'s std::regex recurses once per character, and a
// page's long attribute overflowed the stack.
bool has_scheme(const std::string& link) {
  if (link.empty() || !is_ascii_letter(link[0])) return false;
  for (char c : link) {
    if (c == ':') return true;
    if (!is_ascii_letter(c) && !is_ascii_digit(c) && c != '+' && c != '.' && c != '-') return false;
  }
  return false;
}

// Schemes that are not documents to fetch.
bool is_skipped(const std::string& link) {
  return link.empty() || link[0] == '#' || (has_scheme(link) && !is_external(link));
}

// The status line answers whether a link works: no body is kept, and a GET ends at its first
// byte, so an endless or huge response costs nothing.
constexpr std::size_t body_limit = 0;

struct Request {
  explicit Request(std::string u) : url(std::move(u)) {}
  std::string url;
  bool head = true;
  BoundedBody body{body_limit, false};
  char error_buffer[CURL_ERROR_SIZE] = {};
};

CURL* make_handle(Request& request, const LinkCheckOptions& options) {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_NOBODY, request.head ? 1L : 0L);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 10L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, options.timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, options.timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  request.body = BoundedBody{body_limit, false};
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, BoundedBody::write);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &request.body);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "oitgen-link-check/" OITGEN_VERSION);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, request.error_buffer);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_PRIVATE, &request);
  if (!options.ca_file.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, options.ca_file.c_str());
  return curl;
}

struct Outcome {
  bool broken = false;
  std::string problem;  // empty: fine
};

// Checks every URL with at most options.parallel requests in flight: HEAD first, GET when a
// server does not answer HEAD properly.
std::map<std::string, Outcome> check_external(const std::set<std::string>& urls,
                                              const LinkCheckOptions& options) {
  std::map<std::string, Outcome> outcomes;
  std::vector<std::unique_ptr<Request>> pending;
  pending.reserve(urls.size());
  for (const auto& url : urls) pending.push_back(std::make_unique<Request>(url));
  std::vector<std::unique_ptr<Request>> in_flight;
  curl_global_init(CURL_GLOBAL_DEFAULT);
  CURLM* multi = curl_multi_init();
  std::size_t next = 0;
  auto start = [&](std::unique_ptr<Request> request) {
    curl_multi_add_handle(multi, make_handle(*request, options));
    in_flight.push_back(std::move(request));
  };
  while (next < pending.size() && static_cast<int>(in_flight.size()) < options.parallel)
    start(std::move(pending[next++]));
  int running = 0;
  do {
    curl_multi_perform(multi, &running);
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
      if (message->msg != CURLMSG_DONE) continue;
      CURL* curl = message->easy_handle;
      Request* request = nullptr;
      curl_easy_getinfo(curl, CURLINFO_PRIVATE, &request);
      long status = 0;
      curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
      char* final_url = nullptr;
      curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &final_url);
      // Ended on purpose at the body: the answer is already in.
      const CURLcode code = message->data.result == CURLE_WRITE_ERROR && request->body.exceeded
                                ? CURLE_OK
                                : message->data.result;
      const std::string error =
          request->error_buffer[0] ? request->error_buffer : curl_easy_strerror(code);
      const std::string final = final_url ? final_url : request->url;
      curl_multi_remove_handle(multi, curl);
      curl_easy_cleanup(curl);
      auto owned = std::find_if(in_flight.begin(), in_flight.end(),
                                [&](const auto& r) { return r.get() == request; });
      std::unique_ptr<Request> done = std::move(*owned);
      in_flight.erase(owned);
      const bool head_refused =
          code == CURLE_OK && (status == 405 || status == 403 || status == 501 || status == 400);
      if (done->head && (head_refused || (code != CURLE_OK && code != CURLE_OPERATION_TIMEDOUT))) {
        done->head = false;  // some servers answer HEAD badly: ask again with GET
        done->error_buffer[0] = '\0';
        start(std::move(done));
        continue;
      }
      Outcome& outcome = outcomes[done->url];
      if (code == CURLE_OPERATION_TIMEDOUT)
        outcome = {true, "no answer within " + std::to_string(options.timeout_seconds) + " s"};
      else if (code != CURLE_OK)
        outcome = {true, redact_urls(error)};
      else if (status >= 400)
        outcome = {true, "HTTP " + std::to_string(status)};
      else if (final != done->url)
        outcome = {false, "redirects to " + redact_urls(final)};
    }
    while (next < pending.size() && static_cast<int>(in_flight.size()) < options.parallel)
      start(std::move(pending[next++]));
    if (running > 0 || !in_flight.empty()) curl_multi_poll(multi, nullptr, 0, 100, nullptr);
  } while (running > 0 || !in_flight.empty());
  curl_multi_cleanup(multi);
  curl_global_cleanup();
  return outcomes;
}

}  // namespace

int LinkReport::broken() const {
  return static_cast<int>(
      std::count_if(problems.begin(), problems.end(), [](const auto& p) { return p.broken; }));
}

std::vector<std::string> extract_links(const std::string& html) {
  // Every href="..." and src="..." that does not follow a letter, digit or "_".
  std::vector<std::string> links;
  for (std::size_t at = 0; at < html.size(); ++at) {
    std::size_t open = 0;
    if (html.compare(at, 6, "href=\"") == 0)
      open = at + 6;
    else if (html.compare(at, 5, "src=\"") == 0)
      open = at + 5;
    else
      continue;
    if (at > 0) {
      const char before = html[at - 1];
      if (is_ascii_letter(before) || is_ascii_digit(before) || before == '_') continue;
    }
    const std::size_t close = html.find('"', open);
    if (close == std::string::npos) break;  // no quote left to close this or any later value
    links.push_back(html_unescape(html.substr(open, close - open)));
    at = close;
  }
  return links;
}

LinkReport check_links(const fs::path& output_dir, const LinkCheckOptions& options) {
  LinkReport report;
  const fs::path output = fs::absolute(output_dir).lexically_normal();
  std::map<std::string, std::set<std::string>> external_pages;  // url -> pages that link to it
  // The output is oitgen's own: links there are not followed (nothing outside is read), and
  // what cannot be walked or read is named, never thrown.
  InputFolder folder(output, "output/", false);
  FileWalk walk = folder.walk(output);
  for (const auto& error : walk.errors)
    report.unreadable.push_back(
        {error.path.lexically_relative(output).generic_string(), error.message});
  for (const auto& name : walk.files) {
    // The 404 page is served at any address, so its links start from the host's root.
    if (!name.ends_with(".html") || name == "404.html") continue;
    const fs::path page = output / name;
    const FileRead html = read_regular_file(page, page_limit);
    if (!html) {
      report.unreadable.push_back({name, html.error->message});
      continue;
    }
    ++report.pages;
    std::set<std::string> seen;
    for (auto link : extract_links(html.bytes)) {
      if (is_skipped(link) || !seen.insert(link).second) continue;
      // The site's own absolute addresses (canonical, alternates) are checked on disk.
      fs::path from = page.parent_path();
      if (!options.base_url.empty() && link.rfind(options.base_url, 0) == 0) {
        link = link.substr(options.base_url.size());
        from = output;
      }
      if (is_external(link)) {
        ++report.external;
        external_pages[link.substr(0, link.find('#'))].insert(name);
        continue;
      }
      ++report.internal;
      const std::string path = link.substr(0, link.find_first_of("#?"));
      fs::path target = (from / path).lexically_normal();
      std::error_code ignored;  // a target that cannot be examined is one that is not there
      if (path.empty() || path.back() == '/' || fs::is_directory(target, ignored))
        target /= "index.html";
      const std::string relative = target.lexically_relative(output).generic_string();
      if (relative.rfind("..", 0) == 0)
        report.problems.push_back({name, redact_urls(link), "points outside the site", true});
      else if (!fs::is_regular_file(target, ignored))
        report.problems.push_back(
            {name, redact_urls(link), "no such file in the site (" + relative + ")", true});
    }
  }
  if (options.external && !external_pages.empty()) {
    std::set<std::string> urls;
    for (const auto& [url, _] : external_pages) urls.insert(url);
    for (const auto& [url, outcome] : check_external(urls, options)) {
      if (outcome.problem.empty()) continue;
      for (const auto& page : external_pages[url])
        report.problems.push_back({page, redact_urls(url), outcome.problem, outcome.broken});
    }
  }
  std::sort(report.problems.begin(), report.problems.end(), [](const auto& a, const auto& b) {
    return std::tie(a.page, a.link) < std::tie(b.page, b.link);
  });
  return report;
}

}  // namespace oitgen
