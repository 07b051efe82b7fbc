#include "render/context.h"

#include <algorithm>

namespace oitgen {

RenderContext::RenderContext(const Site& site_, const Figures& figures_, const Theme& theme_,
                             std::string language_, MarkdownRenderer& markdown, Links links_)
    : site(site_),
      figures(figures_),
      theme(theme_),
      language(std::move(language_)),
      format(language, site_.config.numerals),
      strings(theme_.strings(language)),
      links(std::move(links_)),
      markdown_(markdown) {}

bool RenderContext::english_site() const {
  const auto& languages = site.config.languages;
  return std::find(languages.begin(), languages.end(), "en") != languages.end();
}

std::string RenderContext::ui(const std::string& key) const {
  const nlohmann::json* node = &strings;
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t end = std::min(key.find('.', start), key.size());
    const std::string part = key.substr(start, end - start);
    if (!node->is_object() || !node->contains(part)) return key;
    node = &(*node)[part];
    start = end + 1;
  }
  return node->is_string() ? node->get<std::string>() : key;
}

std::string RenderContext::path(const std::string& thai_path, bool has_english_version) const {
  return language == "en" && has_english_version ? "en/" + thai_path : thai_path;
}

}  // namespace oitgen
