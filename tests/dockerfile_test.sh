#!/usr/bin/env bash
# The Dockerfile's runtime stage installs every library the oitgen binary loads: each library
# that ldd shows belongs (dpkg -S) to a package the stage names, or to one those depend on. Its
# build stage installs the build packages alone and the image runs oitgen.
#   tests/dockerfile_test.sh OITGEN SOURCE_DIR
set -euo pipefail
oitgen=$1
source=$2
dockerfile=$source/Dockerfile

# The Dockerfile with continued lines joined, one instruction a line.
joined=$(sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' "$dockerfile" | grep -v '^[[:space:]]*#')
stages=$(grep -c '^FROM ' <<< "$joined")
[ "$stages" -ge 2 ] || { echo "Dockerfile: expected a build stage and a runtime stage"; exit 1; }
build_stage=$(awk '/^FROM /{n++} n==1' <<< "$joined")
runtime_stage=$(awk -v last="$stages" '/^FROM /{n++} n==last' <<< "$joined")

grep -Eq 'scripts/install-deps\.sh( |&|$)' <<< "$build_stage" ||
  { echo "Dockerfile: the build stage does not run scripts/install-deps.sh"; exit 1; }
if grep -Eq 'install-deps\.sh[^&]*--tests' <<< "$build_stage"; then
  echo "Dockerfile: the build stage installs the test packages"
  exit 1
fi
grep -q '^ENTRYPOINT \["oitgen"\]' <<< "$runtime_stage" ||
  { echo 'Dockerfile: the runtime stage has no ENTRYPOINT ["oitgen"]'; exit 1; }

# The words after `apt-get install` in the runtime stage, options left out.
mapfile -t listed < <(grep 'apt-get install' <<< "$runtime_stage" |
  sed -e 's/.*apt-get install//' -e 's/&&.*//' -e 's/;.*//' | tr -s ' \t' '\n' | grep -v '^-' |
  grep . | sort -u)
[ ${#listed[@]} -gt 0 ] || { echo "Dockerfile: the runtime stage installs no package"; exit 1; }
echo "runtime packages: ${listed[*]}"
for needed in fonts-tlwg-laksaman ca-certificates; do
  printf '%s\n' "${listed[@]}" | grep -qx -- "$needed" ||
    { echo "Dockerfile: the runtime stage lacks $needed"; exit 1; }
done

# The packages of the list and, through Depends and Pre-Depends, all that apt installs with them
# (as installed on this machine, where the binary was built).
declare -A depends_of=()
while IFS=$'\t' read -r package depends; do
  depends_of[$package]=$depends
done < <(dpkg-query -W -f='${Package}\t${Depends}, ${Pre-Depends}\n')
declare -A closure=()
queue=("${listed[@]}")
while [ ${#queue[@]} -gt 0 ]; do
  package=${queue[0]}
  queue=("${queue[@]:1}")
  [ -z "${closure[$package]:-}" ] || continue
  closure[$package]=1
  while IFS= read -r dependency; do
    [ -n "$dependency" ] && [ -z "${closure[$dependency]:-}" ] && queue+=("$dependency")
  done < <(sed -e 's/([^)]*)//g' -e 's/[,|]/\n/g' <<< "${depends_of[$package]:-}" |
    sed -e 's/:[a-z0-9]*$//' -e 's/[[:space:]]//g')
done

libraries=$(ldd "$oitgen" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u)
[ -n "$libraries" ] || { echo "ldd shows no library for $oitgen"; exit 1; }

# The package that holds each library, whichever of its paths (/lib or /usr/lib, the link or its
# target) dpkg knows; one dpkg -S for all of them.
candidates_of() {
  local path
  for path in "$1" "$(readlink -f "$1")"; do
    echo "$path"
    case "$path" in
      /usr/*) echo "${path#/usr}" ;;
      *) echo "/usr$path" ;;
    esac
  done
}
mapfile -t candidates < <(while IFS= read -r library; do candidates_of "$library"; done <<< "$libraries" | sort -u)
declare -A package_at=()
while IFS= read -r line; do
  package=${line%%:*}
  package_at[${line#*: }]=${package%%,*}
done < <(dpkg -S "${candidates[@]}" 2> /dev/null | grep -v '^diversion ' || true)
package_of() {
  local candidate
  while IFS= read -r candidate; do
    if [ -n "${package_at[$candidate]:-}" ]; then
      echo "${package_at[$candidate]}"
      return 0
    fi
  done < <(candidates_of "$1")
  return 1
}

problems=0
count=0
while IFS= read -r library; do
  # The sanitizers' runtimes of a sanitized test build are not the product's.
  case "$(basename "$library")" in
    libasan.so* | libubsan.so* | liblsan.so* | libtsan.so*) continue ;;
  esac
  count=$((count + 1))
  if ! package=$(package_of "$library"); then
    echo "no package holds $library"
    problems=$((problems + 1))
    continue
  fi
  if [ -z "${closure[$package]:-}" ]; then
    echo "$library ($package) is not installed by the Dockerfile's runtime stage"
    problems=$((problems + 1))
  fi
done <<< "$libraries"
if [ "$problems" -gt 0 ]; then
  echo "$problems of $count libraries missing from the runtime stage"
  exit 1
fi
echo "all $count libraries of $(basename "$oitgen") come with the runtime stage's ${#listed[@]} packages"
