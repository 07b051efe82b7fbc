#include "cli/site_folder.h"

#include <system_error>

namespace oitgen {

namespace fs = std::filesystem;

std::optional<fs::path> find_site_folder(const fs::path& start) {
  std::error_code ec;
  fs::path folder = fs::absolute(start, ec).lexically_normal();
  if (ec) return std::nullopt;
  // "/site/content/." normalises to "/site/content/", whose parent is "/site/content" itself.
  if (folder.has_relative_path() && folder.filename().empty()) folder = folder.parent_path();
  fs::path relative = ".";
  for (int up = 0;; ++up) {
    // Whatever site.json is (a FIFO, a link), this is the site the user meant: the command
    // says what is wrong with it. Nothing is opened here, so nothing can block. With
    // error_code: an unreadable folder on the way is one that holds no site.
    if (fs::exists(fs::symlink_status(folder / "content" / "site.json", ec))) return relative;
    const fs::path parent = folder.parent_path();
    if (parent == folder || folder.empty()) return std::nullopt;
    folder = parent;
    relative = up == 0 ? fs::path("..") : relative / "..";
  }
}

fs::path site_folder(const std::optional<std::string>& given) {
  if (given) return fs::path(*given);
  return find_site_folder(".").value_or(fs::path("."));
}

}  // namespace oitgen
