#!/usr/bin/env bash
# Usage: scripts/screenshots.sh [OUTPUT_DIR] [SHOTS_DIR]
# Takes full-height screenshots of a few pages of a rendered site with Debian's headless Chromium,
# for people to look at what the site shows. OUTPUT_DIR (default: output/ of the repository) is the
# rendered site, opened as file:// URLs (the site links relatively). SHOTS_DIR (default:
# docs/screenshots/ of the repository) gets NAME-320.png and NAME-1280.png for each page below (a
# phone and a desktop width), and notice-a4.png: page 1 of the notice printed to PDF (print CSS),
# at 60 dpi. Each page's height is measured first, in one Chromium run; SHOTS_MEASURE=0 uses fixed
# heights instead (2400 px at 320, 2000 px at 1280).
# Needs chromium, fonts-thai-tlwg and poppler-utils (scripts/install-deps.sh --screenshots installs them).
# Exits 1 if a page is missing or a shot failed (after taking the others), 2 if it cannot run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output_dir="${1:-$repo/output}"
shots_dir="${2:-$repo/docs/screenshots}"

# path under OUTPUT_DIR -> name of the shot
pages=(
  "index.html home"
  "plans/2566-2570/projects/p12/index.html project"
  "plans/2566-2570/reports/2567-12-month/index.html report"
  "notices/no-gift-policy/index.html notice"
)
print_page="notices/no-gift-policy/index.html"  # shot as printed too, as notice-a4.png
widths=(320 1280)
declare -A fixed_height=([320]=2400 [1280]=2000)
max_height=16000  # Chromium cannot capture much more than 16384 px

for tool in chromium pdftoppm pdfinfo; do
  if ! command -v "$tool" > /dev/null 2>&1; then
    echo "screenshots: $tool not found: run scripts/install-deps.sh --screenshots" >&2
    exit 2
  fi
done
if ! fc-list :lang=th family 2> /dev/null | grep -q .; then
  echo "screenshots: warning: no Thai font installed (fonts-thai-tlwg): Thai text will show as boxes" >&2
fi
if [ ! -d "$output_dir" ]; then
  echo "screenshots: no such folder: $output_dir (render the site first)" >&2
  exit 2
fi
output_dir="$(cd "$output_dir" && pwd -P)"
mkdir -p "$shots_dir"
shots_dir="$(cd "$shots_dir" && pwd -P)"

work="$(mktemp -d "${TMPDIR:-/tmp}/oitgen-shots.XXXXXX")"
trap 'rm -rf "$work"' EXIT

file_url() {  # absolute path -> file:// URL
  local path="$1"
  path="${path//%/%25}"; path="${path// /%20}"; path="${path//#/%23}"; path="${path//\?/%3F}"
  printf 'file://%s' "$path"
}

# Runs headless Chromium with a fresh profile; its chatter (D-Bus errors and the like) goes to a
# log that is shown only when the run fails.
run_chromium() {
  local log="$work/chromium.log" status=0
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --disable-quic --disable-extensions --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" \
    "$@" > "$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "screenshots: chromium failed (exit status $status): chromium $*" >&2
    grep -v -e 'dbus' -e 'unexpected operator' "$log" | tail -n 20 >&2 || true
  fi
  return "$status"
}

failed=0
present=()
for entry in "${pages[@]}"; do
  path="${entry% *}"
  if [ -f "$output_dir/$path" ]; then
    present+=("$entry")
  else
    echo "screenshots: missing page: $output_dir/$path" >&2
    failed=1
  fi
done

# Measures every page's height at every width in one run: a page of iframes, one per page and
# width, that writes the heights into its DOM, which --dump-dom prints.
declare -A height=()
if [ "${SHOTS_MEASURE:-1}" != 0 ] && [ ${#present[@]} -gt 0 ]; then
  {
    echo '<!DOCTYPE html><html><body style="margin:0">'
    for entry in "${present[@]}"; do
      path="${entry% *}"; name="${entry##* }"
      for width in "${widths[@]}"; do
        printf '<iframe data-shot="%s-%s" style="display:block;border:0;width:%spx;height:600px" src="%s"></iframe>\n' \
          "$name" "$width" "$width" "$(file_url "$output_dir/$path")"
      done
    done
    cat <<'EOF'
<pre id="heights"></pre>
<script>
window.addEventListener('load', function () {
  var lines = [];
  document.querySelectorAll('iframe').forEach(function (frame) {
    try {
      var doc = frame.contentDocument;
      var h = Math.max(doc.documentElement.scrollHeight, doc.body ? doc.body.scrollHeight : 0);
      lines.push('SHOT_HEIGHT ' + frame.dataset.shot + ' ' + Math.ceil(h));
    } catch (e) {}
  });
  document.getElementById('heights').textContent = lines.join('\n');
});
</script></body></html>
EOF
  } > "$work/measure.html"
  if run_chromium --allow-file-access-from-files --virtual-time-budget=5000 --dump-dom \
       "$(file_url "$work/measure.html")"; then
    while read -r _ shot h; do
      if [[ "$h" =~ ^[0-9]+$ ]] && [ "$h" -gt 0 ]; then height[$shot]="$h"; fi
    done < <(grep -o 'SHOT_HEIGHT [^ ]* [0-9]*' "$work/chromium.log" || true)
  fi
fi

for entry in "${present[@]}"; do
  path="${entry% *}"; name="${entry##* }"
  url="$(file_url "$output_dir/$path")"
  for width in "${widths[@]}"; do
    h="${height[$name-$width]:-${fixed_height[$width]}}"
    [ "$h" -le "$max_height" ] || h=$max_height
    shot="$shots_dir/$name-$width.png"
    rm -f "$shot"
    if run_chromium --window-size="$width,$h" --virtual-time-budget=3000 --screenshot="$shot" "$url" \
       && [ -s "$shot" ]; then
      echo "screenshots: $shot (${width}x$h)"
    else
      echo "screenshots: no screenshot of $path at $width px" >&2
      failed=1
    fi
  done

  if [ "$path" = "$print_page" ]; then
    # Headless --screenshot cannot emulate print media: print to PDF, then turn page 1 into a PNG.
    pdf="$work/$name.pdf"
    shot="$shots_dir/$name-a4.png"
    rm -f "$shot"
    if run_chromium --no-pdf-header-footer --print-to-pdf="$pdf" "$url" && [ -s "$pdf" ] \
       && pdftoppm -png -r 60 -singlefile -f 1 -l 1 "$pdf" "${shot%.png}" && [ -s "$shot" ]; then
      size="$(pdfinfo "$pdf" 2> /dev/null | sed -n 's/^Page size: *//p')"
      pages_in_pdf="$(pdfinfo "$pdf" 2> /dev/null | sed -n 's/^Pages: *//p')"
      echo "screenshots: $shot (page 1 of $pages_in_pdf, $size)"
      case "$size" in
        *"(A4)"*) ;;
        *) echo "screenshots: warning: $path prints on $size, not A4 (its CSS needs @page { size: A4 })" >&2 ;;
      esac
      if [ "${pages_in_pdf:-1}" != 1 ]; then
        echo "screenshots: warning: $path prints on $pages_in_pdf pages, not one" >&2
      fi
    else
      echo "screenshots: no print of $path" >&2
      failed=1
    fi
  fi
done

exit "$failed"
