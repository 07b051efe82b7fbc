# shellcheck shell=bash disable=SC2034
# Shared by start.sh, stop.sh, ctl.sh and selftest.sh (sourced, not run): the fixed ports,
# logins and file layout of the test servers of `oitgen publish`, and the functions that
# start, wait for and stop one of them. Every server listens on 127.0.0.1 only.
#
# Layout of WORKDIR (made by start.sh):
#   ftp-root/ sftp-root/ dav-root/ s3-data/   what the servers serve and store
#   vsftpd.conf sshd_config nginx.conf htpasswd known_hosts servers.env
#   tls/cert.pem tls/key.pem                    self-signed certificate for IP 127.0.0.1 (FTPS, HTTPS)
#   ssh/host_ed25519_key(.pub)                  the SFTP server's host key
#   logs/NAME.log                               what each server prints (and vsftpd's, nginx's logs)
#   run/NAME.pid                                PID of each server, NAME in ftp sftp dav s3

# The servers and the tools to set them up live in /usr/sbin, which a caller's PATH may lack.
PATH="$PATH:/usr/sbin:/sbin"

SERVER_NAMES=(ftp sftp dav s3)

FTP_PORT=2121
FTP_PASV_MIN=30100
FTP_PASV_MAX=30119
SFTP_PORT=2222
DAV_PORT=8443
S3_PORT=4569

# The system user that logs in over FTP, FTPS and SFTP. Its shell is nologin: it can only
# transfer files (vsftpd authenticates through PAM's "other" service, which does not check the
# shell; sshd forces internal-sftp).
TEST_USER=oitgen-publish
TEST_PASSWORD=oitgen-publish-pw-2121
# The HTTP Basic login of the WebDAV server (htpasswd only, no system user).
DAV_USER=oitgen-dav
DAV_PASSWORD=oitgen-dav-pw-8443
# nginx's worker processes run as this user; it owns dav-root.
DAV_SYSTEM_USER=www-data
# The S3 server's credentials (s3rver's defaults; s3-server.js checks the SigV4 signatures made
# with them), bucket and region.
S3_ACCESS_KEY=S3RVER
S3_SECRET_KEY=S3RVER
S3_BUCKET=oitgen-site
S3_REGION=us-east-1

SERVERS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
S3RVER_JS="$SERVERS_DIR/node_modules/s3rver/bin/s3rver.js"

die() {
  echo "test servers: $*" >&2
  exit 1
}

# plain_path PATH: dies unless PATH is letters, digits and ._/+- only: WORKDIR goes into URLs
# and into servers.env unquoted.
plain_path() {
  case "$1" in
    *[!A-Za-z0-9._/+-]*) die "WORKDIR must be a path of letters, digits and ._/+- only (it goes into URLs and servers.env unquoted): $1" ;;
  esac
}

# set_workdir DIR [create]: sets W (absolute WORKDIR) and the paths under it.
set_workdir() {
  local dir="$1"
  [ -n "$dir" ] || die "no WORKDIR given"
  # Checked before anything is made, and again once symbolic links are resolved.
  plain_path "$(realpath -m -- "$dir")"
  if [ "${2:-}" = create ]; then mkdir -p -- "$dir"; fi
  [ -d "$dir" ] || die "no such folder: $dir"
  W="$(cd -- "$dir" && pwd -P)"
  plain_path "$W"
  LOG_DIR="$W/logs"
  RUN_DIR="$W/run"
  ENV_FILE="$W/servers.env"
  FTP_ROOT="$W/ftp-root"
  SFTP_ROOT="$W/sftp-root"
  DAV_ROOT="$W/dav-root"
  S3_DATA="$W/s3-data"
  TLS_CERT="$W/tls/cert.pem"
  TLS_KEY="$W/tls/key.pem"
  SSH_HOST_KEY="$W/ssh/host_ed25519_key"
  KNOWN_HOSTS="$W/known_hosts"
}

server_port() {
  case "$1" in
    ftp) echo "$FTP_PORT" ;;
    sftp) echo "$SFTP_PORT" ;;
    dav) echo "$DAV_PORT" ;;
    s3) echo "$S3_PORT" ;;
    *) die "unknown server: $1 (one of: ${SERVER_NAMES[*]})" ;;
  esac
}

# The variable of servers.env that holds the server's PID.
server_pid_key() {
  case "$1" in
    ftp) echo FTP_PID ;;
    sftp) echo SFTP_PID ;;
    dav) echo DAV_PID ;;
    s3) echo S3_PID ;;
    *) die "unknown server: $1" ;;
  esac
}

