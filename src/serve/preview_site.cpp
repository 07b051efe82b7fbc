#include "serve/preview_site.h"

#include <stdexcept>

#include "util/file.h"

namespace oitgen {

void PreviewSite::publish(std::shared_ptr<const SiteFiles> files) {
  {
    const std::lock_guard lock(mutex_);
    state_.files = std::move(files);
    state_.problems.clear();
    ++state_.generation;
  }
  changed_.notify_all();
}

void PreviewSite::fail(std::vector<std::string> problems) {
  {
    const std::lock_guard lock(mutex_);
    state_.problems = std::move(problems);
    ++state_.generation;
  }
  changed_.notify_all();
}

PreviewSite::State PreviewSite::state() const {
  const std::lock_guard lock(mutex_);
  return state_;
}

std::uint64_t PreviewSite::wait_for_build(std::uint64_t seen,
                                          std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return stopped_ || state_.generation != seen; });
  return state_.generation;
}

void PreviewSite::stop() {
  {
    const std::lock_guard lock(mutex_);
    stopped_ = true;
  }
  changed_.notify_all();
}

OutputSink& PreviewDestination::open(const CheckedSite& /*checked*/) {
  sink_ = std::make_unique<MemorySink>();
  return *sink_;
}

void PreviewDestination::commit() {
  site_.publish(std::make_shared<const SiteFiles>(std::move(sink_->files)));
  sink_.reset();
}

void PreviewDestination::MemorySink::write(const std::string& path, std::string_view bytes) {
  files.insert_or_assign(path, std::string(bytes));
}

void PreviewDestination::MemorySink::copy(const std::filesystem::path& from,
                                          const std::string& path) {
  // The loaders have checked the file (a regular file inside content/, within its limit).
  auto bytes = read_file(from);
  if (!bytes) throw std::runtime_error(from.generic_string() + ": cannot be read");
  files.insert_or_assign(path, std::move(*bytes));
}

}  // namespace oitgen
