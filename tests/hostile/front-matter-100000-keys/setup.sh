cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# 100,000 keys in one map of a front matter (1.2 MB, inside the 2 MiB limit for a Markdown
# file): checking each key against all the ones before it would take minutes.
python3 - "$SITE/content/plans/2566-2570/projects/p01.md" << 'PY'
import sys
keys = "extra:\n" + "".join("  k%d: 1\n" % i for i in range(100000)) + "  k7: 2\n"
with open(sys.argv[1], "r+", encoding="utf-8") as f:
    text = f.read()
    f.seek(0)
    f.write(text.replace("---\n", "---\n" + keys, 1))
PY
