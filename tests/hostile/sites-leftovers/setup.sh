# A killed `build --sites`: a site's staging folder and a half-written index file.
mkdir -p "$WORK/sites/output/.good.staging-999999/plans"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build --sites"}\n' > "$WORK/sites/output/.oitgen-output"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build", "pid": 999999}\n' > "$WORK/sites/output/.good.staging-999999/.oitgen-output"
printf 'half a page' > "$WORK/sites/output/.good.staging-999999/plans/index.html"
printf '<!DOCTYPE html><p>half' > "$WORK/sites/output/.index.html.tmp-999999"
# Not oitgen's names: left alone.
printf 'mine\n' > "$WORK/sites/output/.notes.tmp-1"
# The staging folder of a site that is gone from the sites' folder.
mkdir -p "$WORK/sites/output/.gone.staging-999998"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build", "pid": 999998}\n' > "$WORK/sites/output/.gone.staging-999998/.oitgen-output"
