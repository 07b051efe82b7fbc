#pragma once
// The live preview's state: the last site built, kept in memory, and the problems of the last
// build. Nothing of it is ever on disk, so a killed `oitgen serve` leaves nothing behind and
// nothing of it can be published.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace oitgen {

// A built site: each file's bytes by its '/'-separated path from the site's root.
using SiteFiles = std::map<std::string, std::string, std::less<>>;

// What the preview serves, shared between the builds and the server's threads.
class PreviewSite {
 public:
  struct State {
    std::shared_ptr<const SiteFiles> files;  // the last good build; empty before the first
    std::vector<std::string> problems;       // of the last build, when it failed
    std::uint64_t generation = 0;            // counts builds, good or failed
  };

  // A build succeeded: its files replace the previous ones whole.
  void publish(std::shared_ptr<const SiteFiles> files);
  // A build failed: the problems are shown in place of the pages until a build succeeds.
  void fail(std::vector<std::string> problems);

  State state() const;
  // Waits until a build newer than `seen` is finished, at most `timeout`, or until stop();
  // returns the generation then. The pages' reload script long-polls through it.
  std::uint64_t wait_for_build(std::uint64_t seen, std::chrono::milliseconds timeout) const;
  // Wakes every waiter, for the server to stop.
  void stop();

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  State state_;
  bool stopped_ = false;
};

// The pipeline's destination for the preview: the files go to memory, and the site is put in
// place by commit() only, so a failed build leaves the previous one served as it was.
class PreviewDestination : public Destination {
 public:
  explicit PreviewDestination(PreviewSite& site) : site_(site) {}
  OutputSink& open(const CheckedSite& checked) override;
  void commit() override;

 private:
  class MemorySink : public OutputSink {
   public:
    void write(const std::string& path, std::string_view bytes) override;
    void copy(const std::filesystem::path& from, const std::string& path) override;
    SiteFiles files;
  };

  PreviewSite& site_;
  std::unique_ptr<MemorySink> sink_;
};

}  // namespace oitgen
