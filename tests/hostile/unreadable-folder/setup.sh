# Folders the user running oitgen may not read (root reads everything, so oitgen runs as nobody).
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/static/private"
printf 'x\n' > "$SITE/content/static/private/a.txt"
chmod 000 "$SITE/content/plans/2566-2570/reports" "$SITE/content/static/private"
