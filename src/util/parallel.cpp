#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

namespace oitgen {

unsigned worker_count() {
  if (const char* set = std::getenv("OITGEN_THREADS")) {
    const std::string_view text(set);
    unsigned count = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), count);
    if (error == std::errc{} && end == text.data() + text.size() && count >= 1 && count <= 64)
      return count;
  }
  return std::clamp(std::thread::hardware_concurrency(), 1u, 64u);
}

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work,
                  std::size_t batch) {
  // Small batches of items per claim: items take from microseconds to milliseconds, and a
  // thread that finishes early takes the next batch.
  batch = std::max<std::size_t>(batch, 1);
  const std::size_t threads = std::min<std::size_t>(worker_count(), (count + batch - 1) / batch);
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto run = [&] {
    try {
      for (std::size_t start = next.fetch_add(batch); start < count; start = next.fetch_add(batch))
        for (std::size_t i = start; i < std::min(start + batch, count); ++i) work(i);
    } catch (...) {
      const std::lock_guard lock(failure_lock);
      if (!failure) failure = std::current_exception();
      next = count;  // the others stop after their batch
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace oitgen
