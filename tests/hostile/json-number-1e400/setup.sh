cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$SITE" <<'EOF'
import sys
p = sys.argv[1] + '/content/ita/2567.json'
s = open(p).read().replace('"score": 88.45', '"score": 1e400, "comment": -1e400')
open(p, 'w').write(s)
EOF
