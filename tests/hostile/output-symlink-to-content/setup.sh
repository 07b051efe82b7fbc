cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# A link that looks like a fresh output folder but is the content folder.
ln -s site/content "$WORK/public"
