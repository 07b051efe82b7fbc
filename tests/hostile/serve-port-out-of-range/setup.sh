cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
