#include "util/parallel.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace oitgen;

TEST_CASE("parallel_for calls the work once for every index") {
  for (std::size_t count : {0u, 1u, 15u, 16u, 17u, 1000u}) {
    std::vector<int> calls(count, 0);
    parallel_for(count, [&](std::size_t i) { ++calls[i]; });
    CHECK(std::vector<int>(count, 1) == calls);
  }
}

TEST_CASE("parallel_for rethrows what the work threw") {
  CHECK_THROWS_AS(parallel_for(1000,
                               [](std::size_t i) {
                                 if (i == 500) throw std::runtime_error("item 500");
                               }),
                  std::runtime_error);
}

TEST_CASE("OITGEN_THREADS sets the number of threads within 1 to 64") {
  ::setenv("OITGEN_THREADS", "3", 1);
  CHECK(worker_count() == 3);
  ::setenv("OITGEN_THREADS", "0", 1);
  CHECK(worker_count() >= 1);
  ::setenv("OITGEN_THREADS", "65", 1);
  CHECK(worker_count() <= 64);
  ::setenv("OITGEN_THREADS", "2x", 1);
  CHECK(worker_count() >= 1);
  ::unsetenv("OITGEN_THREADS");
}

TEST_CASE("parallel_for with batches of one spreads even two items over two threads") {
  ::setenv("OITGEN_THREADS", "2", 1);
  // Each item waits for the other to start: one thread alone would wait for ever, so each
  // gives up after a while and says so.
  std::mutex lock;
  std::condition_variable changed;
  int started = 0;
  std::vector<bool> met(2, false);
  parallel_for(
      2,
      [&](std::size_t i) {
        std::unique_lock guard(lock);
        ++started;
        changed.notify_all();
        met[i] = changed.wait_for(guard, std::chrono::seconds(10), [&] { return started == 2; });
      },
      1);
  ::unsetenv("OITGEN_THREADS");
  CHECK(met == std::vector<bool>{true, true});
}

TEST_CASE("a parallel_for inside a work item runs in that item's thread") {
  ::setenv("OITGEN_THREADS", "2", 1);
  std::vector<std::vector<std::thread::id>> inner(2);
  parallel_for(
      2,
      [&](std::size_t i) {
        std::vector<std::thread::id> ids(100);
        parallel_for(100, [&](std::size_t j) { ids[j] = std::this_thread::get_id(); });
        inner[i] = ids;
        inner[i].push_back(std::this_thread::get_id());
      },
      1);
  ::unsetenv("OITGEN_THREADS");
  for (const auto& ids : inner)
    CHECK(std::all_of(ids.begin(), ids.end(), [&](auto id) { return id == ids.back(); }));
}
