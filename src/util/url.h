#pragma once
// URLs in messages: a URL may carry a user name and password ("sftp://user:pass@host/"), which
// must never reach a terminal, a log or a CI page.

#include <initializer_list>
#include <string>
#include <string_view>

namespace oitgen {

// `text` with the user-info of every URL in it replaced by "***" ("sftp://***@host/path"):
// for URLs alone and for messages, such as libcurl's, that quote a URL.
std::string redact_urls(std::string_view text);

// `path` with every byte but letters, digits, "-._~/" percent-encoded (RFC 3986's unreserved
// characters and the separator): a Location header, a SARIF artifact's URI.
std::string encode_path(std::string_view path);

// Whether the URL's authority holds a user-info part ("user@" or "user:password@").
bool has_user_info(std::string_view url);

// The shapes of addresses in site.json and links.json, checked by hand rather than with
// std::regex: libstdc++'s regex matches by recursion, a stack frame or more per character, so a
// long enough string (about 50,000 characters) overflows the stack.

// "http(s)://host[/path]": a host that is not empty, no "/" right after "//", no white space.
bool is_absolute_http_url(std::string_view url);

// "scheme://host...": one of `schemes`, a host that does not start with "/" or white space, and
// no line break anywhere.
bool has_scheme_and_host(std::string_view url, std::initializer_list<std::string_view> schemes);

}  // namespace oitgen
