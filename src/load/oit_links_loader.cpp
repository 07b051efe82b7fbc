#include "load/loaders.h"
#include "util/i18n.h"
#include "util/url.h"

namespace oitgen {

std::vector<OitLink> load_oit_links_file(const Node& root, Reader& reader) {
  std::vector<OitLink> links;
  if (!reader.object(root, "links.json", {{"links", true}})) return links;
  const Node* list = root.find("links");
  if (!list) return links;
  if (list->kind != Node::Kind::array) {
    reader.error(list->pos, "oit.links",
                 tr("\"links\" must be a list of {\"code\", \"url\", \"title\", \"fiscal_year\"}"));
    return links;
  }
  for (const auto& item : list->items) {
    if (!reader.object(item, tr("a link"),
                       {{"code", true}, {"url", true}, {"title"}, {"fiscal_year"}}))
      continue;
    OitLink link;
    link.source = reader.source_of(item);
    if (auto code = reader.string(item, "code")) link.code = *code;
    if (auto url = reader.string(item, "url")) {
      link.url = *url;
      if (!is_absolute_http_url(*url))
        reader.error(
            item.find("url")->pos, "oit.link-url",
            trf("url \"{1}\" must be a full address starting with https:// (or http://)", {*url}));
    }
    if (auto title = reader.text(item, "title")) link.title = *title;
    link.fiscal_year = reader.fiscal_year(item, "fiscal_year");
    links.push_back(link);
  }
  return links;
}

}  // namespace oitgen
