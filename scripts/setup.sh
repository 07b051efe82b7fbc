#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds oitgen and renders the example site (content/) into output/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DOITGEN_WERROR=OFF
# The program, its catalog, manual pages and completion; the tests are built by scripts/test.sh.
cmake --build build -j "$(nproc)" --target oitgen manual
build/oitgen build .
echo "open output/index.html to see the example site"
