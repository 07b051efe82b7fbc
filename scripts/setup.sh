#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds oitgen and renders the example site (content/) into output/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DOITGEN_WERROR=OFF
cmake --build build -j "$(nproc)"
build/oitgen build .
echo "open output/index.html to see the example site"
