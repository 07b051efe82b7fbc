#pragma once
// sitemap.xml, the Atom feed of news and reports, and robots.txt.

#include <string>
#include <vector>

#include "render/context.h"

namespace oitgen {

// `pages`: site paths of every HTML page (folders end in "/").
std::string sitemap_xml(const std::string& base_url, const std::vector<std::string>& pages);
// Entries are titled in the context's language.
std::string atom_feed(const RenderContext& ctx);
std::string robots_txt(const std::string& base_url);

}  // namespace oitgen
