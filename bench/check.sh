#!/usr/bin/env bash
# Times `oitgen check` on a site folder (default: the example site), process start included.
# Usage: bench/check.sh [SITE_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-.}
runs=${2:-200}
build/oitgen check "$site" > /dev/null
start=$(date +%s%N)
for _ in $(seq "$runs"); do build/oitgen check "$site" > /dev/null; done
end=$(date +%s%N)
echo "oitgen check $site: $runs runs, $(( (end - start) / runs / 1000 )) µs per run"
