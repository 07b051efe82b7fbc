# A file name and a quoted value that hold terminal escape sequences: ESC [ 31 m (red), a
# newline that would start a forged message line, and C1 CSI (U+009B) 2 J (clear the screen).
set -e
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/news"
printf -- '---\ntitle: ข่าว\ndate: 2024-02-16\n---\n\nเนื้อหา\n' \
  > "$SITE/content/news/2024-02-16-$(printf 'a\033[31mb\nc\302\2332J')-x.md"
python3 - "$SITE/content/plans/2566-2570/reports/2567-6-month.json" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    report = json.load(f)
report["entries"][0]["project"] = "p0\u001b[31m1"
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(report, f, ensure_ascii=True)
PY
