#include "write/snapshot_folder.h"

#include <algorithm>

#include "load/manifest_reader.h"
#include "model/archive_manifest.h"
#include "write/output_marker.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// A manifest lists every file of a snapshot: tens of bytes per file.
constexpr std::size_t manifest_limit = 64 << 20;

bool is_year_name(const std::string& name) {
  return name.size() == 4 && std::all_of(name.begin(), name.end(), ::isdigit);
}

}  // namespace

bool is_snapshot_folder(const fs::path& folder) {
  const auto text = read_start(folder / manifest_name, manifest_limit);
  if (!text) return false;
  try {
    parse_manifest(*text);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

OutputOwner snapshot_owner(int year) {
  return {"oitgen archive " + std::to_string(year), "manifest.json that oitgen can read", false,
          is_snapshot_folder};
}

Leftovers remove_snapshot_leftovers(const fs::path& site_dir) {
  const fs::path archive = site_dir / "content" / "archive";
  if (!fs::is_directory(fs::symlink_status(archive))) return {};
  return remove_leftovers(archive, is_year_name, is_snapshot_folder);
}

}  // namespace oitgen
