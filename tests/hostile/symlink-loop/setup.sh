# A folder that links to itself, one that links to its parent, and two links that point at
# each other: each is reported once; nothing loops.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/static/css"
printf 'body{}\n' > "$SITE/content/static/css/style.css"
ln -s . "$SITE/content/static/self"
ln -s .. "$SITE/content/static/css/up"
mkdir -p "$SITE/content/pages"
ln -s b.md "$SITE/content/pages/a.md"
ln -s a.md "$SITE/content/pages/b.md"
# The same folder reached twice: as pages/ and through static/texts.
ln -s ../pages "$SITE/content/static/texts"
