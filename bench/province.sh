#!/usr/bin/env bash
# The province benchmark: N generated municipality sites (bench/make_sites.py) built by oitgen
# and the same content built by Hugo (bench/make_hugo_sites.py), in the same run, with
# hyperfine, on tmpfs and on disk. oitgen is measured with its PDFs and without them (--no-pdf,
# the same pages as Hugo's and nothing more). Prints wall time, pages per second, pages per CPU-second
# (user + system of every process), peak RSS, oitgen's no-op and one-file-changed rebuilds, the
# copy floor (`cp -r` of oitgen's finished output) and the ratios to Hugo; then the same for one
# 25-project site. docs/performance.md explains the numbers.
# Usage: bench/province.sh [N ...]         (default: 100 1000)
# Environment: RUNS (hyperfine runs per command; default 3, 2 from 1,000 sites), PLACES
# ("tmpfs disk" by default; "tmpfs" alone halves the time), TMPFS (default /dev/shm), DISK
# (default /var/tmp).
# oitgen builds the N sites in one process with `build --sites` when it has that option, else
# one process per site; Hugo has no multi-site mode, so it always runs one process per site.
# Processes per site run $(nproc) at a time (xargs -P), so both use every core.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

need=()
command -v hugo > /dev/null || need+=(hugo)
command -v hyperfine > /dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y "${need[@]}"
fi
[ -x build/oitgen ] || { echo "bench/province.sh: build/oitgen is missing; build it first (cmake --build build)" >&2; exit 2; }

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000)
read -r -a places <<< "${PLACES:-tmpfs disk}"
jobs=$(nproc)
oitgen=$repo/build/oitgen
if build/oitgen build --help 2>&1 | grep -q -- '--sites'; then mode=sites; else mode=per-site; fi

declare -A roots=()
cleanup() { for r in "${roots[@]}"; do rm -rf "$r"; done; }
trap cleanup EXIT
for place in "${places[@]}"; do
  case $place in
    tmpfs) roots[$place]=$(mktemp -d "${TMPFS:-/dev/shm}/oitgen-province.XXXXXX") ;;
    disk) roots[$place]=$(mktemp -d "${DISK:-/var/tmp}/oitgen-province.XXXXXX") ;;
    *) echo "bench/province.sh: PLACES may name tmpfs and disk" >&2; exit 2 ;;
  esac
done

echo "oitgen $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(hugo version | cut -d' ' -f1-2), $(hyperfine --version)"
echo "cores: $jobs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for place in "${places[@]}"; do
  echo "$place: ${roots[$place]} ($(df --output=fstype "${roots[$place]}" | tail -1))"
done
echo "oitgen: $([ $mode = sites ] && echo 'one process for all sites (build --sites)' || echo "one process per site, $jobs at a time"); Hugo: one process per site, $jobs at a time"

# hyperfine ARGS...: runs hyperfine quietly (its own output, and its advice to use a quiet
# machine, would hide the table); what it prints is shown when it fails.
bench() {
  local err status=0
  err=$(mktemp)
  hyperfine --style none "$@" > /dev/null 2> "$err" || status=$?
  [ $status -eq 0 ] || cat "$err" >&2
  rm -f "$err"
  return $status
}
# row LABEL JSON PAGES RSSFILE: one line of the table from a hyperfine export and the peak RSS
# (KiB, one line per process) that /usr/bin/time appended during its runs.
row() {
  python3 - "$@" <<'PY'
import json, sys
label, export, pages, rss = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
r = json.load(open(export))["results"][0]
cpu = r["user"] + r["system"]
peak = total = "-"
try:
    values = [int(x) for x in open(rss).read().split()]
    runs = len(r["times"])
    peak = "%.0f" % (max(values) / 1024)
    total = "%.0f" % (sum(values) / runs / 1024)
except (OSError, ValueError):
    pass
print("| %s | %.3f ± %.3f | %.2f | %d | %.0f | %.0f | %s | %s |" % (
    label, r["mean"], r.get("stddev") or 0, cpu, pages, pages / r["mean"], pages / cpu if cpu else 0, peak, total))
PY
}
header() {
  echo
  echo "$1"
  echo
  echo "| command | wall (s) | CPU (s) | pages | pages/s | pages/CPU-s | peak RSS (MiB) | RSS summed over processes (MiB) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
}
ratio() {  # ratio LABEL A_JSON B_JSON A_PAGES B_PAGES: (A pages/s) / (B pages/s), and per CPU-second
  python3 - "$@" <<'PY'
import json, sys
label, a, b, pa, pb = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
ra, rb = (json.load(open(f))["results"][0] for f in (a, b))
wall = (pa / ra["mean"]) / (pb / rb["mean"])
cpu = (pa / (ra["user"] + ra["system"])) / (pb / (rb["user"] + rb["system"]))
print("%s: %.2f× in pages per second, %.2f× in pages per CPU-second" % (label, wall, cpu))
PY
}
count_pages() { find "$1" -name '*.html' | wc -l; }

