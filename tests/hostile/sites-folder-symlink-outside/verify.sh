# The linked site has no output, and the index lists it as failed.
test ! -e "$WORK/sites/output/linked"
grep -q '"id": "linked"' "$WORK/sites/output/sites.json"
grep -q '"status": "failed"' "$WORK/sites/output/sites.json"
