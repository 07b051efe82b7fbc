# A workbook with a part named ../../etc/cron.d/evil: refused as a whole, nothing read or written.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$WORK/evil.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("xl/workbook.xml", "<workbook><sheets/></workbook>")
    z.writestr("../../etc/cron.d/evil", "* * * * * root true\n")
PY
