#!/usr/bin/env bash
# Usage: tests/browser/run.sh OITGEN REPO WORK
# Builds the example site, a 25-project site of Thai documents (bench/make_site.py) and a
# minimal site (oitgen new, no reports, no news, no English) into WORK, then runs
# pages_test.mjs and search_test.mjs on the three in Debian's headless Chromium; then print_test.mjs prints the
# No Gift Policy notice of those and of copies of the example with a notice three times as long
# and one of two paragraphs, and the example's plan and report, to PDF.
set -euo pipefail
oitgen="$1"; repo="$2"; work="$3"
rm -rf "$work" && mkdir -p "$work"
"$oitgen" build "$repo" --output "$work/example" > /dev/null
python3 "$repo/bench/make_site.py" 25 "$work/s25" > /dev/null
"$oitgen" build "$work/s25" --output "$work/s25-out" > /dev/null
"$oitgen" new "$work/min" --name "เทศบาลตำบลเจ๊ะบิลัง" --kind municipality --province สตูล --url https://www.example.go.th/ > /dev/null 2>&1
rm -rf "$work/min/content/plans/"*/reports
"$oitgen" build "$work/min" --output "$work/min-out" > /dev/null
status=0
node "$repo/tests/browser/pages_test.mjs" ${SHOTS_DIR:+--shots "$SHOTS_DIR"} "$work/example" "$work/min-out" "$work/s25-out" || status=1
node "$repo/tests/browser/search_test.mjs" "$work/example" "$work/min-out" "$work/s25-out" || status=1
# The notice at its extremes: the example's body three times over, and its first two lines.
for length in long short; do
  mkdir -p "$work/$length" && cp -r "$repo/content" "$work/$length/"
  python3 - "$work/$length/content/notices" "$length" <<'PY'
import pathlib, sys
for file in pathlib.Path(sys.argv[1]).glob("no-gift-policy*.md"):
    _, head, body = file.read_text(encoding="utf-8").split("---", 2)
    lines = [line for line in body.strip().split("\n") if line.strip()]
    body = ("\n" + body) * 3 if sys.argv[2] == "long" else "\n" + "\n\n".join(lines[:2]) + "\n"
    file.write_text("---" + head + "---" + body, encoding="utf-8")
PY
  "$oitgen" build "$work/$length" --output "$work/$length-out" --no-pdf > /dev/null
done
node "$repo/tests/browser/print_test.mjs" ${SHOTS_DIR:+--shots "$SHOTS_DIR/print"} "$work/example" "$work/long-out" "$work/short-out" "$work/min-out" -- "$work/example" || status=1
exit $status
