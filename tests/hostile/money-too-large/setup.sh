cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
sed -i 's/"disbursed": 5000,/"disbursed": 1000000000000.01,/' "$SITE/content/plans/2566-2570/reports/2567-6-month.json"
