#!/usr/bin/env bash
# An installed oitgen (cmake --install) finds its Thai catalog under share/locale, and its manual
# pages and bash completion are in place; a copy of the binary with no catalog beside it still
# runs, in English.
#   tests/install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" > /dev/null
test -f "$work/prefix/share/locale/th/LC_MESSAGES/oitgen.mo"
# The manual pages and the completion, as the installed binary prints them.
test -f "$work/prefix/share/man/man1/oitgen.1"
test -f "$work/prefix/share/man/th/man1/oitgen.1"
test -f "$work/prefix/share/bash-completion/completions/oitgen"
diff <("$work/prefix/bin/oitgen" --lang en --manual-page) "$work/prefix/share/man/man1/oitgen.1"
grep -q "ถือว่าคำเตือนเป็นข้อผิดพลาด" "$work/prefix/share/man/th/man1/oitgen.1"
bash -n "$work/prefix/share/bash-completion/completions/oitgen"
case_dir=$source/tests/check/th-json-syntax
out=$(cd "$case_dir" && env -u LC_ALL -u LANGUAGE LANG=C "$work/prefix/bin/oitgen" check --lang th 2>&1 || true)
echo "$out"
grep -q "ข้อผิดพลาด: JSON เขียนไม่ถูกต้อง" <<< "$out"
mkdir "$work/alone"
cp "$work/prefix/bin/oitgen" "$work/alone/"
out=$(cd "$case_dir" && "$work/alone/oitgen" check --lang th 2>&1 || true)
echo "$out"
grep -q ": error: invalid JSON" <<< "$out"
echo "installed catalog found; English without one"
