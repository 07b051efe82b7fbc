#!/usr/bin/env bash
# Usage: tests/servers/start.sh WORKDIR
# Starts, in the background and on 127.0.0.1 only, the real servers that `oitgen publish` is
# tested against, all configured and storing their data in WORKDIR (made if missing):
#   ftp   vsftpd on port 2121 (passive ports 30100-30119), plain FTP and explicit FTPS (AUTH TLS)
#   sftp  OpenSSH's sshd on port 2222, password login, internal-sftp only
#   dav   nginx on port 8443: HTTPS WebDAV with HTTP Basic auth
#   s3    s3rver on port 4569 behind s3-server.js's SigV4 check: S3 API, path-style, bucket
#         oitgen-site
# waits until each accepts connections (20 s at most), and writes WORKDIR/servers.env: the URLs,
# roots, logins, certificate and known_hosts files and the PIDs the tests need (KEY=value lines,
# no quoting). Needs root (it makes a system user, and sshd and nginx drop privileges), the
# packages of scripts/install-deps.sh --tests and free ports. Stop with tests/servers/stop.sh
# WORKDIR; stop or start one server with tests/servers/ctl.sh. Exits 1, with the failing
# server's log, when a server does not come up.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 1 ] || { echo "usage: $0 WORKDIR" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || die "must run as root (it adds the user $TEST_USER; sshd and nginx need root)"
for tool in /usr/sbin/vsftpd /usr/sbin/sshd /usr/sbin/nginx openssl ssh-keygen node; do
  command -v "$tool" > /dev/null || die "$tool not found: run scripts/install-deps.sh --tests"
done
[ -f /usr/lib/nginx/modules/ngx_http_dav_ext_module.so ] ||
  die "nginx's WebDAV extension module is missing (libnginx-mod-http-dav-ext): run scripts/install-deps.sh --tests"
[ -f "$S3RVER_JS" ] || die "s3rver is not installed in $SERVERS_DIR/node_modules: run scripts/install-deps.sh --tests"

set_workdir "$1" create
started_at="$(date +%s)"

# Servers of an earlier start in this WORKDIR go first; a server on one of the ports from
# elsewhere stops this start, naming the port.
for name in "${SERVER_NAMES[@]}"; do halt "$name"; done
rm -f "$ENV_FILE"

# The login user of FTP and SFTP.
# Its home must exist: vsftpd changes into it before it goes to local_root ("500 OOPS: cannot
# change directory:/nonexistent" otherwise).
if ! id -u "$TEST_USER" > /dev/null 2>&1; then
  useradd --system --no-create-home --home-dir / --shell /usr/sbin/nologin \
    --comment "oitgen publish tests" "$TEST_USER"
fi
[ "$(getent passwd "$TEST_USER" | cut -d: -f6)" = / ] || usermod --home / "$TEST_USER"
echo "$TEST_USER:$TEST_PASSWORD" | chpasswd

# Folders. WORKDIR must be searchable by the servers' users (nginx's workers, the SFTP
# session): a mktemp -d folder is 700.
chmod 755 "$W"
mkdir -p "$LOG_DIR" "$RUN_DIR" "$W/tls" "$W/ssh" "$W/nginx-tmp" "$W/vsftpd-empty" \
  "$FTP_ROOT" "$SFTP_ROOT" "$DAV_ROOT" "$S3_DATA"
chmod 700 "$RUN_DIR" "$W/tls" "$W/ssh"
# vsftpd's secure_chroot_dir: empty, owned by root, writable by no one else.
chown root:root "$W/vsftpd-empty" && chmod 555 "$W/vsftpd-empty"
chown -R "$TEST_USER:" "$FTP_ROOT" "$SFTP_ROOT"
chown -R "$DAV_SYSTEM_USER:" "$DAV_ROOT"
chmod 755 "$FTP_ROOT" "$SFTP_ROOT" "$DAV_ROOT"
if ! runuser -u "$TEST_USER" -- test -w "$SFTP_ROOT" ||
  ! runuser -u "$DAV_SYSTEM_USER" -- test -w "$DAV_ROOT"; then
  die "the users $TEST_USER and $DAV_SYSTEM_USER cannot reach $W: give its parent folders o+x, or use a WORKDIR under /tmp"
fi

