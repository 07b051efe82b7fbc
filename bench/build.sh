#!/usr/bin/env bash
# Times `oitgen build` of a site folder (default: the example site) into a scratch folder,
# process start included. Usage: bench/build.sh [SITE_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-.}
runs=${2:-50}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build/oitgen build "$site" --output "$out/site" > /dev/null
start=$(date +%s%N)
for _ in $(seq "$runs"); do build/oitgen build "$site" --output "$out/site" > /dev/null; done
end=$(date +%s%N)
pages=$(find "$out/site" -name '*.html' | wc -l)
echo "oitgen build $site: $pages pages, $runs runs, $(( (end - start) / runs / 1000 )) µs per run"
