#pragma once
// A site's output folder as the pipeline's destination: what `oitgen build` writes.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "write/staged_output.h"

namespace oitgen {

class SiteOutput : public Destination {
 public:
  // `folder` has passed check_build_output() (write/output_guard.h).
  SiteOutput(std::filesystem::path site_dir, std::filesystem::path folder);

  // Removes what killed runs left (snapshots' staging folders in content/archive/, which are
  // never published, and the output's beside it), then stages the new output.
  OutputSink& open(const CheckedSite& checked) override;
  void commit() override;

  // What the user should know: leftovers removed or left, an old tree not removed entirely.
  const std::vector<std::string>& notes() const { return notes_; }

 private:
  std::filesystem::path site_dir_;
  std::filesystem::path folder_;
  std::optional<StagedOutput> output_;
  std::vector<std::string> notes_;
};

}  // namespace oitgen
