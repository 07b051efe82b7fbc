#!/usr/bin/env bash
# Builds oitgen with AddressSanitizer and UndefinedBehaviorSanitizer into build-sanitize/ and runs
# the whole test suite there (docs/fuzzing.md). Any sanitizer report fails the test it happens in.
# Arguments are passed to ctest, e.g. scripts/sanitize.sh -R hostile
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --tests
# -O1 with assertions on, as AddressSanitizer recommends; quicker to build than -O2. -g1 (line
# tables only) is all that the reports' file:line needs, and builds a third faster than -g.
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DOITGEN_SANITIZE=ON -DOITGEN_WERROR=ON > /dev/null
cmake --build build-sanitize -j "$(nproc)"

# Runners that bound time and memory (tests/run_hostile_case.py) allow for the sanitizers' cost.
export OITGEN_SANITIZED=1
# The kill and incremental tests repeat one scenario with random moments and edits: under the
# sanitizers a few rounds reach every code path (the normal suite runs them all), at a fraction
# of the time (the kill test alone would take 8 minutes).
export OITGEN_KILLS=${OITGEN_KILLS:-8} OITGEN_INCREMENTAL_STEPS=${OITGEN_INCREMENTAL_STEPS:-16}
# Leaks are reported too; fuzz/lsan.supp names the third-party leaks that are not oitgen's.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-sanitize --output-on-failure -j "$(nproc)" "$@"
