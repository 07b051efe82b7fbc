#include "serve/request.h"

#include <doctest/doctest.h>

using oitgen::Resolved;

namespace {

const oitgen::SiteFiles files{
    {"index.html", "home"},
    {"404.html", "missing"},
    {"plans/2566-2570/index.html", "plan"},
    {"assets/style.css", "css"},
    {"data/plans/2566-2570/plan.json", "{}"},
};

}  // namespace

TEST_CASE("resolve_request: a folder serves its index.html") {
  CHECK(oitgen::resolve_request(files, "/").path == "index.html");
  const Resolved plan = oitgen::resolve_request(files, "/plans/2566-2570/");
  CHECK(plan.kind == Resolved::Kind::file);
  CHECK(plan.path == "plans/2566-2570/index.html");
  CHECK(oitgen::resolve_request(files, "/assets/style.css").path == "assets/style.css");
  CHECK(oitgen::resolve_request(files, "/assets//style.css").path == "assets/style.css");
}

TEST_CASE("resolve_request: a folder without its slash is redirected to it") {
  const Resolved plan = oitgen::resolve_request(files, "/plans/2566-2570");
  CHECK(plan.kind == Resolved::Kind::redirect);
  CHECK(plan.path == "/plans/2566-2570/");
}

TEST_CASE("resolve_request: unknown paths are not found") {
  CHECK(oitgen::resolve_request(files, "/nothing").kind == Resolved::Kind::not_found);
  CHECK(oitgen::resolve_request(files, "/assets/").kind == Resolved::Kind::not_found);
  CHECK(oitgen::resolve_request(files, "/index.html/").kind == Resolved::Kind::not_found);
}

TEST_CASE("resolve_request: paths that climb or hide are refused") {
  for (const char* path : {"/../etc/passwd", "/plans/../index.html", "/plans/..", "/./index.html",
                           "/assets\\..\\x", "relative", ""})
    CHECK_MESSAGE(oitgen::resolve_request(files, path).kind == Resolved::Kind::refused, path);
  CHECK(oitgen::resolve_request(files, std::string_view("/a\0b", 4)).kind ==
        Resolved::Kind::refused);
}

TEST_CASE("content_type: by extension, whatever its case") {
  CHECK(oitgen::content_type("index.html") == "text/html; charset=utf-8");
  CHECK(oitgen::content_type("assets/style.css") == "text/css; charset=utf-8");
  CHECK(oitgen::content_type("data/plan.csv") == "text/csv; charset=utf-8");
  CHECK(oitgen::content_type("static/SCAN.PDF") == "application/pdf");
  CHECK(oitgen::content_type("feed.xml") == "application/xml");
  CHECK(oitgen::content_type("static/a.html.bin") == "application/octet-stream");
  CHECK(oitgen::content_type("static.css/file") == "application/octet-stream");
}
