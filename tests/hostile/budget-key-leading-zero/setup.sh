cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
sed -i 's/2567: 0, 2568/02567: 5000, 2568/' "$SITE/content/plans/2566-2570/projects/p01.md"
