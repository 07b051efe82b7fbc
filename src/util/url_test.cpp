#include "util/url.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("a URL's user name and password never survive redaction") {
  CHECK(redact_urls("sftp://user:s3cret@host.example/www/") == "sftp://***@host.example/www/");
  CHECK(redact_urls("ftp://user@host/") == "ftp://***@host/");
  CHECK(redact_urls("https://host.example/a@b") == "https://host.example/a@b");  // in the path
  CHECK(redact_urls("https://www.example.go.th/ita/") == "https://www.example.go.th/ita/");
  // A password that holds '@' or '/' encoded, or '@' twice: everything before the last '@'.
  CHECK(redact_urls("sftp://u:p@ss@host:22/x") == "sftp://***@host:22/x");
  CHECK(redact_urls("sftp://u:p%40ss%2F@host") == "sftp://***@host");
  // URLs inside a message, several of them, in quotes.
  CHECK(redact_urls("Failed to connect to \"ftp://a:b@h1/\" and https://c:d@h2/?q=1 then done") ==
        "Failed to connect to \"ftp://***@h1/\" and https://***@h2/?q=1 then done");
  CHECK(redact_urls("no url here: a@b, ://x@y") == "no url here: a@b, ://x@y");
  CHECK(redact_urls("") == "");
}

TEST_CASE("user-info in a URL is found, an '@' in its path is not") {
  CHECK(has_user_info("sftp://user:pass@host/"));
  CHECK(has_user_info("sftp://user@host/"));
  CHECK(has_user_info("s3://key:secret@bucket/prefix"));
  CHECK_FALSE(has_user_info("sftp://host/home/user@site/"));
  CHECK_FALSE(has_user_info("https://www.example.go.th/ita/"));
  CHECK_FALSE(has_user_info("not a url"));
}

TEST_CASE("the shapes of addresses are checked without std::regex, at any length") {
  CHECK(is_absolute_http_url("https://www.example.go.th/ita/"));
  CHECK(is_absolute_http_url("http://h"));
  CHECK_FALSE(is_absolute_http_url("https://"));
  CHECK_FALSE(is_absolute_http_url("https:///x"));
  CHECK_FALSE(is_absolute_http_url("https://h/a b"));
  CHECK_FALSE(is_absolute_http_url("ftp://h/"));
  CHECK_FALSE(is_absolute_http_url("www.example.go.th"));
  CHECK(has_scheme_and_host("sftp://h/www/", {"sftp", "https"}));
  CHECK(has_scheme_and_host("https://h/a b", {"sftp", "https"}));
  CHECK_FALSE(has_scheme_and_host("http://h/", {"sftp", "https"}));
  CHECK_FALSE(has_scheme_and_host("sftp:// h", {"sftp"}));
  CHECK_FALSE(has_scheme_and_host("sftp:///h", {"sftp"}));
  CHECK_FALSE(has_scheme_and_host("sftp://h/\n", {"sftp"}));
  CHECK_FALSE(has_scheme_and_host("x://sftp://h", {"sftp"}));
  const std::string long_path(200'000, 'a');
  CHECK(is_absolute_http_url("https://h/" + long_path));
  CHECK_FALSE(is_absolute_http_url("https://h/" + long_path + " "));
  CHECK(has_scheme_and_host("sftp://h/" + long_path, {"sftp"}));
}

TEST_CASE("encode_path: only safe bytes stay as they are") {
  CHECK(oitgen::encode_path("/plans/2566-2570/") == "/plans/2566-2570/");
  CHECK(oitgen::encode_path("/a b/\xe0\xb8\x81\r\n") == "/a%20b/%E0%B8%81%0D%0A");
}
