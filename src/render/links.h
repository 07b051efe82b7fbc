#pragma once
// Every URL a build writes is made here: absolute ones (sitemap, feed, robots.txt, canonical
// links, the OIT sheet) from the build's base URL, and links between pages either as a web
// server serves them ("plans/2566-2570/") or as files a browser opens from a disk
// ("plans/2566-2570/index.html").

#include <nlohmann/json.hpp>
#include <string>

namespace oitgen {

struct Links {
  std::string base_url;   // the site's address for this build; ends in "/"
  bool for_disk = false;  // pages name the file of a folder's page: file:// has no index

  // The absolute URL of a site path ("" for home).
  std::string absolute(const std::string& site_path) const { return base_url + site_path; }
  // A link to a site path, relative to the site root; an absolute URL, an anchor in the same
  // page, an absolute path and a mailto: link are returned as they are.
  std::string page(const std::string& href) const;
  // page() for every link in a page's template values: the strings under the keys that hold
  // links ("href", "home", "news_list"), at any depth.
  void localize(nlohmann::json& values) const;
};

}  // namespace oitgen
