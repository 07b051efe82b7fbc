#pragma once
// Freezing a fiscal year's site into content/archive/<year>/: the pipeline's destination for
// `oitgen archive`.

#include <filesystem>
#include <optional>

#include "archive/manifest.h"
#include "pipeline/pipeline.h"
#include "write/staged_output.h"

namespace oitgen {

struct SnapshotOptions {
  int year = 0;
  bool replace = false;
  std::optional<std::filesystem::path> key_file;  // Ed25519, PEM
};

// Stores the site as of the year (run the pipeline with as_of_year) with its manifest (and
// signature), replacing the previous snapshot in one step (see StagedOutput). open() throws
// std::runtime_error when a snapshot exists and `replace` is not set, and OutputRefused when
// the year's folder is not a snapshot oitgen wrote; commit() throws on a failed write or
// signature. Nothing is changed then.
class Snapshot : public Destination {
 public:
  Snapshot(std::filesystem::path site_dir, SnapshotOptions options);

  OutputSink& open(const CheckedSite& checked) override;
  void commit() override;

  const Manifest& manifest() const { return manifest_; }
  // What killed archive runs left and this run removed or left alone.
  const Leftovers& leftovers() const { return leftovers_; }

 private:
  std::filesystem::path site_dir_;
  SnapshotOptions options_;
  std::optional<std::string> old_manifest_;
  std::optional<StagedOutput> output_;
  Leftovers leftovers_;
  Manifest manifest_;
};

}  // namespace oitgen
