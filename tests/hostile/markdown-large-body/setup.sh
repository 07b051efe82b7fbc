cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 -c 'print(("ผลการดำเนินงานตามแผน " * 40 + "\n\n") * 500)' >> "$SITE/content/plans/2566-2570/projects/p01.md"
