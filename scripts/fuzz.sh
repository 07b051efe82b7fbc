#!/usr/bin/env bash
# Builds the fuzz targets of fuzz/ with clang's libFuzzer into build-fuzz/ and fuzzes each one
# for a while (docs/fuzzing.md):
#   scripts/fuzz.sh --short          as CI does: a fixed seed and at most 45 seconds per target,
#                                    so that the same tree fuzzes the same inputs on every machine
#                                    fast enough to finish them
#   scripts/fuzz.sh [SECONDS]        SECONDS per target (default 600); a long run: 3600 or more
#   scripts/fuzz.sh SECONDS TARGET…  only these targets (fuzz_json, fuzz_money …)
# Each target starts from a copy of its seed corpus fuzz/corpus/<target>/ (new inputs stay in
# build-fuzz/corpus/). A crash, a broken property, a leak, a timeout or running out of memory
# fails the run, and the input is saved into fuzz/regressions/<target>/, to be committed with
# the fix: the fuzz_regressions ctests replay it in every build from then on.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
seed=()
if [ "${1:-}" = "--short" ]; then
  seconds=45
  seed=(-seed=20261201 -runs=20000)
  shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_json fuzz_front_matter fuzz_markdown fuzz_money fuzz_date fuzz_csv)
fi

scripts/install-deps.sh --tests
# -g1: line tables are all that a crash report's file:line needs, and a third quicker to build.
CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DOITGEN_FUZZ=ON -DOITGEN_WERROR=ON > /dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for target in "${targets[@]}"; do
  work=build-fuzz/corpus/$target
  mkdir -p "$work" "fuzz/regressions/$target"
  echo "== $target: $seconds s"
  # -timeout: one input may take 10 s at most; -rss_limit_mb: 2 GiB, the sanitizers included.
  # New inputs go to the first folder only, so the committed corpus is read, never written.
  if ! "build-fuzz/fuzz/$target" "${seed[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="fuzz/regressions/$target/" \
      "$work" "fuzz/corpus/$target" 2> "build-fuzz/$target.log"; then
    # What went wrong, and the first frames of oitgen's own code.
    grep -E "ERROR:|^SUMMARY|property failed|terminate called|what\(\)|Test unit written" \
      "build-fuzz/$target.log" || true
    grep -m6 -E "^ +#[0-9]+ .*(src|fuzz)/[a-z_/]+\.(cpp|h)" "build-fuzz/$target.log" || true
    echo "== $target FAILED: see build-fuzz/$target.log; the input is in fuzz/regressions/$target/"
    failed+=("$target")
  else
    grep -E "^stat::number_of_executed_units|^Done" "build-fuzz/$target.log" || true
  fi
  rmdir "fuzz/regressions/$target" 2> /dev/null || true  # keep only folders that hold inputs
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "fuzzing found nothing in ${#targets[@]} targets, $seconds s each"
