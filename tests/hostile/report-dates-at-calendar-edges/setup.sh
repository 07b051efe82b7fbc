cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
# The first day a date may name and the last one before years are taken as Buddhist Era: as_of
# and added are compared and shifted by days.
reports="$SITE/content/plans/2566-2570/reports"
sed 's/"round": "6-month"/"round": "12-month"/; s/"to": "2024-03-31"/"to": "2024-09-30"/; s/"as_of": "2024-04-05"/"as_of": "0001-01-01"/' \
  "$reports/2567-6-month.json" > "$reports/2567-12-month.json"
sed -i 's/"as_of": "2024-04-05"/"as_of": "2400-12-31"/' "$reports/2567-6-month.json"
sed -i 's/^budget: {2566: 0,/added: 0001-01-01\n&/' "$SITE/content/plans/2566-2570/projects/p01.md"
sed -i 's/^budget: {2566: 20000,/added: 2400-02-29\n&/' "$SITE/content/plans/2566-2570/projects/p02.md"
