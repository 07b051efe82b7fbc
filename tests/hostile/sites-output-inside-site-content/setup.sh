mkdir -p "$WORK/sites"
cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
