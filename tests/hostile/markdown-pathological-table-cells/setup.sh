cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 -c 'print("|" + "a|" * 100 + "\n|" + "-|" * 100 + "\n" + "x\n" * 100000)' >> "$SITE/content/plans/2566-2570/projects/p01.md"
