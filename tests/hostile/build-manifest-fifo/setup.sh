cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"

# A built output whose build manifest is a FIFO: reading it would block forever.
mkdir -p "$SITE/output"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build"}\n' > "$SITE/output/.oitgen-output"
printf 'old\n' > "$SITE/output/index.html"
mkfifo "$SITE/output/.oitgen-build.json"