# The TLS certificate of FTPS and HTTPS (kept when WORKDIR has one: tests may have copied it).
if [ ! -s "$TLS_CERT" ] || [ ! -s "$TLS_KEY" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1" -keyout "$TLS_KEY" -out "$TLS_CERT" 2> /dev/null
fi
chmod 600 "$TLS_KEY"
chmod 644 "$TLS_CERT"

# The SFTP server's host key, and the known_hosts line that names it. libcurl (libssh2) reads
# OpenSSH's format; a server on another port than 22 is named [host]:port.
if [ ! -s "$SSH_HOST_KEY" ]; then
  ssh-keygen -q -t ed25519 -N "" -C "oitgen-publish-test-sftp" -f "$SSH_HOST_KEY"
fi
chmod 600 "$SSH_HOST_KEY"
read -r host_key_type host_key_base64 _ < "$SSH_HOST_KEY.pub"
echo "[127.0.0.1]:$SFTP_PORT $host_key_type $host_key_base64" > "$KNOWN_HOSTS"
chmod 644 "$KNOWN_HOSTS"
# The host key's SHA-256 (base64, no padding: CURLOPT_SSH_HOST_PUBLIC_KEY_SHA256, curl
# --hostpubsha256) and MD5 (32 hex digits: CURLOPT_SSH_HOST_PUBLIC_KEY_MD5, curl --hostpubmd5).
host_key_sha256="$(ssh-keygen -l -E sha256 -f "$SSH_HOST_KEY.pub" | awk '{ sub(/^SHA256:/, "", $2); print $2 }')"
host_key_md5="$(ssh-keygen -l -E md5 -f "$SSH_HOST_KEY.pub" | awk '{ sub(/^MD5:/, "", $2); gsub(/:/, "", $2); print $2 }')"

# vsftpd: one listening process in the foreground (the script puts it in the background), local
# users only, each rooted at ftp-root. TLS is offered (AUTH TLS) but not required.
cat > "$W/vsftpd.conf" << EOF
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=$FTP_PORT
background=NO
anonymous_enable=NO
local_enable=YES
write_enable=YES
local_umask=022
local_root=$FTP_ROOT
chroot_local_user=YES
allow_writeable_chroot=YES
secure_chroot_dir=$W/vsftpd-empty
# A PAM service that does not exist: PAM then uses /etc/pam.d/other (pam_unix only). Debian's
# /etc/pam.d/vsftpd would ask pam_shells for a login shell, which the test user lacks.
pam_service_name=oitgen-publish-test-ftp
userlist_enable=NO
pasv_enable=YES
pasv_address=127.0.0.1
pasv_min_port=$FTP_PASV_MIN
pasv_max_port=$FTP_PASV_MAX
connect_from_port_20=NO
port_enable=YES
# Sandboxing that needs kernel features containers often refuse.
seccomp_sandbox=NO
isolate=NO
isolate_network=NO
max_clients=50
max_per_ip=50
ssl_enable=YES
rsa_cert_file=$TLS_CERT
rsa_private_key_file=$TLS_KEY
allow_anon_ssl=NO
force_local_logins_ssl=NO
force_local_data_ssl=NO
ssl_sslv2=NO
ssl_sslv3=NO
ssl_tlsv1=YES
ssl_request_cert=NO
ssl_ciphers=HIGH
# vsftpd's default, like most real FTPS servers: a TLS data connection must resume the control
# connection's TLS session.
require_ssl_reuse=YES
syslog_enable=NO
xferlog_enable=YES
xferlog_std_format=NO
log_ftp_protocol=YES
vsftpd_log_file=$LOG_DIR/vsftpd.log
EOF

# sshd: password login for the test user, SFTP only.
cat > "$W/sshd_config" << EOF
ListenAddress 127.0.0.1:$SFTP_PORT
HostKey $SSH_HOST_KEY
PidFile $RUN_DIR/sshd.pid
UsePAM no
PasswordAuthentication yes
KbdInteractiveAuthentication no
PubkeyAuthentication no
AuthorizedKeysFile none
PermitRootLogin no
PermitEmptyPasswords no
AllowUsers $TEST_USER
Subsystem sftp internal-sftp
ForceCommand internal-sftp
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitTunnel no
UseDNS no
MaxStartups 50
MaxSessions 50
LoginGraceTime 30
LogLevel VERBOSE
EOF

# nginx: WebDAV over HTTPS. create_full_put_path off, as real WebDAV servers do: a PUT into a
# missing collection fails (409), the client must MKCOL each folder. nginx's own quirks, kept:
# MKCOL and DELETE of a folder need the URL's trailing slash (409 without), MKCOL of an
# existing folder answers 405. The dav_ext module adds
# PROPFIND and OPTIONS (the listing and discovery methods of real WebDAV servers).
openssl passwd -apr1 "$DAV_PASSWORD" | sed "s/^/$DAV_USER:/" > "$W/htpasswd"
chown "root:$DAV_SYSTEM_USER" "$W/htpasswd"
chmod 640 "$W/htpasswd"
cat > "$W/nginx.conf" << EOF
load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;
user $DAV_SYSTEM_USER;
worker_processes 1;
pid $RUN_DIR/nginx.pid;
error_log $LOG_DIR/dav.log info;
events {
    worker_connections 256;
}
http {
    access_log $LOG_DIR/dav-access.log;
    client_body_temp_path $W/nginx-tmp/client_body;
    proxy_temp_path $W/nginx-tmp/proxy;
    fastcgi_temp_path $W/nginx-tmp/fastcgi;
    uwsgi_temp_path $W/nginx-tmp/uwsgi;
    scgi_temp_path $W/nginx-tmp/scgi;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_max_body_size 0;
    server {
        listen 127.0.0.1:$DAV_PORT ssl;
        server_name 127.0.0.1;
        ssl_certificate $TLS_CERT;
        ssl_certificate_key $TLS_KEY;
        root $DAV_ROOT;
        auth_basic "oitgen publish test";
        auth_basic_user_file $W/htpasswd;
        location / {
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            create_full_put_path off;
            dav_access user:rw group:rw all:r;
            autoindex on;
            error_page 500 = @put_failed;
        }
        # nginx answers a PUT into a missing folder with 500 (its rename() of the received body
        # fails: ENOENT); RFC 4918 (9.7.1) and Apache's mod_dav with 409 Conflict, and so does
        # this server. Only after the Basic auth check, as a real server.
        location @put_failed {
            if (\$request_method = PUT) {
                return 409;
            }
            return 500;
        }
    }
}
EOF

for name in "${SERVER_NAMES[@]}"; do
  port="$(server_port "$name")"
  if port_open "$port"; then
    die "$name: port $port of 127.0.0.1 is already in use (another WORKDIR's servers? stop them with tests/servers/stop.sh THAT_WORKDIR)"
  fi
done
for name in "${SERVER_NAMES[@]}"; do launch "$name"; done
if ! wait_ready "$((started_at + 20))" "${SERVER_NAMES[@]}"; then
  for name in "${SERVER_NAMES[@]}"; do halt "$name"; done
  exit 1
fi

# FTPS_URL's ftps:// names the protocol; the server does explicit FTPS (AUTH TLS on the FTP
# port), which libcurl does with an ftp:// URL and CURLOPT_USE_SSL (its ftps:// is implicit TLS).
cat > "$ENV_FILE" << EOF
# The test servers of oitgen publish, written by tests/servers/start.sh. KEY=value, no quoting.
WORKDIR=$W
LOGIN=$TEST_USER:$TEST_PASSWORD
LOGIN_USER=$TEST_USER
LOGIN_PASSWORD=$TEST_PASSWORD
FTP_URL=ftp://127.0.0.1:$FTP_PORT/
FTP_PORT=$FTP_PORT
FTP_ROOT=$FTP_ROOT
FTPS_URL=ftps://127.0.0.1:$FTP_PORT/
FTPS_MODE=explicit
FTPS_CA=$TLS_CERT
SFTP_URL=sftp://127.0.0.1:$SFTP_PORT$SFTP_ROOT/
SFTP_PORT=$SFTP_PORT
SFTP_ROOT=$SFTP_ROOT
SFTP_KNOWN_HOSTS=$KNOWN_HOSTS
SFTP_HOST_KEY_TYPE=$host_key_type
SFTP_HOST_KEY_SHA256=$host_key_sha256
SFTP_HOST_KEY_MD5=$host_key_md5
DAV_URL=https://127.0.0.1:$DAV_PORT/
DAV_PORT=$DAV_PORT
DAV_ROOT=$DAV_ROOT
DAV_CA=$TLS_CERT
DAV_LOGIN=$DAV_USER:$DAV_PASSWORD
DAV_USER=$DAV_USER
DAV_PASSWORD=$DAV_PASSWORD
S3_ENDPOINT=http://127.0.0.1:$S3_PORT
S3_PORT=$S3_PORT
S3_BUCKET=$S3_BUCKET
S3_REGION=$S3_REGION
S3_CREDENTIALS=$S3_ACCESS_KEY:$S3_SECRET_KEY
S3_ACCESS_KEY=$S3_ACCESS_KEY
S3_SECRET_KEY=$S3_SECRET_KEY
S3_DATA=$S3_DATA
LOG_DIR=$LOG_DIR
EOF
for name in "${SERVER_NAMES[@]}"; do set_env_pid "$name"; done

echo "test servers up in $(($(date +%s) - started_at)) s: $ENV_FILE"
