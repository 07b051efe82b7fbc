#!/usr/bin/env bash
# po/th.po translates every message of the sources: the template is extracted afresh
# (scripts/update-pot.sh), and msgcmp fails on a msgid that th.po lacks, has untranslated or
# marks fuzzy. msgfmt --check also refuses a translation that drops a placeholder's format.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$root/scripts/update-pot.sh" "$work/oitgen.pot"
msgfmt --check -o /dev/null "$root/po/th.po"
if ! msgcmp "$root/po/th.po" "$work/oitgen.pot"; then
  echo "po/th.po lacks the Thai of the messages above: add them (scripts/update-pot.sh refreshes po/oitgen.pot)"
  exit 1
fi
statistics=$(LC_ALL=C msgfmt --statistics -o /dev/null "$root/po/th.po" 2>&1)
echo "$statistics"
case "$statistics" in
  *fuzzy* | *untranslated*) echo "po/th.po has fuzzy or untranslated entries"; exit 1 ;;
esac
# Every {N} of a message is in its translation too, so that no figure is lost in Thai.
python3 - "$root/po/th.po" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = 0
pairs = re.findall(r'^msgid "(.*)"\nmsgstr "(.*)"$', text, re.M)
# Thai has one plural form: msgstr[0] shows every figure of the English plural.
pairs += re.findall(r'^msgid ".*"\nmsgid_plural "(.*)"\nmsgstr\[0\] "(.*)"$', text, re.M)
for msgid, msgstr in pairs:
    if sorted(set(re.findall(r"\{\d+\}", msgid))) != sorted(set(re.findall(r"\{\d+\}", msgstr))):
        print(f"placeholders differ: {msgid!r}")
        bad += 1
sys.exit(1 if bad else 0)
PY
