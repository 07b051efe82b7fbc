# A site folder whose name would retitle the terminal window and clear the screen.
mkdir -p "$WORK/sites"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
name="$(printf 'x\033]0;pwned\007\033[2J')"
mkdir -p "$WORK/sites/$name"
mkdir -p "$WORK/sites/$name" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/$name/"
