cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# The narrative is Markdown held in a JSON string: held to the same limits as a .md body.
python3 - "$SITE/content/plans/2566-2570/reports/2567-6-month.json" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read().rstrip()
open(path, "w", encoding="utf-8").write(
    text[:-2] + ',\n  "narrative": "' + "a <![CDATA[" * 22000 + '"\n}\n')
PY
