#!/usr/bin/env bash
# Usage: tests/servers/selftest.sh WORKDIR
# Checks, with the curl command-line tool (the libcurl `oitgen publish` uses), that each test
# server of tests/servers/start.sh WORKDIR works as the publisher's tests expect: uploads a file
# into a new subfolder, finds it in the server's root, downloads it back, deletes it and its
# folders; and that the server refuses what a real one refuses (a wrong password, an unknown
# host key or certificate, an unsigned S3 request...). Prints one line a check and
# "N passed, N failed"; exits 1 when a check failed.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/servers.env" ]; then
  echo "usage: $0 WORKDIR (a WORKDIR of tests/servers/start.sh, with servers.env)" >&2
  exit 2
fi
# shellcheck disable=SC1091
source "$1/servers.env"

passed=0
failed=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A folder name of its own for each run: a failed run's leftovers do not disturb the next.
run="selftest-$$-$RANDOM"
# -q first: no ~/.curlrc.
curl_=(curl -q --silent --show-error --max-time 30)

# expect NAME EXPECTED ACTUAL
expect() {
  if [ "$2" = "$3" ]; then
    echo "ok    $1"
    passed=$((passed + 1))
  else
    echo "FAIL  $1: expected $2, got $3"
    failed=$((failed + 1))
  fi
}

# same_file NAME A B: A and B exist and hold the same bytes.
same_file() {
  if [ -f "$2" ] && [ -f "$3" ] && cmp -s "$2" "$3"; then expect "$1" same same; else expect "$1" same different; fi
}

absent() {
  if [ -e "$2" ]; then expect "$1" absent present; else expect "$1" absent absent; fi
}

# A payload with bytes that a text-mode transfer or a charset conversion would change.
printf 'oitgen publish selftest %s\r\n\xe0\xb8\xab\xe0\xb8\x99\xe0\xb9\x89\xe0\xb8\xb2\n\x00\xff' "$run" > "$tmp/payload.bin"
payload="$tmp/payload.bin"

# --- FTP ---------------------------------------------------------------------------------------
ftp_check() {
  local label="$1"
  shift
  local -a tls=("$@")
  local dir="$run-$label"
  "${curl_[@]}" "${tls[@]}" -u "$LOGIN" --ftp-create-dirs -T "$payload" "${FTP_URL}$dir/sub/page.bin"
  expect "$label: upload into a new subfolder" 0 $?
  same_file "$label: the file is in FTP_ROOT" "$payload" "$FTP_ROOT/$dir/sub/page.bin"
  "${curl_[@]}" "${tls[@]}" -u "$LOGIN" -o "$tmp/$label.bin" "${FTP_URL}$dir/sub/page.bin"
  same_file "$label: download gives the same bytes" "$payload" "$tmp/$label.bin"
  "${curl_[@]}" "${tls[@]}" -u "$LOGIN" -o /dev/null -Q "DELE $dir/sub/page.bin" -Q "RMD $dir/sub" \
    -Q "RMD $dir" "$FTP_URL"
  expect "$label: DELE and RMD" 0 $?
  absent "$label: the folder is gone from FTP_ROOT" "$FTP_ROOT/$dir"
}
ftp_check ftp
"${curl_[@]}" -u "$LOGIN_USER:wrong-password" -o /dev/null "$FTP_URL" 2> /dev/null
expect "ftp: a wrong password is refused (CURLE_LOGIN_DENIED)" 67 $?

# TLS 1.2, as oitgen publish speaks it to FTPS hosts: libcurl's FTPS uploads over TLS 1.3 end
# with a 426 from vsftpd now and then.
ftp_check ftps --ssl-reqd --tls-max 1.2 --cacert "$FTPS_CA"
"${curl_[@]}" --ssl-reqd -u "$LOGIN" -o /dev/null "$FTP_URL" 2> /dev/null
expect "ftps: the certificate fails without FTPS_CA (CURLE_PEER_FAILED_VERIFICATION)" 60 $?
"${curl_[@]}" --ssl-reqd --cacert "$FTPS_CA" --no-sessionid -u "$LOGIN" -T "$payload" \
  "${FTP_URL}$run-no-reuse.bin" 2> /dev/null
expect "ftps: a data connection without TLS session reuse is refused (522; CURLE_PARTIAL_FILE)" 18 $?
"${curl_[@]}" -u "$LOGIN" -o /dev/null -Q "DELE $run-no-reuse.bin" "$FTP_URL" 2> /dev/null
rm -f "$FTP_ROOT/$run-no-reuse.bin"

