#!/usr/bin/env bash
# Installs the Debian packages oitgen builds and tests with, and the npm packages of tests/html/
# (the Nu HTML Checker) and tests/servers/ (s3rver). Safe to run again: quiet when everything is
# there.
# With --screenshots, also what scripts/screenshots.sh needs (Chromium, a Thai font, poppler).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config
  nlohmann-json3-dev libyaml-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libcurl4-openssl-dev libssl-dev
  doctest-dev
  # oitgen export/import: XLSX written by libxlsxwriter, read with libzip and pugixml; ICU
  # converts Windows-874 CSV files.
  libxlsxwriter-dev libzip-dev libpugixml-dev libicu-dev
  libkainjow-mustache-dev
  libcpp-httplib-dev
  # The printable documents (PDF): cairo, Pango (HarfBuzz shaping, libthai line breaking), the
  # Laksaman font (derived from TH Sarabun New); poppler-utils' pdftotext, pdffonts and pdfinfo
  # read them back in the tests.
  libpango1.0-dev libcairo2-dev fonts-tlwg-laksaman poppler-utils
  # Messages in Thai: msgfmt compiles po/th.po at build time, xgettext extracts po/oitgen.pot.
  gettext
  python3 curl
  # The servers that tests/servers/start.sh runs for the tests of oitgen publish.
  vsftpd openssh-server nginx libnginx-mod-http-dav-ext
  # scripts/fuzz.sh: clang with libFuzzer and its sanitizer runtimes (libclang_rt.fuzzer is in
  # libclang-rt-14-dev, only recommended by clang-14), and llvm-symbolizer for readable stack
  # traces in crash reports (llvm-14). The gcc sanitizers of scripts/sanitize.sh come with g++.
  clang-14 libclang-rt-14-dev llvm-14
  # tests/browser/: pages opened in headless Chromium; Thai needs a Thai font there.
  chromium fonts-thai-tlwg
)
if [ "${1:-}" = "--screenshots" ]; then
  packages+=(chromium fonts-thai-tlwg poppler-utils)
fi
# Java runs vnu.jar (tests/validate_html.sh); any Java 11 or later will do.
command -v java > /dev/null 2>&1 || packages+=(default-jre-headless)
# npm installs vnu.jar. Machines whose nodejs comes with npm of its own keep it: Debian's npm
# package would conflict with such a nodejs.
command -v npm > /dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# vnu.jar, at the version pinned in tests/html/package-lock.json. --ignore-scripts: its postinstall
# script would download a Java runtime when it finds none; the system's Java is used instead.
if [ ! -f tests/html/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "installing: tests/html npm packages (vnu-jar)"
  (cd tests/html && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

# s3rver, the S3 server of tests/servers/start.sh, at the version pinned in
# tests/servers/package-lock.json.
if [ ! -f tests/servers/node_modules/s3rver/package.json ]; then
  echo "installing: tests/servers npm packages (s3rver)"
  (cd tests/servers && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

# playwright-core and axe-core, the browser tests' drivers (tests/browser/), at the versions pinned in
# tests/browser/package-lock.json; playwright-core drives Debian's /usr/bin/chromium, nothing downloaded.
if [ ! -f tests/browser/node_modules/axe-core/package.json ]; then
  echo "installing: tests/browser npm packages (playwright-core, axe-core)"
  (cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
