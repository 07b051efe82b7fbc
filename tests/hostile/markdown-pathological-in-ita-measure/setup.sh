cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# A measure's method, result and outcome are Markdown held in JSON strings.
python3 - "$SITE/content/ita/2567.json" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(
    text.replace('    {"number": 1,', '    {"method": "' + "a@b." * 60000 + '", "number": 1,', 1))
PY
