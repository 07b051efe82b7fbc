#pragma once
// What a build says while it runs: on a terminal a line naming the step under way, redrawn in
// place and gone when the build ends; with --verbose a line for each step with its time.

#include <chrono>
#include <string>

#include "cli/console.h"
#include "pipeline/pipeline.h"

namespace oitgen {

class BuildProgress : public PipelineObserver {
 public:
  explicit BuildProgress(Console& console) : console_(console) {}
  ~BuildProgress() override;
  BuildProgress(const BuildProgress&) = delete;
  BuildProgress& operator=(const BuildProgress&) = delete;

  void started(PipelineStep step) override;
  void finished(PipelineStep step) override;
  // Takes the progress line away, before the diagnostics and the summary are printed.
  void clear();

 private:
  Console& console_;
  std::chrono::steady_clock::time_point started_;
  bool drawn_ = false;
};

}  // namespace oitgen
