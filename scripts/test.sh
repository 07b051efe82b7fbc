#!/usr/bin/env bash
# Builds oitgen and runs every test: unit tests and integration tests on real content folders.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --tests
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOITGEN_WERROR=ON > /dev/null
cmake --build build -j "$(nproc)"
# The tests are independent (own folders, free ports), so they run side by side on every core.
ctest --test-dir build --output-on-failure -j "$(nproc)"
