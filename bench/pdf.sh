#!/usr/bin/env bash
# What the printable documents (PDF) add to a clean `oitgen build` of a site folder (default:
# the example site): hyperfine times the build with them and with --no-pdf, process start
# included, each run into an emptied folder. Usage: bench/pdf.sh [SITE_DIR] [RUNS] [OITGEN]
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-.}
runs=${2:-10}
oitgen=${3:-build/oitgen}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 1 --runs "$runs" --prepare "rm -rf $out/site" \
  -n "build" "$oitgen build $site --output $out/site" \
  -n "build --no-pdf" "$oitgen build $site --output $out/site --no-pdf"
