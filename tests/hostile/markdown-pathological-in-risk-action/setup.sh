cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir "$SITE/content/plans/2566-2570/risks"
# An action's result is Markdown held in a JSON string.
python3 - "$SITE/content/plans/2566-2570/risks/2568.json" <<'PY'
import json, sys
risk = {"risks": [{"process": "การจัดซื้อจัดจ้าง"}],
        "management": {"actions": [{"title": "ตรวจร่างขอบเขตของงาน", "result": "a@b." * 60000}]}}
open(sys.argv[1], "w", encoding="utf-8").write(json.dumps(risk, ensure_ascii=False))
PY
