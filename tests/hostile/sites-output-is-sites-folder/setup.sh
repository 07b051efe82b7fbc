mkdir -p "$WORK/sites"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
