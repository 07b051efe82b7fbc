cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"

# A built output with a build manifest, and a link to a file outside it put in it since: its
# hash is never read through the link, and the link does not reach the new output.
mkdir -p "$SITE/output"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build"}\n' > "$SITE/output/.oitgen-output"
cat > "$SITE/output/.oitgen-build.json" <<JSON
{"format": "oitgen-build-2", "oitgen": "oitgen 0.1.0", "today": "2024-10-01",
 "inputs": {}, "warnings": [], "outputs": {}}
JSON
ln -s /etc/passwd "$SITE/output/leak.html"
