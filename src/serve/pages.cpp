#include "serve/pages.h"

#include "util/text.h"

namespace oitgen {

namespace {

std::string reload_script(std::uint64_t generation) {
  // Asks for the next build and reloads the page when there is one; after a failed request
  // (the preview stopped) it tries again every second, so the page comes back by itself.
  return "<script>(function(){var g=" + std::to_string(generation) + ";function poll(){fetch('" +
         std::string(reload_path) +
         "?since='+g,{cache:'no-store'}).then(function(r){return r.text();})"
         ".then(function(t){if(parseInt(t,10)!==g){location.reload();}else{poll();}})"
         ".catch(function(){setTimeout(poll,1000);});}poll();})();</script>\n";
}

}  // namespace

std::string with_reload_script(std::string_view html, std::uint64_t generation) {
  const std::size_t body_end = html.rfind("</body>");
  const std::size_t at = body_end == std::string_view::npos ? html.size() : body_end;
  std::string page;
  page.reserve(html.size() + 400);
  page.append(html.substr(0, at));
  page += reload_script(generation);
  page.append(html.substr(at));
  return page;
}

std::string error_page(const std::vector<std::string>& problems, std::uint64_t generation) {
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>oitgen serve: the site has errors</title>\n"
      "<style>body{font-family:sans-serif;margin:2em;line-height:1.5}"
      "li{font-family:monospace;white-space:pre-wrap;margin-bottom:.5em}"
      ".error{color:#a00}.warning{color:#850}</style>\n</head>\n<body>\n"
      "<h1>The site has errors</h1>\n<p>oitgen serve could not build the site. Fix "
      "these and save: the page reloads by itself.</p>\n<ol>\n";
  for (const auto& problem : problems) {
    const bool warning = problem.find(": warning: ") != std::string::npos;
    // Control characters written out, as on the terminal, so that they can be found.
    page += std::string("<li class=\"") + (warning ? "warning" : "error") + "\">" +
            xml_escape(visible_controls(problem)) + "</li>\n";
  }
  page += "</ol>\n";
  return with_reload_script(page + "</body>\n</html>\n", generation);
}

}  // namespace oitgen
