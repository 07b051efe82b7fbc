cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"

# A snapshot of 2567, as `oitgen archive 2567` stores it (one page is enough).
snapshot="$SITE/content/archive/2567"
mkdir -p "$snapshot"
printf '<!doctype html><title>2567</title>\n' > "$snapshot/index.html"
sum=$(sha256sum "$snapshot/index.html" | cut -d' ' -f1)
size=$(stat -c %s "$snapshot/index.html")
cat > "$snapshot/manifest.json" <<JSON
{"format": "oitgen-archive-1", "fiscal_year": 2567, "built_at": "2024-10-01T00:00:00Z",
 "oitgen_version": "0.1.0", "previous": null, "replaces": [],
 "files": [{"path": "index.html", "size": $size, "sha256": "$sum"}]}
JSON

marker() {  # what oitgen writes into a folder it is writing, for a process that is gone
  printf '{"format": "oitgen-output-1", "made_by": "%s", "pid": 999999}\n' "$1"
}

# A killed `archive 2567 --replace`: its half-written staging folder inside content/archive/.
staging="$SITE/content/archive/.2567.staging-999999"
mkdir -p "$staging/plans"
printf 'half a page' > "$staging/plans/index.html"
marker "oitgen archive 2567" > "$staging/.oitgen-output"
# A killed replacement after its swap: the replaced snapshot, known by its manifest.
cp -r "$snapshot" "$SITE/content/archive/.2567.staging-999998"

# Killed builds beside the output: a previous output, a staging folder, an old folder.
mkdir -p "$SITE/output" "$SITE/.output.staging-999999/plans" "$SITE/.output.old-999997"
marker "oitgen build" > "$SITE/output/.oitgen-output"
printf 'old\n' > "$SITE/output/index.html"
marker "oitgen build" > "$SITE/.output.staging-999999/.oitgen-output"
printf 'half a page' > "$SITE/.output.staging-999999/plans/index.html"
marker "oitgen build" > "$SITE/.output.old-999997/.oitgen-output"
printf 'older\n' > "$SITE/.output.old-999997/index.html"
