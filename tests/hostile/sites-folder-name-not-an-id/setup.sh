# A site folder whose name has a space and a capital: it cannot name the site's output folder.
mkdir -p "$WORK/sites"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
mkdir -p "$WORK/sites/My Site"
mkdir -p "$WORK/sites/My Site" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/My Site/"
