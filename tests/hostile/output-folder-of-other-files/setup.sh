cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# Someone's own folder, which even holds an index.html: it must stay byte for byte.
mkdir -p "$WORK/documents/scans"
printf '<p>my own page</p>\n' > "$WORK/documents/index.html"
printf 'budget notes\n' > "$WORK/documents/notes.txt"
printf 'secret\n' > "$WORK/documents/.hidden"
head -c 4096 /dev/urandom > "$WORK/documents/scans/page-1.bin"
chmod 600 "$WORK/documents/notes.txt"
