#pragma once
// Which file of the built site a request names.

#include <string>
#include <string_view>

#include "serve/preview_site.h"

namespace oitgen {

struct Resolved {
  enum class Kind {
    file,       // `path` is the key of a file of the site
    redirect,   // `path` is where to go: a folder asked for without its trailing slash
    not_found,  // no such file
    refused,    // a path that climbs (".."), or holds "." segments, backslashes or NUL
  };
  Kind kind = Kind::not_found;
  std::string path;
};

// `request_path` is the URL's path, percent-decoded ("/plans/2566-2570/"). It is looked up
// only among the site's files, never on disk; a folder serves its index.html.
Resolved resolve_request(const SiteFiles& files, std::string_view request_path);

// The Content-Type of a file of the site by its name's extension.
std::string content_type(std::string_view path);

}  // namespace oitgen
