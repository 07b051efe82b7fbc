#!/usr/bin/env bash
# Usage: tests/servers/stop.sh WORKDIR
# Stops every test server that tests/servers/start.sh WORKDIR started, with their open
# connections. Safe to run again, or on a WORKDIR whose servers are gone. Keeps WORKDIR's
# files (data, logs, configuration) for a look after a failed test.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 1 ] || { echo "usage: $0 WORKDIR" >&2; exit 2; }
[ -d "$1" ] || exit 0
set_workdir "$1"
for name in "${SERVER_NAMES[@]}"; do
  halt "$name"
  set_env_pid "$name"
done
