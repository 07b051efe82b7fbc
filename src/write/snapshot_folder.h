#pragma once
// content/archive/<year>/ as oitgen writes it: a yearly snapshot, known by its manifest.

#include <filesystem>

#include "write/staged_output.h"

namespace oitgen {

// Whether `folder` is a snapshot that oitgen wrote: its manifest.json reads as a manifest.
bool is_snapshot_folder(const std::filesystem::path& folder);

// The owner of content/archive/<year>/: known by its manifest, it keeps no marker.
OutputOwner snapshot_owner(int year);

// Removes what killed `archive` runs left in content/archive/ (staging and old folders of any
// year), except what a running process is writing. Every build does it too, so that such a
// folder is never published.
Leftovers remove_snapshot_leftovers(const std::filesystem::path& site_dir);

}  // namespace oitgen
