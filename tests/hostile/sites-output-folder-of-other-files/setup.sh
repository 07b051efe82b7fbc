mkdir -p "$WORK/sites" "$WORK/documents/scans"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
printf '<p>my own page</p>\n' > "$WORK/documents/index.html"
printf 'notes\n' > "$WORK/documents/notes.txt"
