# No page, feed, sitemap or chart holds a control character, the feed and the sitemap are
# well-formed XML, and nothing printed holds one raw.
set -e
python3 - "$SITE/output" "$OUTPUT" <<'PY'
import os, re, sys
import xml.etree.ElementTree as ET
output, printed = sys.argv[1], sys.argv[2]
control = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")
problems = []
pages = 0
for folder, _, files in os.walk(output):
    for name in files:
        if not name.endswith((".html", ".xml", ".svg")):
            continue
        pages += 1
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            found = control.findall(f.read())
        if found:
            problems.append("%s holds %r" % (os.path.relpath(path, output), found[:3]))
for name in ("feed.xml", "sitemap.xml"):
    try:
        ET.parse(os.path.join(output, name))
    except ET.ParseError as error:
        problems.append("%s is not well-formed XML: %s" % (name, error))
with open(os.path.join(output, "news", "2024-02-16-news", "index.html"), encoding="utf-8") as f:
    if "ข่าว[31m" not in f.read():
        problems.append("the news title lost more than its control characters")
with open(printed, "rb") as f:
    found = re.findall(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", f.read())
if found:
    problems.append("printed raw: %r" % found[:3])
if pages < 10:
    problems.append("only %d pages to look at" % pages)
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
