#include "util/parallel.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <stdexcept>
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
