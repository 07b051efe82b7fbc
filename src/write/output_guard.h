#pragma once
// Where `oitgen build` may write its output.

#include <filesystem>
#include <string>

#include "write/staged_output.h"

namespace oitgen {

// The owner of a built site's output folder.
OutputOwner site_output_owner();

// An output written by oitgen before outputs carried the marker: the files every build writes
// (index.html, 404.html, robots.txt, sitemap.xml and feed.xml as oitgen writes them,
// assets/style.css) and nothing at its root that a build does not write.
bool is_unmarked_site_output(const std::filesystem::path& folder);

struct OutputCheck {
  std::filesystem::path folder;  // normalised
  std::string refusal;           // empty when the build may write there
};

// Whether `output` may take a build of the site in `site_dir`: never the site folder, its
// content/ folder or anything inside it, nor a folder that holds the site; otherwise what
// replace_refusal() allows. Paths are compared once normalised (normal_path()).
OutputCheck check_build_output(const std::filesystem::path& site_dir,
                               const std::filesystem::path& output);

// The command that makes the folder of many sites' outputs and their index.
inline constexpr const char* sites_output_maker = "oitgen build --sites";

// Whether `output` may take the outputs of the sites in `sites_dir` (`build --sites`), one
// folder per site and the index beside them. Never the folder of the sites or a folder that
// holds it, nor a folder inside one of its sites (one that holds content/site.json); it must
// not exist yet, be empty, or carry the marker of `build --sites` (a single site's output
// would mix its files with the sites').
OutputCheck check_sites_output(const std::filesystem::path& sites_dir,
                               const std::filesystem::path& output);

}  // namespace oitgen
