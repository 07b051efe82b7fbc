#pragma once
// URLs in messages: a URL may carry a user name and password ("sftp://user:pass@host/"), which
// must never reach a terminal, a log or a CI page.

#include <string>
#include <string_view>

namespace oitgen {

// `text` with the user-info of every URL in it replaced by "***" ("sftp://***@host/path"):
// for URLs alone and for messages, such as libcurl's, that quote a URL.
std::string redact_urls(std::string_view text);

// Whether the URL's authority holds a user-info part ("user@" or "user:password@").
bool has_user_info(std::string_view url);

}  // namespace oitgen
