#!/usr/bin/env bash
# Runs `oitgen check` in one case folder of tests/check/ and compares what it prints (stdout and
# stderr together) and its exit status with the case's expected.txt and expected-exit.
# A case may give extra arguments, one line, in a file named args.
set -u
oitgen=$(realpath "$1")
case_dir=$2
cd "$case_dir" || exit 1
args=()
if [ -f args ]; then read -r -a args < args; fi
actual=$("$oitgen" check "${args[@]}" 2>&1)
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
