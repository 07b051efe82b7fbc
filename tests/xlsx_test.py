"""oitgen export and import: the spreadsheet round trip on the example site, the dry run, every
problem reported with its cell, and the committed fixtures (a Windows-874 CSV file, a workbook
saved by LibreOffice) imported to the expected content."""

import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile

OITGEN = sys.argv[1]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(REPO, "tests", "fixtures")
PLAN = "2566-2570"


def run(*args, expect=0):
    result = subprocess.run([OITGEN, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    output = result.stdout
    if result.returncode != expect:
        sys.exit(f"oitgen {' '.join(args)}: exit {result.returncode}, expected {expect}\n{output}")
    return output


def same_tree(a, b):
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.diff_files or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(os.path.join(a, d), os.path.join(b, d)) for d in compared.common_dirs)


def site_copy(work, name):
    site = os.path.join(work, name)
    os.makedirs(site)
    shutil.copytree(os.path.join(REPO, "content"), os.path.join(site, "content"))
    return site


def main():
    work = tempfile.mkdtemp(prefix="oitgen-xlsx-")
    try:
        # Round trip: exported and imported back, the content files are byte for byte the same.
        site = site_copy(work, "round-trip")
        plan_xlsx = os.path.join(work, "plan.xlsx")
        report_xlsx = os.path.join(work, "report.xlsx")
        run("export", "plan", PLAN, "--xlsx", plan_xlsx, site)
        run("export", "report", PLAN, "2567-12-month", "--xlsx", report_xlsx, site)
        with open(plan_xlsx, "rb") as f:
            assert f.read(4) == b"PK\x03\x04", "the export is not an XLSX (zip) file"
        out = run("import", "plan", plan_xlsx, "--plan", PLAN, site)
        assert "0 created, 0 changed, 26 unchanged" in out, out
        out = run("import", "report", report_xlsx, "--plan", PLAN, "--id", "2567-12-month", site)
        assert "0 created, 0 changed, 1 unchanged" in out, out
        assert same_tree(os.path.join(REPO, "content"), os.path.join(site, "content")), \
            "the round trip changed the content files"

        # A project planned since the report was written gets its row: the rows are counted.
        added = site_copy(work, "added")
        with open(os.path.join(added, "content", "plans", PLAN, "projects", "p27.md"), "w",
                  encoding="utf-8") as f:
            f.write("---\nnumber: 27\ntitle: โครงการใหม่\nkind: activity\ndimension: 1\n"
                    "mission: \"1.1\"\nbudget: {2567: 1000}\n---\n")
        with open(os.path.join(added, "content", "plans", PLAN, "reports", "2567-12-month.json"),
                  encoding="utf-8") as f:
            entries = len(json.load(f)["entries"])
        out = run("export", "report", PLAN, "2567-12-month", "--xlsx",
                  os.path.join(work, "added.xlsx"), added)
        assert f"report 2567-12-month: {entries + 1} rows" in out, out

        # A changed sheet: the dry run lists the change and writes nothing; the import then
        # changes only the budget line and keeps the hand-written body.
        csv = os.path.join(work, "plan.csv")
        with open(csv, "w", encoding="utf-8-sig") as f:
            f.write("ลำดับ,มิติ,ภารกิจ,โครงการ/กิจกรรม/มาตรการ,ปี 2566,ปี 2567,ปี 2568,ปี 2569,ปี 2570,รหัส\n")
            f.write('21,2,2.4,โครงการพัฒนาระบบบริการประชาชนออนไลน์ (E-Service) ของเทศบาลตำบลหนองบัวทอง,-,"๒๕,๐๐๐",12000,10000,10000,p21\n')
        project = os.path.join(site, "content", "plans", PLAN, "projects", "p21.md")
        with open(project, encoding="utf-8") as f:
            before = f.read()
        out = run("import", "plan", csv, "--plan", PLAN, site, "--dry-run")
        assert "p21.md: changed: budget" in out and "dry run: nothing written" in out, out
        with open(project, encoding="utf-8") as f:
            assert f.read() == before, "the dry run wrote"
        run("import", "plan", csv, "--plan", PLAN, site)
        with open(project, encoding="utf-8") as f:
            after = f.read()
        expected = before.replace("budget: {2566: null, 2567: 25000, 2568: 10000,",
                                  "budget: {2566: null, 2567: 25000, 2568: 12000,")
        assert after == expected, after

        # Every problem with its cell, all at once, and nothing written.
        bad = os.path.join(work, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("ลำดับ,โครงการ,สถานะ,งบประมาณ,เบิกจ่าย,หมายเหตุ\n")
            f.write("1,x,เสร็จไปแล้วครับ,0,0,\n")
            f.write("2,x,ดำเนินการแล้วเสร็จ,0,สองหมื่น,\n")
            f.write("99,x,ดำเนินการแล้วเสร็จ,0,0,\n")
        snapshot = os.path.join(work, "snapshot")
        shutil.copytree(os.path.join(site, "content"), snapshot)
        out = run("import", "report", bad, "--plan", PLAN, "--id", "2567-6-month", site, expect=1)
        for line in ('bad.csv!C2: error: "เสร็จไปแล้วครับ" is not a status',
                     'bad.csv!E3: error: "สองหมื่น" is not an amount in baht',
                     "bad.csv!A4: error: the plan has no project numbered 99",
                     "import: 3 errors; nothing written"):
            assert line in out, f"missing {line!r} in\n{out}"
        assert same_tree(snapshot, os.path.join(site, "content")), "an import with errors wrote"

        # A report form saved as CSV by Thai Windows (Windows-874), with the form's four status
        # columns ticked, Thai digits and thousands separators.
        site = site_copy(work, "windows-874")
        run("import", "report", os.path.join(FIXTURES, "report-windows-874.csv"), "--plan", PLAN,
            "--id", "2568-6-month", site)
        with open(os.path.join(site, "content", "plans", PLAN, "reports", "2568-6-month.json"),
                  encoding="utf-8") as f, \
                open(os.path.join(FIXTURES, "report-windows-874.expected.json"), encoding="utf-8") as g:
            assert f.read() == g.read(), "the Windows-874 CSV imported to other content"

        # The plan workbook as LibreOffice saves it imports back unchanged.
        libreoffice = os.path.join(FIXTURES, "plan-libreoffice.xlsx")
        if os.path.exists(libreoffice):
            site = site_copy(work, "libreoffice")
            out = run("import", "plan", libreoffice, "--plan", PLAN, site)
            assert "0 created, 0 changed, 26 unchanged" in out, out
            assert same_tree(os.path.join(REPO, "content"), os.path.join(site, "content"))
            out = run("import", "report", os.path.join(FIXTURES, "report-libreoffice.xlsx"),
                      "--plan", PLAN, "--id", "2567-6-month", site)
            assert "0 created, 0 changed, 1 unchanged" in out, out
            assert same_tree(os.path.join(REPO, "content"), os.path.join(site, "content"))
        else:
            sys.exit("tests/fixtures/plan-libreoffice.xlsx is missing")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("ok")


main()
