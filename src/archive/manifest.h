#pragma once
// Writing a yearly snapshot's manifest (model/archive_manifest.h has its fields).

#include <filesystem>
#include <string>
#include <vector>

#include "model/archive_manifest.h"

namespace oitgen {

std::string manifest_json(const Manifest& manifest);

// Every file under `folder` but the manifest and its signature, hashed, sorted by path.
std::vector<ManifestFile> hash_folder(const std::filesystem::path& folder);

}  // namespace oitgen
