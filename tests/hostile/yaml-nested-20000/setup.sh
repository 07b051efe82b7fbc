cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$SITE/content/plans/2566-2570/projects/p01.md" <<'EOF'
import sys
p = sys.argv[1]
s = open(p).read().replace('budget_note:', 'period: ' + '[' * 20000 + ']' * 20000 + '\nbudget_note:')
open(p, 'w').write(s)
EOF
