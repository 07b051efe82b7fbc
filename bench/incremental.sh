#!/usr/bin/env bash
# Times `oitgen build` of a site three ways with hyperfine: a full build into an empty folder,
# a no-op rebuild (nothing changed), and a rebuild after one project's file changed (a line is
# appended to its body before each run). Usage: bench/incremental.sh [SITE_DIR] [PROJECT_FILE]
# (default: the example site and its project p05; PROJECT_FILE is relative to SITE_DIR). The
# site folder is copied to a scratch folder first, so the original is never edited. RUNS
# (default 10) sets the runs of the full and one-project benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
oitgen=$PWD/build/oitgen
site=${1:-.}
project=${2:-content/plans/2566-2570/projects/p05.md}
work=$(mktemp -d "${TMPDIR:-/tmp}/oitgen-incremental.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site"
cp -r "$site/content" "$work/site/"
[ -d "$site/themes" ] && cp -r "$site/themes" "$work/site/"
out=$work/out
runs=${RUNS:-10}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
hyperfine --warmup 1 -r "$runs" --prepare "rm -rf $out" -n full "$oitgen build $work/site --output $out"
"$oitgen" build "$work/site" --output "$out" > /dev/null
hyperfine --warmup 5 -N -n no-op "$oitgen build $work/site --output $out"
hyperfine --warmup 1 -r "$runs" --prepare "sh -c 'date +%N >> $work/site/$project'" -n one-project \
  "$oitgen build $work/site --output $out"
"$oitgen" build "$work/site" --output "$out"
