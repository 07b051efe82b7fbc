#!/usr/bin/env bash
# How `oitgen check` and `oitgen build` scale with the number of projects: times both with
# hyperfine on sites made by bench/make_site.py and prints the time per project, which stays
# about the same from one size to the next when the time is linear. When Hugo is installed it
# also times `hugo` on the same project files (bench/make_hugo_site.py) and prints oitgen's
# build time as a ratio of Hugo's, measured in the same run.
# Usage: bench/scale.sh [N ...]    (default: 1000 10000 100000)
# Needs hyperfine (Debian: apt-get install hyperfine); Hugo is optional (apt-get install hugo).
# OITGEN_THREADS=1 times oitgen on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine > /dev/null || { echo "bench/scale.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
hugo=$(command -v hugo || true)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# mean FILE: the mean time of a hyperfine JSON export, in seconds.
mean() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$1"; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc); oitgen threads: ${OITGEN_THREADS:-all cores}"
printf '%-8s %-11s %10s %18s\n' projects command "mean (s)" "per project (µs)"
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  python3 bench/make_site.py "$n" "$site"
  runs=$(( n >= 100000 ? 2 : n >= 10000 ? 3 : 10 ))
  warmup=1
  declare -A seconds=()
  for command in check build hugo; do
    case $command in
      check) line="build/oitgen check $site" ;;
      build) line="build/oitgen build $site --output $work/output-$n" ;;
      hugo)
        [ -n "$hugo" ] || continue
        python3 bench/make_hugo_site.py "$site" "$work/hugo-$n"
        line="$hugo --quiet --source $work/hugo-$n --destination $work/hugo-public-$n" ;;
    esac
    hyperfine --warmup "$warmup" --runs "$runs" --export-json "$work/$command-$n.json" "$line" > /dev/null
    seconds[$command]=$(mean "$work/$command-$n.json")
    python3 -c 'import sys; n, c, s = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]); print("%-8d %-11s %10.3f %18.1f" % (n, c, s, s / n * 1e6))' \
      "$n" "$command" "${seconds[$command]}"
  done
  if [ -n "$hugo" ]; then
    python3 -c 'import sys; b, h = float(sys.argv[2]), float(sys.argv[3]); print("%-8s build / hugo %46.2f" % (sys.argv[1], b / h))' \
      "$n" "${seconds[build]}" "${seconds[hugo]}"
  fi
  rm -rf "$site" "$work/output-$n" "$work/hugo-$n" "$work/hugo-public-$n"
  unset seconds
done
[ -n "$hugo" ] || echo "Hugo is not installed, so no comparison was made (Debian: apt-get install hugo)."
