#pragma once
// Work spread over the machine's cores, for the per-file steps that dominate a large site
// (parsing thousands of project files, rendering their pages).

#include <cstddef>
#include <functional>

namespace oitgen {

// How many threads parallel_for uses at most: the machine's cores, or OITGEN_THREADS when set
// to a number from 1 (no threads) to 64.
unsigned worker_count();

// Calls work(i) for every i in [0, count), from up to worker_count() threads, and returns when
// every call has returned. Each call must write only what belongs to its own i, so that the
// result does not depend on which thread ran what; the first exception thrown is rethrown here.
// A thread claims `batch` items at a time (1 for items as long as whole sites). Called from
// inside a work item, it runs in the calling thread: the cores are busy already.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work,
                  std::size_t batch = 16);

}  // namespace oitgen
