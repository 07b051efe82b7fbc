# A snapshot folder holding a link to /etc/passwd: a build publishes content/archive/ as it
# is, so the link must be refused before anything is copied.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/archive/2567/static"
printf '{}\n' > "$SITE/content/archive/2567/manifest.json"
ln -s /etc/passwd "$SITE/content/archive/2567/static/passwd"
