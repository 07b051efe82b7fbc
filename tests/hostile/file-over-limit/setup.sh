# Sparse files over each kind's limit: they take no disk space, and must take no memory.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
truncate -s 2M "$SITE/content/site.json"
truncate -s 17M "$SITE/content/plans/2566-2570/reports/2567-6-month.json"
truncate -s 3M "$SITE/content/plans/2566-2570/projects/p02.md"
mkdir -p "$SITE/content/static" "$SITE/content/frameworks"
truncate -s 150M "$SITE/content/static/video.mp4"
truncate -s 5M "$SITE/content/frameworks/ita-2569.json"
