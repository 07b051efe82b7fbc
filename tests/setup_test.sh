#!/usr/bin/env bash
# scripts/install-deps.sh installs only what building and running oitgen needs (what
# scripts/setup.sh and the Dockerfile's build stage run): no server, Java, Node.js, browser or
# clang; with --tests, also the test servers, and with --screenshots, Chromium.
#   tests/setup_test.sh SOURCE_DIR
set -euo pipefail
source=$1
deps=$source/scripts/install-deps.sh

build=$(bash "$deps" --print)
echo "build and run: $(tr '\n' ' ' <<< "$build")"
for needed in g++ cmake gettext libcairo2-dev libpango1.0-dev fonts-tlwg-laksaman; do
  grep -qx -- "$needed" <<< "$build" || { echo "missing from the build list: $needed"; exit 1; }
done
forbidden='^(vsftpd|openssh-server|nginx.*|libnginx-mod-.*|apache2.*|default-jre.*|openjdk-.*|.*-jre|.*-jdk|java.*|nodejs|npm|node-.*|chromium.*|clang.*|libclang.*|llvm.*|poppler-utils|curl)$'
if unwanted=$(grep -E -- "$forbidden" <<< "$build"); then
  echo "not needed to build or run oitgen: $(tr '\n' ' ' <<< "$unwanted")"
  exit 1
fi

tests=$(bash "$deps" --print --tests)
for needed in vsftpd nginx openssh-server libnginx-mod-http-dav-ext clang-14 chromium poppler-utils; do
  grep -qx -- "$needed" <<< "$tests" || { echo "missing from the --tests list: $needed"; exit 1; }
done
while IFS= read -r package; do
  grep -qx -- "$package" <<< "$tests" || { echo "--tests drops $package"; exit 1; }
done <<< "$build"

screenshots=$(bash "$deps" --print --screenshots)
grep -qx chromium <<< "$screenshots" || { echo "missing from the --screenshots list: chromium"; exit 1; }

duplicates=$(bash "$deps" --print --tests --screenshots | sort | uniq -d)
[ -z "$duplicates" ] || { echo "listed twice: $duplicates"; exit 1; }

if bash "$deps" --no-such-option > /dev/null 2>&1; then
  echo "an unknown option was accepted"
  exit 1
fi
echo "build list: $(wc -l <<< "$build") packages, none for the tests alone; --tests adds the servers"
