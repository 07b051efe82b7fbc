#pragma once
// What every view of one language needs: the model, the figures (joined to their records by
// compute), the theme's words and the formatter. Views only format; no figure is computed and
// no record looked up by id here.

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "compute/figures.h"
#include "format/format.h"
#include "markdown/markdown.h"
#include "model/paths.h"
#include "model/site.h"
#include "render/links.h"
#include "render/theme.h"

namespace oitgen {

// A printable document (document/) that a page links to for download.
struct DocumentLink {
  std::string file;          // its site path ("plans/x/reports/r/report-r.pdf")
  std::uintmax_t bytes = 0;  // its size, shown beside the link
};
// By the site path of the page it belongs to ("plans/x/reports/r/").
using DocumentLinks = std::map<std::string, DocumentLink>;

struct RenderContext {
  RenderContext(const Site& site, const Figures& figures, const Theme& theme, std::string language,
                MarkdownRenderer& markdown, Links links = {});

  const Site& site;
  const Figures& figures;
  const Theme& theme;
  std::string language;
  Formatter format;
  const nlohmann::json& strings;             // the theme's UI strings for `language`
  const DocumentLinks* documents = nullptr;  // none: a build without documents
  Links links;                               // the build's base URL, and how pages link

  bool english_site() const;
  // A UI string by dotted key ("status.completed"); the key itself when the theme lacks it.
  std::string ui(const std::string& key) const;
  const std::string& text(const Text& text) const { return text.in(language); }
  // Markdown to HTML, rendered once however many pages and languages show it.
  const std::string& html(const std::string& markdown) const { return markdown_.render(markdown); }

  // The site path (relative to the site root, "" for home, folders end in "/") of a page in
  // this language: English pages live under en/, and fall back to the Thai page.
  std::string path(const std::string& thai_path, bool has_english) const;

 private:
  MarkdownRenderer& markdown_;
};

}  // namespace oitgen
