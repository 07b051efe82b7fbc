# content/frameworks links to a folder outside the site: `framework new` must not write there.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$WORK/elsewhere"
ln -s "$WORK/elsewhere" "$SITE/content/frameworks"
