# An address of 15,000 "อำเภอ" and a district whose name starts with as many: the footer's address
# line compares the district with what follows every "อำเภอ" of the address, on every page; it
# must still build in bounded time and name the district once.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$SITE/content/site.json" <<'PY'
import json, sys
path = sys.argv[1]
config = json.load(open(path, encoding="utf-8"))
config["organization"]["address"] = "อำเภอ" * 15000
config["organization"]["district"] = "อำเภอ" * 15000 + "ดอนแก้วเหนือ"
config["organization"]["province"] = "จังหวัด" * 1000 + "ขอนแก่น"
json.dump(config, open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY
