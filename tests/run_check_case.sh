#!/usr/bin/env bash
# Runs `oitgen check` in one case folder of tests/check/ and compares what it prints (stdout and
# stderr together) and its exit status with the case's expected.txt and expected-exit.
# A case may give extra arguments, one line, in a file named args, and environment variables,
# NAME=VALUE one a line, in a file named env. The language comes only from them: the caller's
# locale and OITGEN_LANG are cleared, so that a Thai desktop runs the English cases in English.
set -u
oitgen=$(realpath "$1")
case_dir=$2
cd "$case_dir" || exit 1
args=()
if [ -f args ]; then read -r -a args < args; fi
environment=(-u OITGEN_LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8)
if [ -f env ]; then while IFS= read -r line; do [ -n "$line" ] && environment+=("$line"); done < env; fi
actual=$(env "${environment[@]}" "$oitgen" check "${args[@]}" 2>&1)
status=$?
expected_status=1
if [ -f expected-exit ]; then expected_status=$(cat expected-exit); fi
failed=0
if ! diff -u expected.txt <(printf '%s\n' "$actual"); then failed=1; fi
if [ "$status" != "$expected_status" ]; then
  echo "exit status $status, expected $expected_status"
  failed=1
fi
exit $failed
