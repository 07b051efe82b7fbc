cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$SITE/content/plans/2566-2570/reports/2567-6-month.json" <<'EOF'
import json, sys
p = sys.argv[1]
r = json.load(open(p))
r['entries'] = [{'project': 'p02', 'status': 'in_progress', 'disbursed': 1000000000000}] * 92234
json.dump(r, open(p, 'w'))
EOF
