cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# Nine levels of ten aliases each: a few hundred bytes that expand to a billion values.
python3 - "$SITE/content/plans/2566-2570/projects/p01.md" << 'PY'
import sys
lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
lines += ["a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)) for i in range(1, 9)]
with open(sys.argv[1], "r+", encoding="utf-8") as f:
    text = f.read()
    f.seek(0)
    f.write(text.replace("---\n", "---\n" + "\n".join(lines) + "\n", 1))
PY
