#include "render/links.h"

#include <doctest/doctest.h>

namespace oitgen {

TEST_CASE("links for a web server stay as the server serves them") {
  const Links links{"https://www.example.go.th/ita/", false};
  CHECK(links.page("plans/2566-2570/") == "plans/2566-2570/");
  CHECK(links.page("") == "");
  CHECK(links.absolute("feed.xml") == "https://www.example.go.th/ita/feed.xml");
}

TEST_CASE("links for a disk name the file of every folder's page") {
  const Links links{"https://www.example.go.th/ita/", true};
  CHECK(links.page("plans/2566-2570/") == "plans/2566-2570/index.html");
  CHECK(links.page("") == "index.html");
  CHECK(links.page("plans/2566-2570/#risks") == "plans/2566-2570/index.html#risks");
  CHECK(links.page("data/plan.csv") == "data/plan.csv");
  CHECK(links.page("https://www.nacc.go.th/") == "https://www.nacc.go.th/");
  CHECK(links.page("mailto:saraban@example.go.th") == "mailto:saraban@example.go.th");
  CHECK(links.page("#main") == "#main");
  CHECK(links.page("/ita/") == "/ita/");
  CHECK(links.absolute("") == "https://www.example.go.th/ita/");
}

TEST_CASE("localize rewrites only the values that hold links, at any depth") {
  const Links links{"https://www.example.go.th/", true};
  nlohmann::json values = {{"href", "news/"},
                           {"title", "news/"},
                           {"plan", {{"href", "plans/x/"}}},
                           {"rows", {{{"href", "plans/x/p01/"}, {"csv", "data/x.csv"}}}},
                           {"home", ""},
                           {"missing", {{"href", nullptr}}}};
  links.localize(values);
  CHECK(values["href"] == "news/index.html");
  CHECK(values["title"] == "news/");
  CHECK(values["plan"]["href"] == "plans/x/index.html");
  CHECK(values["rows"][0]["href"] == "plans/x/p01/index.html");
  CHECK(values["rows"][0]["csv"] == "data/x.csv");
  CHECK(values["home"] == "index.html");
  CHECK(values["missing"]["href"].is_null());
}

}  // namespace oitgen
