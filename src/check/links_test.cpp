#include "check/links.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <fstream>

using namespace oitgen;
namespace fs = std::filesystem;

TEST_CASE("links are read from href and src, entities resolved") {
  const auto links = extract_links(
      R"(<a href="a/?x=1&amp;y=2">x</a><img src="s.png" alt=""><a class="x" href="#top">)");
  CHECK(links == std::vector<std::string>{"a/?x=1&y=2", "s.png", "#top"});
}

TEST_CASE("internal links are checked offline") {
  const fs::path out = fs::temp_directory_path() / ("oitgen-links-" + std::to_string(::getpid()));
  fs::remove_all(out);
  fs::create_directories(out / "plans/x");
  std::ofstream(out / "index.html")
      << R"(<a href="plans/x/">ok</a> <a href="missing/">no</a> <a href="mailto:a@b">m</a> <a href="../up.html">up</a>)";
  std::ofstream(out / "plans/x/index.html")
      << R"(<a href="../../">home</a><a href="../../index.html#top">top</a>)";
  LinkCheckOptions options;
  options.external = false;
  const LinkReport report = check_links(out, options);
  CHECK(report.pages == 2);
  CHECK(report.internal == 5);
  REQUIRE(report.problems.size() == 2);
  CHECK(report.problems[0].link == "../up.html");
  CHECK(report.problems[0].problem == "points outside the site");
  CHECK(report.problems[1].link == "missing/");
  CHECK(report.broken() == 2);
  fs::remove_all(out);
}

TEST_CASE("a link or FIFO in the output is named, never followed or read") {
  const fs::path root =
      fs::temp_directory_path() / ("oitgen-links-walk-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "out");
  std::ofstream(root / "outside.html") << R"(<a href="nowhere/">x</a>)";
  std::ofstream(root / "out/index.html") << R"(<a href="index.html">self</a>)";
  fs::create_symlink(root / "outside.html", root / "out/linked.html");
  REQUIRE(::mkfifo((root / "out/pipe.html").c_str(), 0600) == 0);
  LinkCheckOptions options;
  options.external = false;
  const LinkReport report = check_links(root / "out", options);
  CHECK(report.pages == 1);
  CHECK(report.problems.empty());
  REQUIRE(report.unreadable.size() == 2);
  CHECK(report.unreadable[0].path == "linked.html");
  CHECK(report.unreadable[0].problem.find("is a symbolic link to") == 0);
  CHECK(report.unreadable[1].path == "pipe.html");
  CHECK(report.unreadable[1].problem == "is a FIFO (named pipe), not a regular file");
  fs::remove_all(root);
}

TEST_CASE("a 200 KB href is read and checked without a crash") {
  // std::regex recursed once per character here and overflowed the stack.
  const std::string long_link(200'000, 'a');
  const std::string page = "<a href=\"" + long_link + "\">x</a><img src=\"s.png\">";
  CHECK(extract_links(page) == std::vector<std::string>{long_link, "s.png"});
  CHECK(extract_links("<a href=\"" + long_link) == std::vector<std::string>{});    // never closed
  CHECK(extract_links("<a data-href=\"x\" xsrc=\"y\" _href=\"z\">").size() == 1);  // after "-"

  const fs::path out =
      fs::temp_directory_path() / ("oitgen-links-long-" + std::to_string(::getpid()));
  fs::remove_all(out);
  fs::create_directories(out);
  std::ofstream(out / "index.html") << page << "<a href=\"mailto:" << long_link
                                    << "\">m</a><a href=\"s" << long_link << ":x\">s</a>";
  LinkCheckOptions options;
  options.external = false;
  const LinkReport report = check_links(out, options);
  CHECK(report.internal == 2);  // the long link and s.png; mailto: and s...: are skipped
  REQUIRE(report.problems.size() == 2);
  CHECK(report.problems[0].link == long_link);
  CHECK(report.problems[1].link == "s.png");
  fs::remove_all(out);
}
