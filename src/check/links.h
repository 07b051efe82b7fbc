#pragma once
// The link checker: every link of the built site, internal ones offline, external ones with
// libcurl, many at a time.

#include <filesystem>
#include <string>
#include <vector>

namespace oitgen {

struct LinkCheckOptions {
  bool external = true;
  int parallel = 8;  // external requests in flight at once
  long timeout_seconds = 10;
  std::string ca_file;
  std::string base_url;  // the site's own address: links under it are checked on disk
};

struct LinkProblem {
  std::string page;  // path of the page in the output
  std::string link;
  std::string problem;
  bool broken = true;  // false: worth a look but working (a redirect)
};

struct LinkReport {
  int pages = 0;
  int internal = 0;
  int external = 0;
  std::vector<LinkProblem> problems;  // sorted by page, then link

  int broken() const;
};

LinkReport check_links(const std::filesystem::path& output, const LinkCheckOptions& options);

// Links of one HTML page, as written in href and src attributes.
std::vector<std::string> extract_links(const std::string& html);

}  // namespace oitgen
