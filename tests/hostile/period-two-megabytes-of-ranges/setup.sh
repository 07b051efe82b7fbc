# A period of some 45,000 year ranges, near the 2 MiB a project file may hold: read in one pass
# over the text, and quoted shortened in the message.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$SITE/content/plans/2566-2570/projects/p01.md" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
period = "ปีงบประมาณ พ.ศ. ๒๔๐๐ – ๒๗๐๐ และ ต.ค. 2566 " * 20000
text = text.replace("responsible:", f"period: {period}\nresponsible:", 1)
open(path, "w", encoding="utf-8").write(text)
PY
