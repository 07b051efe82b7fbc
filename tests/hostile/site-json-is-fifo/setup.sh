# site.json is a FIFO that no one writes: reading it would block forever.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
rm "$SITE/content/site.json"
mkfifo "$SITE/content/site.json"
mkfifo "$SITE/content/plans/2566-2570/reports/2567-12-month.json"
