#!/usr/bin/env bash
# Usage: tests/servers/ctl.sh WORKDIR stop|kill|start|restart|status NAME
# Acts on one test server of tests/servers/start.sh WORKDIR, NAME one of ftp (FTP and FTPS),
# sftp, dav, s3:
#   stop     SIGTERM to the server, SIGKILL to the processes of its open connections (SIGKILL to
#            the server too after 5 s): an upload in progress breaks off at once, and the port
#            refuses connections until start
#   kill     the same with SIGKILL to the server too, like a crash
#   start    starts it again with the same configuration, port and data, waits until it accepts
#            connections (20 s at most), and writes its new PID into servers.env; does nothing
#            when it runs
#   restart  stop, then start
#   status   prints its PID and exits 0 when it runs, exits 1 when it does not
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 3 ] || { echo "usage: $0 WORKDIR stop|kill|start|restart|status NAME" >&2; exit 2; }
set_workdir "$1"
action="$2"
name="$3"
server_port "$name" > /dev/null
[ -f "$ENV_FILE" ] || die "$ENV_FILE not found: start the servers with tests/servers/start.sh first"

start_one() {
  if server_pid "$name" > /dev/null; then return 0; fi
  launch "$name"
  if ! wait_ready "$(($(date +%s) + 20))" "$name"; then
    halt "$name"
    set_env_pid "$name"
    exit 1
  fi
  set_env_pid "$name"
}

case "$action" in
  stop) halt "$name" TERM; set_env_pid "$name" ;;
  kill) halt "$name" KILL; set_env_pid "$name" ;;
  start) start_one ;;
  restart) halt "$name" TERM; start_one ;;
  status) server_pid "$name" ;;
  *) echo "usage: $0 WORKDIR stop|kill|start|restart|status NAME" >&2; exit 2 ;;
esac
