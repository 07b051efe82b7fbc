# The site folder lies inside a folder the user may not enter: the file-system error that the
# first look at it raises is reported with the path, never an abort.
mkdir -p "$WORK/private/site"
cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/private/site/"
chmod 000 "$WORK/private"
