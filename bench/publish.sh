#!/usr/bin/env bash
# Times `oitgen publish` of the example site to each test server of tests/servers/start.sh on
# 127.0.0.1: a first publish (every file), a publish with nothing changed (the manifest only),
# and one after a page changed. Needs root, like the servers. Usage: bench/publish.sh [RUNS]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d /tmp/oitgen-bench-publish.XXXXXX)
chmod 755 "$work"  # the servers' users reach their folders through it
trap 'bash tests/servers/stop.sh "$work/servers" > /dev/null 2>&1; rm -rf "$work"' EXIT
bash tests/servers/start.sh "$work/servers" > /dev/null
# shellcheck disable=SC1091
source "$work/servers/servers.env"

cp -r content "$work/content"
site_json="$work/content/site.json"
export OITGEN_BENCH_LOGIN="$LOGIN" OITGEN_BENCH_DAV="$DAV_LOGIN" OITGEN_BENCH_S3="$S3_CREDENTIALS"

# micros COMMAND...: runs it, prints how long it took in µs.
micros() {
  local start end
  start=$(date +%s%N)
  local log
  log=$("$@" 2>&1) || { echo "failed: $*: $log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000))
}

for protocol in ftp ftps sftp dav s3; do
  first=0 same=0 one=0
  for run in $(seq "$runs"); do
    folder="bench-$protocol-$run/"
    case $protocol in
      ftp) target="{\"url\": \"$FTP_URL$folder\", \"credentials_env\": \"OITGEN_BENCH_LOGIN\"}" opts=() ;;
      ftps) target="{\"url\": \"$FTPS_URL$folder\", \"credentials_env\": \"OITGEN_BENCH_LOGIN\"}" opts=(--cacert "$FTPS_CA") ;;
      sftp) target="{\"url\": \"$SFTP_URL$folder\", \"credentials_env\": \"OITGEN_BENCH_LOGIN\"}" opts=(--known-hosts "$SFTP_KNOWN_HOSTS") ;;
      dav) target="{\"url\": \"$DAV_URL$folder\", \"credentials_env\": \"OITGEN_BENCH_DAV\"}" opts=(--cacert "$DAV_CA") ;;
      s3) target="{\"url\": \"s3://$S3_BUCKET/$folder\", \"credentials_env\": \"OITGEN_BENCH_S3\", \"endpoint\": \"$S3_ENDPOINT\", \"region\": \"$S3_REGION\"}" opts=() ;;
    esac
    python3 - "$site_json" "$target" << 'EOF'
import json, sys
path, target = sys.argv[1], json.loads(sys.argv[2])
config = json.load(open(path, encoding="utf-8"))
config["publish"] = {"bench": target}
json.dump(config, open(path, "w", encoding="utf-8"), ensure_ascii=False)
EOF
    # A fresh copy of the about page each run, so that the change below is a change.
    cp content/pages/about.md "$work/content/pages/about.md"
    build/oitgen build "$work" > /dev/null
    first=$((first + $(micros build/oitgen publish bench "$work" "${opts[@]}")))
    same=$((same + $(micros build/oitgen publish bench "$work" "${opts[@]}")))
    echo "run $run" >> "$work/content/pages/about.md"
    build/oitgen build "$work" > /dev/null
    one=$((one + $(micros build/oitgen publish bench "$work" "${opts[@]}")))
  done
  files=$(find "$work/output" -type f | wc -l)
  echo "$protocol: $files files; first publish $((first / runs / 1000)) ms, unchanged $((same / runs / 1000)) ms, one page changed $((one / runs / 1000)) ms (mean of $runs runs)"
done
