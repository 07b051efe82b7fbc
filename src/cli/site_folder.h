#pragma once
// Which site folder a command works on when none is named.

#include <filesystem>
#include <optional>
#include <string>

namespace oitgen {

// The nearest of `start` and the folders above it (up to the file system's root) that holds
// content/site.json (of any type: a command reports a site.json that is not a regular file), as a
// path relative to `start` ("." or "..", "../.." ...); nothing when none does.
std::optional<std::filesystem::path> find_site_folder(const std::filesystem::path& start);

// The site folder of a command: `given` when the user named one; else the nearest folder from
// the current one upward that holds content/site.json, so that a command run anywhere inside
// a site (content/plans/ say) works on it; else the current folder, for the command to say
// what is missing there.
std::filesystem::path site_folder(const std::optional<std::string>& given);

}  // namespace oitgen
