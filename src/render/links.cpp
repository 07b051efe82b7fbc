#include "render/links.h"

#include <array>
#include <string_view>

namespace oitgen {

namespace {

// The template values that hold a link to a page of the site.
constexpr std::array<std::string_view, 3> link_keys = {"href", "home", "news_list"};

bool is_link_key(const std::string& key) {
  for (const auto link_key : link_keys)
    if (key == link_key) return true;
  return false;
}

// A link that leaves the site's relative paths: "https://…", "mailto:…", "/…", "#…".
bool leaves_site_paths(const std::string& href) {
  if (href.starts_with('/') || href.starts_with('#')) return true;
  const auto colon = href.find(':');
  return colon != std::string::npos && href.find_first_of("/?#") > colon;
}

}  // namespace

std::string Links::page(const std::string& href) const {
  if (!for_disk || leaves_site_paths(href)) return href;
  const auto end = href.find_first_of("?#");
  const std::string path = href.substr(0, end);
  if (!path.empty() && !path.ends_with('/')) return href;  // a file already
  return path + "index.html" + (end == std::string::npos ? "" : href.substr(end));
}

void Links::localize(nlohmann::json& values) const {
  if (!for_disk) return;
  if (values.is_array()) {
    for (auto& value : values) localize(value);
    return;
  }
  if (!values.is_object()) return;
  for (auto it = values.begin(); it != values.end(); ++it) {
    if (it.value().is_string() && is_link_key(it.key()))
      it.value() = page(it.value().get<std::string>());
    else
      localize(it.value());
  }
}

}  // namespace oitgen
