#!/usr/bin/env bash
# Usage: tests/browser/run.sh OITGEN REPO WORK
# Builds the example site, a 25-project site of Thai documents (bench/make_site.py) and a
# minimal site (oitgen new, no reports, no news, no English) into WORK, then runs
# pages_test.mjs on the three in Debian's headless Chromium.
set -euo pipefail
oitgen="$1"; repo="$2"; work="$3"
rm -rf "$work" && mkdir -p "$work"
"$oitgen" build "$repo" --output "$work/example" > /dev/null
python3 "$repo/bench/make_site.py" 25 "$work/s25" > /dev/null
"$oitgen" build "$work/s25" --output "$work/s25-out" > /dev/null
"$oitgen" new "$work/min" --name "เทศบาลตำบลเจ๊ะบิลัง" --kind municipality --province สตูล --url https://www.example.go.th/ > /dev/null 2>&1
rm -rf "$work/min/content/plans/"*/reports
"$oitgen" build "$work/min" --output "$work/min-out" > /dev/null
node "$repo/tests/browser/pages_test.mjs" ${SHOTS_DIR:+--shots "$SHOTS_DIR"} "$work/example" "$work/min-out" "$work/s25-out"
