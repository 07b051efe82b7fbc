#!/usr/bin/env bash
# Sets up a fresh Debian machine, builds oitgen and runs it on the example site in content/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
build/oitgen check .
