#!/usr/bin/env bash
# Installs the Debian packages that oitgen needs. Safe to run again: quiet when everything is
# there.
#   scripts/install-deps.sh                building and running oitgen: the compiler, CMake, the
#                                          libraries, gettext and the PDFs' font
#   scripts/install-deps.sh --tests        also what the tests need (scripts/test.sh,
#                                          scripts/sanitize.sh, scripts/fuzz.sh): the publish
#                                          tests' servers, Java, Node.js and the npm packages of
#                                          tests/*/package.json, Chromium, clang, poppler-utils
#   scripts/install-deps.sh --screenshots  also what scripts/screenshots.sh needs
#   scripts/install-deps.sh --print ...    prints the Debian packages those options need, one a
#                                          line, installed or not, and installs nothing
set -euo pipefail
cd "$(dirname "$0")/.."

tests=0
screenshots=0
print=0
for arg in "$@"; do
  case "$arg" in
    --tests) tests=1 ;;
    --screenshots) screenshots=1 ;;
    --print) print=1 ;;
    *)
      echo "usage: $0 [--tests] [--screenshots] [--print]" >&2
      exit 2
      ;;
  esac
done

packages=(
  g++ cmake make pkg-config
  nlohmann-json3-dev libyaml-dev
  # CLI11: the commands' options, their help, the manual page and the shell completion.
  libcli11-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libcurl4-openssl-dev libssl-dev
  # CMake's configure step asks for both: the unit tests are part of every build (doctest), and
  # tests/integration.cmake finds Python.
  doctest-dev python3
  # oitgen export/import: XLSX written by libxlsxwriter, read with libzip and pugixml; ICU
  # converts Windows-874 CSV files.
  libxlsxwriter-dev libzip-dev libpugixml-dev libicu-dev
  libkainjow-mustache-dev
  libcpp-httplib-dev
  # Thai word boundaries for the pages' line breaks and the search index.
  libthai-dev
  # The printable documents (PDF): cairo, Pango (HarfBuzz shaping, libthai line breaking) and
  # the Laksaman font (derived from TH Sarabun New), which oitgen build sets them in.
  libpango1.0-dev libcairo2-dev fonts-tlwg-laksaman
  # Messages in Thai: msgfmt compiles po/th.po at build time, xgettext extracts po/oitgen.pot.
  gettext
  # The certificates that publish, check --links and archive --verify check HTTPS hosts with.
  ca-certificates
)
if [ "$tests" = 1 ]; then
  packages+=(
    # poppler-utils' pdftotext, pdffonts and pdfinfo read the PDFs back (tests/pdf_test.py).
    poppler-utils
    # The servers that tests/servers/start.sh runs for the tests of oitgen publish, the tools
    # it makes their keys and certificates with, and the curl tool of tests/servers/selftest.sh.
    vsftpd openssh-server nginx libnginx-mod-http-dav-ext openssl curl
    # scripts/fuzz.sh: clang with libFuzzer and its sanitizer runtimes (libclang_rt.fuzzer is in
    # libclang-rt-14-dev, only recommended by clang-14), and llvm-symbolizer for readable stack
    # traces in crash reports (llvm-14). The gcc sanitizers of scripts/sanitize.sh come with g++.
    clang-14 libclang-rt-14-dev llvm-14
    # tests/browser/: pages opened in headless Chromium; Thai needs a Thai font there.
    chromium fonts-thai-tlwg
    # tests/package_test.sh: cpack's dependency list (dpkg-shlibdeps) and `file`.
    dpkg-dev file
  )
  # Java runs vnu.jar (tests/validate_html.sh); any Java 11 or later will do.
  command -v java > /dev/null 2>&1 || packages+=(default-jre-headless)
  # npm installs the tests' npm packages. Machines whose nodejs comes with npm of its own keep
  # it: Debian's npm package would conflict with such a nodejs.
  command -v npm > /dev/null 2>&1 || packages+=(nodejs npm)
fi
if [ "$screenshots" = 1 ]; then
  packages+=(chromium fonts-thai-tlwg poppler-utils)
fi

if [ "$print" = 1 ]; then
  printf '%s\n' "${packages[@]}" | awk '!seen[$0]++'
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk '!seen[$0]++')
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The npm packages of each tests/*/ folder that has a package.json (vnu.jar for
# tests/validate_html.sh, s3rver for tests/servers/, playwright-core and axe-core for
# tests/browser/ ...), at the versions pinned in its package-lock.json. npm ci writes
# node_modules/.package-lock.json: a folder whose copy is newer than its package-lock.json is
# up to date. --ignore-scripts: vnu-jar's postinstall script would download a Java runtime, and
# playwright-core drives Debian's /usr/bin/chromium; nothing is downloaded but the packages.
if [ "$tests" = 1 ]; then
  for manifest in tests/*/package.json; do
    [ -f "$manifest" ] || continue
    folder=$(dirname "$manifest")
    if [ -f "$folder/node_modules/.package-lock.json" ] &&
       [ "$folder/node_modules/.package-lock.json" -nt "$folder/package-lock.json" ]; then
      continue
    fi
    echo "installing: $folder npm packages"
    (cd "$folder" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  done
fi
