cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
cp "$SITE/content/ita/2567.json" "$SITE/content/ita/02567.json"
