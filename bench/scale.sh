#!/usr/bin/env bash
# How `oitgen check` and `oitgen build` scale with the number of projects: times both with
# hyperfine on sites made by bench/make_site.py and prints the time per project, which stays
# about the same from one size to the next when the time is linear.
# Usage: bench/scale.sh [N ...]    (default: 1000 10000 100000)
# Needs hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine > /dev/null || { echo "bench/scale.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %-6s %12s %16s\n' projects command "mean (s)" "per project (µs)"
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  python3 bench/make_site.py "$n" "$site"
  # Fewer runs for the larger sites: a 100,000-project build takes minutes.
  runs=$(( n >= 100000 ? 1 : n >= 10000 ? 3 : 10 ))
  warmup=$(( n >= 100000 ? 0 : 1 ))
  for command in check build; do
    extra=()
    [ "$command" = build ] && extra=(--output "$work/output-$n")
    hyperfine --warmup "$warmup" --runs "$runs" --export-json "$work/$command-$n.json" \
      "build/oitgen $command $site ${extra[*]}" > /dev/null
    python3 - "$work/$command-$n.json" "$n" "$command" <<'PY'
import json, sys
mean = json.load(open(sys.argv[1]))["results"][0]["mean"]
n = int(sys.argv[2])
print("%-8d %-6s %12.3f %16.1f" % (n, sys.argv[3], mean, mean / n * 1e6))
PY
  done
done
