#include "serve/pages.h"

#include <doctest/doctest.h>

TEST_CASE("with_reload_script: the script goes before </body>") {
  const std::string page = oitgen::with_reload_script("<html><body><p>x</p></body></html>", 7);
  const auto script = page.find("<script>");
  REQUIRE(script != std::string::npos);
  CHECK(page.find("</body>") > script);
  CHECK(page.find("var g=7;") != std::string::npos);
  CHECK(page.find("/__oitgen/reload?since=") != std::string::npos);
  CHECK(page.rfind("</body></html>") == page.size() - 14);
}

TEST_CASE("with_reload_script: a page without </body> gets it at its end") {
  const std::string page = oitgen::with_reload_script("<p>x</p>", 1);
  CHECK(page.rfind("<p>x</p><script>", 0) == 0);
}

TEST_CASE("error_page: every problem, escaped, with the reload script") {
  const std::string page =
      oitgen::error_page({"content/site.json:3:7: error: <b>bad</b> & \"worse\"",
                          "content/plans/p/plan.json:1:1: warning: late\x1b[31m"},
                         3);
  CHECK(page.find("content/site.json:3:7: error: &lt;b&gt;bad&lt;/b&gt; &amp;") !=
        std::string::npos);
  CHECK(page.find("<b>bad") == std::string::npos);
  CHECK(page.find("class=\"warning\">content/plans/p/plan.json:1:1: warning: late\\x1b[31m") !=
        std::string::npos);
  CHECK(page.find('\x1b') == std::string::npos);
  CHECK(page.find("var g=3;") != std::string::npos);
}
