#include "render/anchor_check.h"

#include <algorithm>

#include "model/paths.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::string missing_anchor(const std::string& template_file, const std::string& path,
                           const std::string& id, const std::vector<std::string>& codes,
                           const std::string& key) {
  return template_file + ": the page " + path + " has no id=\"" + id +
         "\", which the OIT index links to for " + join(codes) + " (" + path + "#" + id +
         "); give its heading id=\"{{anchors." + key + "}}\"";
}

}  // namespace

AnchorCheck::AnchorCheck(const std::optional<OitCoverage>& coverage) {
  if (!coverage) return;
  for (const auto& item : coverage->items)
    for (const auto& source : item.sources) {
      if (source.external || source.anchor.empty()) continue;
      const std::string page = source.target.substr(0, source.target.find('#'));
      auto& anchors = needed_[page];
      auto found = std::find_if(anchors.begin(), anchors.end(),
                                [&](const Needed& n) { return n.id == source.anchor; });
      if (found == anchors.end()) found = anchors.insert(anchors.end(), {source.anchor, {}});
      if (std::find(found->codes.begin(), found->codes.end(), item.item.code) == found->codes.end())
        found->codes.push_back(item.item.code);
    }
}

void AnchorCheck::page(const std::string& path, const std::string& template_file,
                       const std::string& html) {
  add(missing(path, template_file, html));
}

std::vector<std::string> AnchorCheck::missing(const std::string& path,
                                              const std::string& template_file,
                                              const std::string& html) const {
  std::vector<std::string> problems;
  const auto found = needed_.find(path);
  if (found == needed_.end()) return problems;
  for (const auto& needed : found->second) {
    if (has_id(html, needed.id)) continue;
    std::string key;
    for (const auto& anchor : anchors::all)
      if (needed.id == anchor.id) key = anchor.key;
    problems.push_back(missing_anchor(template_file, path, needed.id, needed.codes, key));
  }
  return problems;
}

void AnchorCheck::add(std::vector<std::string> problems) {
  for (auto& problem : problems) problems_.push_back(std::move(problem));
}

bool has_id(const std::string& html, const std::string& id) {
  // Values oitgen renders are escaped, so a quote inside text is never a real attribute's.
  for (const char quote : {'"', '\''}) {
    const std::string attribute = std::string("id=") + quote + id + quote;
    for (auto at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1))
      if (at > 0 && (html[at - 1] == ' ' || html[at - 1] == '\t' || html[at - 1] == '\n'))
        return true;
  }
  return false;
}

}  // namespace oitgen
