#!/usr/bin/env bash
# Usage: tests/validate_html.sh DIR
# Checks every HTML file under DIR (*.html, *.htm) with the Nu HTML Checker (vnu.jar, pinned in
# tests/html/package.json; scripts/install-deps.sh --tests installs it), all in one JVM run.
# Prints each error as PATH:LINE.COL-LINE.COL: error: MESSAGE, PATH relative to DIR. Exits 0 when
# no page has an error, 1 when some do, 2 when it could not check (no such DIR, no HTML file in
# DIR, no Java, no vnu.jar): a validation that checks nothing fails.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${VNU_JAR:-$repo/tests/html/node_modules/vnu-jar/build/dist/vnu.jar}"

if [ $# -ne 1 ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
if [ ! -d "$1" ]; then
  echo "validate_html: no such folder: $1" >&2
  exit 2
fi
dir="$(cd "$1" && pwd -P)"

if ! command -v java > /dev/null 2>&1; then
  echo "validate_html: java not found: run scripts/install-deps.sh --tests" >&2
  exit 2
fi
if [ ! -f "$jar" ]; then
  echo "validate_html: $jar not found: run scripts/install-deps.sh --tests" >&2
  exit 2
fi

pages=()
while IFS= read -r -d '' page; do pages+=("$page"); done \
  < <(find "$dir" -type f \( -name '*.html' -o -name '*.htm' \) -print0 | LC_ALL=C sort -z)
if [ ${#pages[@]} -eq 0 ]; then
  echo "validate_html: no HTML file under $1: nothing was checked" >&2
  exit 2
fi

# vnu names each file as "file:/absolute/path"; print it relative to DIR instead.
status=0
report="$(java -Xss2m -jar "$jar" --errors-only --format gnu "${pages[@]}" 2>&1)" || status=$?
if [ -n "$report" ]; then
  printf '%s\n' "$report" | awk -v prefix="\"file:$dir/" '
    index($0, prefix) == 1 {
      rest = substr($0, length(prefix) + 1)
      quote = index(rest, "\"")
      if (quote > 0) { $0 = substr(rest, 1, quote - 1) substr(rest, quote + 1) }
    }
    { print }'
fi
errors="$(printf '%s\n' "$report" | grep -c ': error: ' || true)"

if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ]; then
  if [ "$errors" -eq 0 ]; then
    echo "validate_html: vnu failed (exit status $status) on ${#pages[@]} HTML files under $1" >&2
  else
    echo "validate_html: $errors errors in ${#pages[@]} HTML files under $1" >&2
  fi
  exit 1
fi
echo "validate_html: ${#pages[@]} HTML files under $1, no errors"