# --- SFTP --------------------------------------------------------------------------------------
# The curl tool checks host keys against ~/.ssh/known_hosts (it has no option to name a file;
# libcurl's is CURLOPT_SSH_KNOWNHOSTS): a HOME of its own holds SFTP_KNOWN_HOSTS there.
mkdir -p "$tmp/home/.ssh" "$tmp/badhome/.ssh"
cp "$SFTP_KNOWN_HOSTS" "$tmp/home/.ssh/known_hosts"
ssh-keygen -q -t ed25519 -N "" -f "$tmp/otherkey"
echo "[127.0.0.1]:$SFTP_PORT $(cut -d' ' -f1,2 "$tmp/otherkey.pub")" > "$tmp/badhome/.ssh/known_hosts"
dir="$run-sftp"
HOME="$tmp/home" "${curl_[@]}" -u "$LOGIN" --ftp-create-dirs -T "$payload" "${SFTP_URL}$dir/sub/page.bin"
expect "sftp: upload into a new subfolder, host key checked with SFTP_KNOWN_HOSTS" 0 $?
same_file "sftp: the file is in SFTP_ROOT" "$payload" "$SFTP_ROOT/$dir/sub/page.bin"
HOME="$tmp/nohome" "${curl_[@]}" -u "$LOGIN" --hostpubsha256 "$SFTP_HOST_KEY_SHA256" -o "$tmp/sftp.bin" \
  "${SFTP_URL}$dir/sub/page.bin"
same_file "sftp: download (host key checked with SFTP_HOST_KEY_SHA256) gives the same bytes" "$payload" "$tmp/sftp.bin"
HOME="$tmp/badhome" "${curl_[@]}" -u "$LOGIN" -o /dev/null "${SFTP_URL}$dir/sub/page.bin" 2> /dev/null
expect "sftp: another host key in known_hosts is refused (CURLE_PEER_FAILED_VERIFICATION)" 60 $?
HOME="$tmp/home" "${curl_[@]}" -u "$LOGIN_USER:wrong-password" -o /dev/null "$SFTP_URL" 2> /dev/null
expect "sftp: a wrong password is refused (CURLE_LOGIN_DENIED)" 67 $?
HOME="$tmp/home" "${curl_[@]}" -u "$LOGIN" -o /dev/null -Q "rm $SFTP_ROOT/$dir/sub/page.bin" \
  -Q "rmdir $SFTP_ROOT/$dir/sub" -Q "rmdir $SFTP_ROOT/$dir" "$SFTP_URL"
expect "sftp: rm and rmdir" 0 $?
absent "sftp: the folder is gone from SFTP_ROOT" "$SFTP_ROOT/$dir"

# --- WebDAV ------------------------------------------------------------------------------------
dav=("${curl_[@]}" --cacert "$DAV_CA" -u "$DAV_LOGIN" -o "$tmp/dav-response" -w '%{http_code}')
dir="$run-dav"
expect "dav: PUT into a missing folder gives 409" 409 "$("${dav[@]}" -T "$payload" "${DAV_URL}$dir/page.bin")"
expect "dav: MKCOL without the trailing slash gives 409 (nginx)" 409 "$("${dav[@]}" -X MKCOL "${DAV_URL}$dir")"
expect "dav: MKCOL folder/ gives 201" 201 "$("${dav[@]}" -X MKCOL "${DAV_URL}$dir/")"
expect "dav: MKCOL of an existing folder gives 405" 405 "$("${dav[@]}" -X MKCOL "${DAV_URL}$dir/")"
expect "dav: MKCOL subfolder/ gives 201" 201 "$("${dav[@]}" -X MKCOL "${DAV_URL}$dir/sub/")"
expect "dav: PUT gives 201" 201 "$("${dav[@]}" -T "$payload" "${DAV_URL}$dir/sub/page.bin")"
expect "dav: PUT again (overwrite) gives 204" 204 "$("${dav[@]}" -T "$payload" "${DAV_URL}$dir/sub/page.bin")"
same_file "dav: the file is in DAV_ROOT" "$payload" "$DAV_ROOT/$dir/sub/page.bin"
expect "dav: GET gives 200" 200 "$("${dav[@]}" "${DAV_URL}$dir/sub/page.bin")"
same_file "dav: GET gives the same bytes" "$payload" "$tmp/dav-response"
expect "dav: PROPFIND Depth 1 gives 207" 207 "$("${dav[@]}" -X PROPFIND -H "Depth: 1" "${DAV_URL}$dir/sub/")"
expect "dav: GET without login gives 401" 401 \
  "$("${curl_[@]}" --cacert "$DAV_CA" -o /dev/null -w '%{http_code}' "${DAV_URL}$dir/sub/page.bin")"
