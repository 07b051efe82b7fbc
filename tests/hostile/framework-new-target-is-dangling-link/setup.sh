# The file to write is already a link to nowhere: `framework new` must not follow it.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/frameworks"
ln -s "$WORK/created-through-the-link.json" "$SITE/content/frameworks/ita-2570.json"
