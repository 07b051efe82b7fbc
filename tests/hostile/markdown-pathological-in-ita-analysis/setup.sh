cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# An ITA year's analysis is Markdown held in a JSON string.
python3 - "$SITE/content/ita/2567.json" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read().rstrip()
open(path, "w", encoding="utf-8").write(
    text[:-2] + ',\n  "analysis": "' + "> " * 120000 + 'a"\n}\n')
PY
