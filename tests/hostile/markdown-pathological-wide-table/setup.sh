cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 -c 'print("|" + "a|" * 60000 + "\n|" + "-|" * 60000)' >> "$SITE/content/plans/2566-2570/projects/p01.md"
