# plan.json links to /dev/zero (endless bytes), and an ITA year is a character device itself.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
rm "$SITE/content/plans/2566-2570/plan.json"
ln -s /dev/zero "$SITE/content/plans/2566-2570/plan.json"
mknod "$SITE/content/ita/2568.json" c 1 5
