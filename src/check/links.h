#pragma once
// The link checker: every link of the built site, internal ones offline, external ones with
// libcurl, many at a time.

#include <filesystem>
#include <string>
#include <vector>

#include "util/safe_fs.h"

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
  // Files of the output that could not be walked or read (a link, a FIFO, a page over
  // page_limit), each with why; their links are not checked.
  struct Unreadable {
    std::string path;  // relative to the output
    std::string problem;
  };
  std::vector<Unreadable> unreadable;

  int broken() const;
};

// oitgen's largest page (the list of all projects) stays far below this.
inline constexpr SizeLimit page_limit{16 * limits::mib, "a page of the output"};

LinkReport check_links(const std::filesystem::path& output, const LinkCheckOptions& options);

// Links of one HTML page, as written in href and src attributes.
std::vector<std::string> extract_links(const std::string& html);

}  // namespace oitgen
