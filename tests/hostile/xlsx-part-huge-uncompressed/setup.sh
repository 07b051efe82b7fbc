# A zip bomb: a sheet of 200 MiB of spaces, a few hundred KiB compressed. The read stops at the
# bound (64 MiB once uncompressed) whatever the archive's directory claims.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$WORK/evil.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="a" r:id="rId1" xmlns:r="r"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        block = b" " * (1 << 20)
        for _ in range(200):
            sheet.write(block)
PY