port_open() {
  (: <> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

# server_pid NAME: prints the PID of the running server NAME of this WORKDIR, if it runs. A PID
# counts only while its command line still names WORKDIR (a PID reused by another process
# does not).
server_pid() {
  local file="$RUN_DIR/$1.pid" pid
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  tr '\0' ' ' 2> /dev/null < "/proc/$pid/cmdline" | grep -qF "$W/" || return 1
  echo "$pid"
}

# launch NAME: starts server NAME in the background, in a session of its own, output to
# logs/NAME.log, and writes its PID to run/NAME.pid. The configuration must exist.
launch() {
  local name="$1" port
  port="$(server_port "$name")"
  if port_open "$port"; then
    die "$name: port $port of 127.0.0.1 is already in use (another run's servers? stop them with tests/servers/stop.sh THEIR_WORKDIR)"
  fi
  local -a cmd
  case "$name" in
    ftp) cmd=(/usr/sbin/vsftpd "$W/vsftpd.conf") ;;
    sftp)
      # sshd needs its privilege separation folder.
      mkdir -p /run/sshd && chmod 755 /run/sshd
      cmd=(/usr/sbin/sshd -D -e -f "$W/sshd_config")
      ;;
    dav) cmd=(/usr/sbin/nginx -p "$W/" -e "$LOG_DIR/dav.log" -c "$W/nginx.conf" -g "daemon off;") ;;
    s3)
      [ -f "$S3RVER_JS" ] || die "s3rver is not installed in $SERVERS_DIR/node_modules: run scripts/install-deps.sh --tests"
      cmd=("$(command -v node)" "$SERVERS_DIR/s3-server.js" --directory "$S3_DATA"
        --address 127.0.0.1 --port "$S3_PORT" --bucket "$S3_BUCKET" --region "$S3_REGION"
        --access-key "$S3_ACCESS_KEY" --secret-key "$S3_SECRET_KEY")
      ;;
  esac
  echo "--- $(date '+%F %T') starting: ${cmd[*]}" >> "$LOG_DIR/$name.log"
  # setsid: a session and process group of its own, so that the caller's terminal or test
  # runner does not signal it; as this shell's background job is no group leader, setsid
  # execs the server in place, and $! is the server's own PID.
  setsid "${cmd[@]}" < /dev/null >> "$LOG_DIR/$name.log" 2>&1 &
  echo "$!" > "$RUN_DIR/$name.pid"
}

# wait_ready DEADLINE NAME...: waits until each server's port accepts connections, until
# DEADLINE (seconds since the epoch). On failure prints which server and its log, returns 1.
wait_ready() {
  local deadline="$1" name port pid
  shift
  for name in "$@"; do
    port="$(server_port "$name")"
    while :; do
      if ! pid="$(server_pid "$name")"; then
        echo "test servers: $name exited before it listened on port $port; its log ($LOG_DIR/$name.log):" >&2
        tail -n 40 "$LOG_DIR/$name.log" >&2 || true
        return 1
      fi
      if port_open "$port"; then break; fi
      if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "test servers: $name (PID $pid) does not accept connections on 127.0.0.1:$port; its log ($LOG_DIR/$name.log):" >&2
        tail -n 40 "$LOG_DIR/$name.log" >&2 || true
        return 1
      fi
      sleep 0.05
    done
  done
}

# process_tree PID: PID and all its descendants. sshd's and vsftpd's per-connection processes
# outlive their listener, and sshd's call setsid(), so stopping the listener alone (or its
# process group) would leave an upload running.
process_tree() {
  ps -e -o pid= -o ppid= | awk -v root="$1" '
    { parent[$1] = $2; pids[NR] = $1 }
    END {
      keep[root] = 1; print root
      changed = 1
      while (changed) {
        changed = 0
        for (i in pids) { p = pids[i]; if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; print p; changed = 1 } }
      }
    }'
}

# halt NAME [KILL]: stops server NAME and breaks off each of its connections at once: the
# server's own process gets SIGTERM (SIGKILL with KILL), the processes of its connections
# SIGKILL (vsftpd's session processes hold SIGTERM back until a transfer ends), and what still
# lives after 5 seconds SIGKILL. The server is frozen (SIGSTOP) while its processes are listed,
# so that it cannot fork a new connection's process in between. Quiet when it does not run.
halt() {
  local name="$1" signal="${2:-TERM}" pid p i
  if ! pid="$(server_pid "$name")"; then
    rm -f "$RUN_DIR/$name.pid"
    return 0
  fi
  kill -s STOP "$pid" 2> /dev/null || true
  local -a tree alive
  mapfile -t tree < <(process_tree "$pid")
  for p in "${tree[@]}"; do
    if [ "$p" != "$pid" ]; then kill -s KILL "$p" 2> /dev/null || true; fi
  done
  kill -s "$signal" "$pid" 2> /dev/null || true
  kill -s CONT "$pid" 2> /dev/null || true
  for ((i = 0; i < 100; i++)); do
    alive=()
    for p in "${tree[@]}"; do
      if [ -n "$(tr -d '\0' 2> /dev/null < "/proc/$p/cmdline")" ]; then alive+=("$p"); fi
    done
    [ ${#alive[@]} -eq 0 ] && break
    sleep 0.05
  done
  if [ ${#alive[@]} -gt 0 ]; then
    kill -s KILL "${alive[@]}" 2> /dev/null || true
    sleep 0.1
  fi
  rm -f "$RUN_DIR/$name.pid"
  echo "--- $(date '+%F %T') stopped (SIG$signal)" >> "$LOG_DIR/$name.log"
}

# set_env_pid NAME: writes the server's current PID into servers.env.
set_env_pid() {
  local key pid
  key="$(server_pid_key "$1")"
  pid="$(server_pid "$1" || true)"
  [ -f "$ENV_FILE" ] || return 0
  if grep -q "^$key=" "$ENV_FILE"; then
    sed -i "s/^$key=.*/$key=$pid/" "$ENV_FILE"
  else
    echo "$key=$pid" >> "$ENV_FILE"
  fi
}
