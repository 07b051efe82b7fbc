cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# 300,000 keys in one object (4 MB, inside the 16 MiB limit): checking each key against all
# the ones before it would take minutes.
python3 - "$SITE/content/plans/2566-2570/plan.json" << 'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    plan = json.load(f)
plan["extra"] = {"k%d" % i: 1 for i in range(300000)}
plan["extra"]["k7"] = 2
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps(plan, ensure_ascii=False).replace('"k7": 2', '"k7": 1, "k7": 2'))
PY
