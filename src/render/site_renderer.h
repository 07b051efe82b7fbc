#pragma once
// Renders a checked site: every page in every language, the theme's assets, the content's
// static files, the open data files, sitemap.xml, feed.xml and robots.txt.

#include <filesystem>
#include <string>

#include "compute/figures.h"
#include "model/site.h"
#include "render/context.h"
#include "render/links.h"
#include "render/output_sink.h"
#include "render/page_filter.h"
#include "render/theme.h"

namespace oitgen {

// A yearly snapshot's pages say what they are: a banner on each names the fiscal year and links
// to the same page of the current site, at its address outside the snapshot.
struct ArchivedCopy {
  int fiscal_year = 0;
  std::string current_base_url;  // the site's own address, ending in "/"
};

// Writes the site into `output`; returns the number of HTML pages. Throws std::runtime_error on
// a template that cannot be rendered. With a filter, the pages of plans, projects, reports,
// risk assessments, documents and news that it keeps are not rendered (the rest always are).
// Every URL is made by `links`: its base URL, not site.json's, is the site's address.
// `documents` are the printable documents already written, which their pages link to;
// `archived`, when given, makes every page an archived copy of that year (see ArchivedCopy).
int render_site(const Site& site, const Figures& figures, const Theme& theme,
                const std::filesystem::path& site_dir, OutputSink& output, const Links& links,
                PageFilter* filter = nullptr, const DocumentLinks* documents = nullptr,
                const ArchivedCopy* archived = nullptr);

}  // namespace oitgen
