#pragma once
// Runs a publish plan against a host: retries with backoff, a message per failed file, the
// manifest last.

#include <chrono>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "publish/publish_plan.h"
#include "publish/transport.h"

namespace oitgen {

struct PublishOptions {
  bool dry_run = false;
  bool delete_stale = false;
  int attempts = 4;  // per file, for transient failures
  std::chrono::milliseconds first_backoff{500};
  bool progress_bar = false;  // a redrawn line on a terminal; plain lines otherwise
};

struct PublishResult {
  int uploaded = 0;
  int deleted = 0;
  std::uintmax_t bytes = 0;
  std::vector<std::string> failures;  // one line per file that failed
  std::string stopped;                // why the run ended before trying every file
  bool complete = false;              // every change made and the manifest written
};

PublishResult publish(const std::filesystem::path& output, Transport& transport,
                      const PublishOptions& options, std::ostream& out);

}  // namespace oitgen
