#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/console.h"

namespace oitgen {

// `oitgen archive YEAR [SITE_DIR] [--replace] [--sign KEYFILE]` freezes a fiscal year;
// `oitgen archive --verify [SITE_DIR | URL]` proves the snapshots unchanged.
struct ArchiveArgs {
  std::vector<std::string> positional;  // YEAR [SITE_DIR], or with --verify SITE_DIR | URL
  bool verify = false;
  bool replace = false;
  std::optional<std::string> sign;
  std::string cacert;
};
int archive_command(const ArchiveArgs& args, Console& console);

}  // namespace oitgen
