#pragma once

#include <filesystem>
#include <optional>

#include "cli/console.h"

namespace oitgen {

// The options of `oitgen build` that apply to every site of --sites alike.
struct SitesFlags {
  bool strict = false;
  bool documents = true;  // --no-pdf turns it off
  bool for_disk = false;
};

// `oitgen build --sites DIR [--output OUT] [--theme-dir THEMES] [--strict] [--no-pdf]
// [--for-disk]`: every site folder of DIR into OUT/<site>/ (default DIR/output), and the index
// of them all. Diagnostics and one line per site are said on the console; on a terminal, a
// progress bar instead of the lines of the sites that built.
int build_sites_command(const std::filesystem::path& sites_dir,
                        const std::optional<std::filesystem::path>& output,
                        const std::optional<std::filesystem::path>& themes_dir,
                        const SitesFlags& flags, Console& console);

}  // namespace oitgen
