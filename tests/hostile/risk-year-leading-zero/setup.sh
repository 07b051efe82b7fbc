cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir "$SITE/content/plans/2566-2570/risks"
echo '{"risks": [{"process": "การจัดซื้อจัดจ้าง"}]}' > "$SITE/content/plans/2566-2570/risks/2568.json"
cp "$SITE/content/plans/2566-2570/risks/2568.json" "$SITE/content/plans/2566-2570/risks/02568.json"
