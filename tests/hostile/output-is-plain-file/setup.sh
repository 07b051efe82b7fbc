cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# A careless --output: the path of a file that holds something of value.
printf 'minutes of the council meeting\n' > "$SITE/output"
