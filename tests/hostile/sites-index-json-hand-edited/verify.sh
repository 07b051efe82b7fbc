set -e
out="$WORK/sites/output"
# Every text of the old row is escaped on the pages; no markup from it is there.
for page in index.html index.en.html; do
  ! grep -q '<script>' "$out/$page"
  ! grep -q '<svg' "$out/$page"
  ! grep -q '<img' "$out/$page"
  # Read past the spans that mark Latin words English on the Thai page.
  sed -e 's#<span lang="en">\([^<]*\)</span>#\1#g' "$out/$page" | grep -q '&lt;svg onload=alert(1)&gt;'
done
# A time that is not one is not shown as a time.
! grep -q 'onerror' "$out/index.html"
# The formula is text to a spreadsheet.
grep -q "\"'=cmd|' /C calc'!A0\"" "$out/sites.csv"
# Only the two sites of the folder are listed.
test "$(grep -c '"id":' "$out/sites.json")" = 2
