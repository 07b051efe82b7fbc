# An ITA level of 8 MiB (a document pasted into the field): one error, found without a
# distance table of gigabytes for the "did you mean".
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 -c '
import json, sys
json.dump({"score": 90, "level": "ผ่านดี" * 466034}, open(sys.argv[1], "w"), ensure_ascii=False)
' "$SITE/content/ita/2566.json"
