#pragma once
// A site's output folder as the pipeline's destination: what `oitgen build` writes.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/incremental.h"
#include "pipeline/pipeline.h"
#include "write/staged_output.h"

namespace oitgen {

class SiteOutput : public Destination {
 public:
  // `folder` has passed check_build_output() (write/output_guard.h). Without `may_skip`, an
  // unchanged site is built again all the same (its pages are still taken over): for a caller
  // that needs the checked site of every run.
  SiteOutput(std::filesystem::path site_dir, std::filesystem::path folder, bool may_skip = true);

  // Hashes the inputs and checks the output against its build manifest: true when the output
  // was built from exactly these inputs and holds exactly what that build wrote (then only
  // leftovers of killed runs are removed). A manifest that cannot be read or an output changed
  // since is noted, and the next open() builds the whole site.
  bool up_to_date(const PipelineOptions& options, Diagnostics& diags) override;
  // Removes what killed runs left (snapshots' staging folders in content/archive/, which are
  // never published, and the output's beside it), then stages the new output, reusing the
  // current output's files where their bytes stay the same.
  OutputSink& open(const CheckedSite& checked) override;
  PageFilter* filter() override { return filter_.get(); }
  // Writes the build manifest into the staging folder, then swaps it in.
  void commit() override;

  // What the user should know: leftovers removed or left, an old tree not removed entirely,
  // a manifest or an output that could not be trusted.
  const std::vector<std::string>& notes() const { return notes_; }
  // Of the files of a committed build: how many were taken over from the previous output.
  int files() const { return output_ ? static_cast<int>(output_->files().size()) : 0; }
  int files_kept() const { return output_ ? output_->reused() : 0; }
  // Of its pages: how many were kept without being rendered.
  int pages_kept() const { return filter_ ? filter_->kept() : 0; }

 private:
  void remove_leftovers_only();

  std::filesystem::path site_dir_;
  std::filesystem::path folder_;
  bool may_skip_ = true;
  bool documents_ = true;  // the build makes the printable documents
  std::optional<StagedOutput> output_;
  std::vector<std::string> notes_;
  Diagnostics* diags_ = nullptr;           // for the warnings the manifest keeps
  std::optional<BuildInputs> inputs_;      // nothing: this build keeps no manifest
  std::optional<BuildManifest> previous_;  // verified against the output
  std::unique_ptr<ChangedPages> filter_;
};

}  // namespace oitgen
