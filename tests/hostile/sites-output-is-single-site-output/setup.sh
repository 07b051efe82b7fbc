# The output of one site's build: the sites' folders would mix with its pages.
mkdir -p "$WORK/sites" "$WORK/single"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build"}\n' > "$WORK/single/.oitgen-output"
printf '<!doctype html>\n' > "$WORK/single/index.html"
