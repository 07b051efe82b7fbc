cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 -c 'print("[" * 1000000)' > "$SITE/content/plans/2566-2570/reports/2567-6-month.json"
