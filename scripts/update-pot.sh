#!/usr/bin/env bash
# Extracts every message of src/ (the arguments of tr(), trf() and trn()) into a gettext template:
#   scripts/update-pot.sh [OUTPUT]    (default po/oitgen.pot)
# Unit tests are left out: their strings are not shown to anyone. po/th.po must translate
# every message of the template (tests/po_test.sh), so a new message needs its Thai in th.po.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=${1:-$root/po/oitgen.pot}
cd "$root"
find src -name '*.cpp' -o -name '*.h' | grep -v '_test\.cpp$' | LC_ALL=C sort > "$output.files"
xgettext --language=C++ --from-code=UTF-8 --keyword= --keyword=tr --keyword=trf:1 --keyword=trn:1,2 --keyword=count_of:2,3 \
  --package-name=oitgen --msgid-bugs-address= --no-wrap --sort-by-file --omit-header \
  --files-from="$output.files" --output="$output.tmp"
rm -f "$output.files"
{
  printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n'
  cat "$output.tmp"
} > "$output"
rm -f "$output.tmp"
