#!/usr/bin/env bash
# The Debian package that `cpack -G DEB` makes of a build: everything under /usr, the binary
# stripped, its Thai catalog, the man page and the bash completion; Depends names the runtime
# libraries (cairo, Pango) and the documents' font. Installed with dpkg into a throwaway root,
# the binary runs and finds its catalog. The package is made in a temporary folder.
#   tests/package_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "cpack -G DEB failed"
  exit 1
fi
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  cat "$work/cpack.log"
  echo "cpack made no .deb, or more than one"
  exit 1
fi
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

problems=()
# The paths the package holds, without the leading "." and the trailing "/" of folders.
paths=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed -e 's|^\./|/|' -e 's|/$||' | grep .)
holds() { grep -qx -- "$1" <<< "$paths"; }
for path in /usr/bin/oitgen /usr/share/locale/th/LC_MESSAGES/oitgen.mo \
            /usr/share/bash-completion/completions/oitgen; do
  holds "$path" || problems+=("the package lacks $path")
done
holds /usr/share/man/man1/oitgen.1.gz || holds /usr/share/man/man1/oitgen.1 ||
  problems+=("the package lacks /usr/share/man/man1/oitgen.1.gz")
outside=$(grep -Ev '^(/usr(/.*)?)?$' <<< "$paths" || true)
[ -z "$outside" ] || problems+=("the package installs outside /usr: $(tr '\n' ' ' <<< "$outside")")

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = oitgen ] || problems+=("Package is \"$(field Package)\", not oitgen")
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] ||
  problems+=("Architecture is \"$(field Architecture)\", not $(dpkg --print-architecture)")
depends=$(field Depends)
echo "Depends: $depends"
for library in libcairo2 libpango-1.0-0; do
  grep -Eq "(^|, )$library( |,|$)" <<< "$depends" || problems+=("Depends lacks $library")
done
# The documents are set in Laksaman: no library names it, the package must.
grep -Eq "(^|, )fonts-tlwg-laksaman( |,|$)" <<< "$depends" ||
  problems+=("Depends lacks fonts-tlwg-laksaman (CPACK_DEBIAN_PACKAGE_DEPENDS)")

# dpkg's own install, into an empty root of its own: no maintainer script to run, and
# --force-depends because the root has none of the libraries (the machine's are used).
root=$work/root
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
if ! PATH=$PATH:/usr/sbin:/sbin dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless \
      --log=/dev/null -i "$deb" > "$work/dpkg.log" 2>&1; then
  cat "$work/dpkg.log"
  echo "dpkg could not install the package into $root"
  exit 1
fi
oitgen=$root/usr/bin/oitgen
version=$("$oitgen" --version)
echo "installed: $version"
grep -Eq '^oitgen [0-9]+\.[0-9]+\.[0-9]+' <<< "$version" || problems+=("--version printed \"$version\"")

# The same message in Thai and in English: the installed catalog was found.
mkdir "$work/empty"
says() { (cd "$work/empty" && env -u LC_ALL -u LANGUAGE LANG=C "$oitgen" check --lang "$1" 2>&1) || true; }
thai=$(says th)
english=$(says en)
[ -n "$thai" ] && [ "$thai" != "$english" ] ||
  problems+=("the installed binary speaks no Thai: its catalog was not found")

described=$(file -b "$oitgen")
if grep -q "not stripped" <<< "$described" || ! grep -q "stripped" <<< "$described"; then
  problems+=("the installed binary is not stripped: $described")
fi
if readelf -S --wide "$oitgen" | grep -q '\.debug_'; then
  problems+=("the installed binary has debug sections")
fi

if [ ${#problems[@]} -gt 0 ]; then
  printf '%s\n' "${problems[@]}"
  exit 1
fi
echo "package installs under /usr, stripped, with its catalog, man page and completion"
