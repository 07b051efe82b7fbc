# A snapshot whose manifest is a FIFO that no one writes.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/archive/2567"
mkfifo "$SITE/content/archive/2567/manifest.json"
