# The index of an earlier run, edited by hand into markup, a spreadsheet formula, values of the
# wrong types and ids that climb out; the site it names fails now, so its old row is shown.
mkdir -p "$WORK/sites/output"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
mkdir -p "$WORK/sites/broken" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/broken/"
sed -i 's/"status": "completed"/"status": "done"/' "$WORK/sites/broken/content/plans/2566-2570/reports/2567-6-month.json"
printf '{"format": "oitgen-output-1", "made_by": "oitgen build --sites"}\n' > "$WORK/sites/output/.oitgen-output"
cat > "$WORK/sites/output/sites.json" <<'JSON'
{"format": "oitgen-sites-1", "built_at": [1],
 "sites": [
  {"id": "broken", "status": "built", "built_at": "2023-11-14T22:13:20Z<img src=x onerror=alert(1)>",
   "name": {"th": "<script>alert(1)</script>", "en": {"x": 1}},
   "province": "=cmd|' /C calc'!A0", "pages": "many",
   "report": {"plan": "<b>", "fiscal_year": 99999999999999999999, "round": "<i>", "implementation_level": "84"},
   "ita": {"year": "2567", "level": "<svg onload=alert(1)>", "level_source": "announced"},
   "oit": {"served": -5, "total": 1.5}},
  {"id": "../../etc", "status": "built"},
  {"id": "good\u001b[2J", "status": "built"},
  "row", 42, null]}
JSON
