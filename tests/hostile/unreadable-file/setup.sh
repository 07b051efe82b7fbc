# Files the user running oitgen may not read (root reads everything, so oitgen runs as nobody).
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
chmod 000 "$SITE/content/ita/2567.json" "$SITE/content/notices/no-gift-policy.md"