expect "dav: PUT with a wrong password gives 401" 401 \
  "$("${curl_[@]}" --cacert "$DAV_CA" -u "$DAV_USER:wrong" -T "$payload" -o /dev/null -w '%{http_code}' "${DAV_URL}$dir/sub/x.bin")"
"${curl_[@]}" -u "$DAV_LOGIN" -o /dev/null "${DAV_URL}$dir/sub/page.bin" 2> /dev/null
expect "dav: the certificate fails without DAV_CA (CURLE_PEER_FAILED_VERIFICATION)" 60 $?
expect "dav: DELETE file gives 204" 204 "$("${dav[@]}" -X DELETE "${DAV_URL}$dir/sub/page.bin")"
expect "dav: DELETE of a missing file gives 404" 404 "$("${dav[@]}" -X DELETE "${DAV_URL}$dir/sub/page.bin")"
expect "dav: DELETE folder/ (with what it holds) gives 204" 204 "$("${dav[@]}" -X DELETE "${DAV_URL}$dir/")"
absent "dav: the folder is gone from DAV_ROOT" "$DAV_ROOT/$dir"

# --- S3 ----------------------------------------------------------------------------------------
# SigV4 with S3's x-amz-content-sha256 header, which curl 7.88 does not add by itself (it signs
# it when given). The key is percent-encoded in the URL: curl 7.88 signs the path as written.
s3=("${curl_[@]}" --aws-sigv4 "aws:amz:$S3_REGION:s3" -u "$S3_CREDENTIALS" -o "$tmp/s3-response" -w '%{http_code}')
payload_sha256="$(sha256sum "$payload" | cut -d' ' -f1)"
empty_sha256="$(sha256sum < /dev/null | cut -d' ' -f1)"
object="$S3_ENDPOINT/$S3_BUCKET/$run-s3/sub/p%C3%A4ge%20%281%29.html"
expect "s3: PUT object gives 200" 200 "$("${s3[@]}" -H "x-amz-content-sha256: $payload_sha256" \
  -H "Content-Type: text/html; charset=utf-8" -T "$payload" "$object")"
expect "s3: GET object gives 200" 200 "$("${s3[@]}" -H "x-amz-content-sha256: $empty_sha256" "$object")"
same_file "s3: GET gives the same bytes" "$payload" "$tmp/s3-response"
content_type="$("${curl_[@]}" --aws-sigv4 "aws:amz:$S3_REGION:s3" -u "$S3_CREDENTIALS" -H "x-amz-content-sha256: $empty_sha256" \
  -o /dev/null -I -w '%{content_type}' "$object")"
expect "s3: HEAD gives the Content-Type of the PUT" "text/html; charset=utf-8" "$content_type"
expect "s3: ListObjectsV2 (sorted, encoded query) gives 200" 200 \
  "$("${s3[@]}" -H "x-amz-content-sha256: $empty_sha256" "$S3_ENDPOINT/$S3_BUCKET?list-type=2&prefix=$run-s3%2F")"
if grep -q "<Key>$run-s3/sub/päge (1).html</Key>" "$tmp/s3-response"; then listed=yes; else listed=no; fi
expect "s3: the listing names the object" yes "$listed"
expect "s3: an unsigned GET gives 403" 403 \
  "$("${curl_[@]}" -o /dev/null -w '%{http_code}' "$object")"
expect "s3: a wrong secret key gives 403" 403 "$("${curl_[@]}" --aws-sigv4 "aws:amz:$S3_REGION:s3" -u "${S3_ACCESS_KEY}:wrong" \
  -H "x-amz-content-sha256: $empty_sha256" -o /dev/null -w '%{http_code}' "$object")"
expect "s3: a wrong x-amz-content-sha256 gives 400" 400 "$("${s3[@]}" -H "x-amz-content-sha256: $empty_sha256" -T "$payload" "$object")"
expect "s3: no x-amz-content-sha256 gives 400" 400 "$("${s3[@]}" -T "$payload" "$object")"
expect "s3: DELETE object gives 204" 204 "$("${s3[@]}" -H "x-amz-content-sha256: $empty_sha256" -X DELETE "$object")"
expect "s3: GET of the deleted object gives 404" 404 "$("${s3[@]}" -H "x-amz-content-sha256: $empty_sha256" "$object")"

echo "servers selftest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
