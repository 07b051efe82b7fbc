# Nothing printed holds a control character raw, and each message is one line.
set -e
python3 - "$OUTPUT" "$SITE" <<'PY'
import re, sys
with open(sys.argv[1], "rb") as f:
    printed = f.read()
found = re.findall(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", printed)
if found:
    sys.exit("printed raw: %r" % found[:3])
for line in printed.decode("utf-8").splitlines():
    if not line.startswith((sys.argv[2] + "/content/", "checked " + sys.argv[2])):
        sys.exit("a line that is not a message: %r" % line)
PY
