cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"

# A built output whose build manifest lists files outside it, with their real hashes: a build
# that trusted it would link content/site.json (or a file above the site) into the new output.
mkdir -p "$SITE/output"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build"}\n' > "$SITE/output/.oitgen-output"
sum=$(sha256sum "$SITE/content/site.json" | cut -d' ' -f1)
cp "$SITE/content/site.json" "$SITE/output/site.json"
cat > "$SITE/output/.oitgen-build.json" <<JSON
{"format": "oitgen-build-2", "oitgen": "oitgen 0.1.0", "today": "2024-10-01",
 "inputs": {}, "warnings": [],
 "outputs": {"../content/site.json": "$sum", "site.json": "$sum", "/etc/passwd": "$sum"}}
JSON
