#include "write/output_guard.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "util/i18n.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// `inner` lies strictly below `outer`; both normalised.
bool is_below(const fs::path& inner, const fs::path& outer) {
  const fs::path relative = inner.lexically_relative(outer);
  return !relative.empty() && relative != "." && *relative.begin() != "..";
}

template <typename List>
bool listed(const List& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool starts_with_text(const fs::path& file, std::string_view start) {
  const auto bytes = read_start(file, start.size());
  return bytes && *bytes == start;
}

}  // namespace

OutputOwner site_output_owner() {
  return {"oitgen build", ".oitgen-output marker", true, is_unmarked_site_output};
}

bool is_unmarked_site_output(const fs::path& folder) {
  // What render_site writes at the root of every output, and nothing else.
  static constexpr std::array<std::string_view, 5> root_files = {
      "index.html", "404.html", "robots.txt", "sitemap.xml", "feed.xml"};
  static constexpr std::array<std::string_view, 13> root_folders = {
      "assets", "static", "data",    "plans",         "ita", "notices", "pages",
      "news",   "en",     "archive", "accessibility", "oit", "search"};
  for (const auto name : root_files)
    if (!read_start(folder / name, 0)) return false;
  if (!read_start(folder / "assets" / "style.css", 0)) return false;
  if (!starts_with_text(folder / "sitemap.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
                        "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n") ||
      !starts_with_text(folder / "feed.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed "
                        "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"th\">\n") ||
      !starts_with_text(folder / "robots.txt", "User-agent: *\nAllow: /\nSitemap: "))
    return false;
  std::error_code error;
  for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    const fs::file_status status = it->symlink_status(error);
    const bool known = fs::is_directory(status)
                           ? listed(root_folders, name)
                           : fs::is_regular_file(status) && listed(root_files, name);
    if (!known) return false;
  }
  return !error;
}

OutputCheck check_build_output(const fs::path& site_dir, const fs::path& output) {
  OutputCheck check;
  fs::path site, content;
  try {
    check.folder = normal_path(output);
    site = normal_path(site_dir);
    content = normal_path(site_dir / "content");
  } catch (const fs::filesystem_error& e) {
    check.refusal = trf("its path cannot be resolved ({1})", {e.code().message()});
    return check;
  }
  const fs::path& folder = check.folder;
  if (folder == site)
    check.refusal = tr("it is the site folder itself");
  else if (is_below(site, folder))
    check.refusal = trf("it holds the site folder {1}", {site.string()});
  else if (folder == content)
    check.refusal = tr("it is the site's content folder");
  else if (is_below(folder, content))
    check.refusal = tr("it is inside the site's content folder");
  else if (is_below(content, folder))
    check.refusal = trf("it holds the site's content folder {1}", {content.string()});
  else if (const auto refusal = replace_refusal(folder, site_output_owner()))
    check.refusal = *refusal;
  return check;
}

OutputCheck check_sites_output(const fs::path& sites_dir, const fs::path& output) {
  OutputCheck check;
  fs::path sites;
  try {
    check.folder = normal_path(output);
    sites = normal_path(sites_dir);
  } catch (const fs::filesystem_error& e) {
    check.refusal = trf("its path cannot be resolved ({1})", {e.code().message()});
    return check;
  }
  const fs::path& folder = check.folder;
  std::error_code error;
  if (folder == sites) {
    check.refusal = tr("it is the folder of the sites itself");
  } else if (is_below(sites, folder)) {
    check.refusal = trf("it holds the folder of the sites {1}", {sites.string()});
  } else if (is_below(folder, sites)) {
    const fs::path top = sites / *folder.lexically_relative(sites).begin();
    if (top != folder && fs::exists(top / "content" / "site.json", error))
      check.refusal = trf("it is inside the site folder {1}", {top.string()});
  }
  if (!check.refusal.empty()) return check;
  if (const auto refusal =
          replace_refusal(folder, {sites_output_maker, ".oitgen-output marker", true, nullptr}))
    check.refusal = *refusal;
  else if (const auto made_by = output_made_by(folder); made_by && *made_by != sites_output_maker)
    check.refusal = trf("it was made by \"{1}\", not by \"{2}\"", {*made_by, sites_output_maker});
  return check;
}

}  // namespace oitgen
