#pragma once
// Reading a yearly snapshot's manifest.json (model/archive_manifest.h has its fields).

#include <string>

#include "model/archive_manifest.h"

namespace oitgen {

// Throws std::runtime_error when the text is not a manifest.
Manifest parse_manifest(const std::string& text);

}  // namespace oitgen