for n in "${sizes[@]}"; do
  runs=${RUNS:-$(( n >= 1000 ? 2 : 3 ))}
  for place in "${places[@]}"; do
    w=${roots[$place]}/n$n
    mkdir -p "$w"
    python3 bench/make_sites.py "$n" "$w/sites"
    python3 bench/make_hugo_sites.py "$w/sites" "$w/hugo"
    out=$w/out; hout=$w/hugo-public; rss=$w/rss
    per_site="mkdir -p $out && ls -d $w/sites/site-* | xargs -P $jobs -I{} sh -c '/usr/bin/time -f %M -a -o $rss.RSS $oitgen build \"\$1\" --output $out/\$(basename \"\$1\") --quiet > /dev/null' _ {}"
    if [ $mode = sites ]; then
      build="/usr/bin/time -f %M -a -o $rss.oitgen $oitgen build --sites $w/sites --output $out --quiet > /dev/null"
    else
      build=${per_site//$rss.RSS/$rss.oitgen}
    fi
    hugo="mkdir -p $hout && ls -d $w/hugo/site-* | xargs -P $jobs -I{} sh -c '/usr/bin/time -f %M -a -o $rss.hugo hugo --quiet --source \"\$1\" --destination $hout/\$(basename \"\$1\")' _ {}"
    # Full builds into a removed output; Hugo's runs alternate with oitgen's in one hyperfine call.
    bench --runs "$runs" --prepare "rm -rf $out $hout" --export-json "$w/build.json" "$build"
    # Hugo makes no PDFs: the same build without the printable documents is the equivalent one.
    if [ $mode = sites ]; then
      bench --runs "$runs" --prepare "rm -rf $out" --export-json "$w/no-pdf.json" "${build//$rss.oitgen/$rss.no-pdf} --no-pdf"
    fi
    # With --sites, the same sites also one process per site, as before --sites existed.
    if [ $mode = sites ]; then
      bench --runs "$runs" --prepare "rm -rf $out" --export-json "$w/per-site.json" "${per_site//$rss.RSS/$rss.per-site}"
    fi
    bench --runs "$runs" --prepare "rm -rf $out $hout" --export-json "$w/hugo.json" "$hugo"
    # Rebuild the same output: nothing changed, then one project file of one site changed.
    bash -c "rm -rf $out && ${build//$rss.oitgen/$rss.setup}"
    bench --runs "$runs" --export-json "$w/noop.json" "${build//$rss.oitgen/$rss.noop}"
    changed=$w/sites/site-0001/content/plans/2566-2570/projects/p01.md
    bench --runs "$runs" --prepare "echo 'แก้ไขเพิ่มเติม' >> $changed" --export-json "$w/changed.json" "${build//$rss.oitgen/$rss.changed}"
    bench --runs "$runs" --prepare "rm -rf $w/copy" --export-json "$w/copy.json" "cp -r $out $w/copy"
    pages=$(count_pages "$out"); hpages=$(count_pages "$hout")
    header "### $n sites, $place ($(cut -d' ' -f1-3 /proc/loadavg) load average after the run)"
    row "oitgen build$([ $mode = sites ] && echo ' --sites')" "$w/build.json" "$pages" "$rss.oitgen"
    [ $mode = sites ] && row "oitgen build --sites --no-pdf" "$w/no-pdf.json" "$pages" "$rss.no-pdf"
    [ $mode = sites ] && row "oitgen build, one process per site" "$w/per-site.json" "$pages" "$rss.per-site"
    row "hugo" "$w/hugo.json" "$hpages" "$rss.hugo"
    row "oitgen no-op rebuild" "$w/noop.json" "$pages" "$rss.noop"
    row "oitgen rebuild, one file changed" "$w/changed.json" "$pages" "$rss.changed"
    row "cp -r of oitgen's output" "$w/copy.json" "$pages" /dev/null
    echo
    ratio "oitgen / Hugo" "$w/build.json" "$w/hugo.json" "$pages" "$hpages"
    [ $mode = sites ] && ratio "oitgen --no-pdf / Hugo (the same pages, no PDFs on either side)" "$w/no-pdf.json" "$w/hugo.json" "$pages" "$hpages"
    [ $mode = sites ] && ratio "oitgen one process per site / Hugo" "$w/per-site.json" "$w/hugo.json" "$pages" "$hpages"
    ratio "copy floor / oitgen" "$w/copy.json" "$w/build.json" "$pages" "$pages"
    rm -rf "$w"
  done
done

# One site of 25 projects, on tmpfs when it is measured (else on disk): full build, no-op and
# one-file-changed rebuilds, each process timed on its own.
place=${places[0]}
w=${roots[$place]}/one
python3 bench/make_sites.py 1 "$w" --projects 25
site=$w/site-0001
bench --runs 20 --warmup 2 --prepare "rm -rf $w/out" --export-json "$w/build.json" "$oitgen build $site --output $w/out"
bench --runs 20 --warmup 2 --prepare "rm -rf $w/out" --export-json "$w/no-pdf.json" "$oitgen build $site --output $w/out --no-pdf"
bash -c "rm -rf $w/out && $oitgen build $site --output $w/out --quiet > /dev/null"
bench --runs 20 --warmup 2 --export-json "$w/noop.json" "$oitgen build $site --output $w/out"
bench --runs 20 --warmup 2 --prepare "echo 'แก้ไขเพิ่มเติม' >> $site/content/plans/2566-2570/projects/p01.md" \
  --export-json "$w/changed.json" "$oitgen build $site --output $w/out"
pages=$(count_pages "$w/out")
header "### one site of 25 projects, $place"
row "oitgen build" "$w/build.json" "$pages" /dev/null
row "oitgen build --no-pdf" "$w/no-pdf.json" "$pages" /dev/null
row "oitgen no-op rebuild" "$w/noop.json" "$pages" /dev/null
row "oitgen rebuild, one file changed" "$w/changed.json" "$pages" /dev/null
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
