#!/usr/bin/env python3
"""The README's walk-through ("Make your own site"), followed end to end: every `oitgen` line of
its block runs, in order, in the folder the block's `cd` leads to, with the current fiscal year
in place of the README's 2570. Where the README has the clerk fill in a workbook, this test fills
its cells as a spreadsheet program saves them (strings in the shared-string table, numbers as
numbers); where it has the clerk fill in the blanks, the test replaces them. Each step's result is
checked in the content files, and the built site shows what was typed.

    tests/walkthrough_test.py OITGEN
"""

import datetime
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from page_text import page_text

OITGEN = Path(sys.argv[1]).resolve()
REPO = Path(__file__).resolve().parent.parent
README_YEAR = "2570"


def fiscal_year(today):
    """The Thai fiscal year (Buddhist Era) of a date: it begins on 1 October."""
    return today.year + 543 + (1 if today.month >= 10 else 0)


def walkthrough_lines():
    """The command lines of the README's walk-through block, comments left out."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    marker = text.index("<!-- walkthrough:")
    block = re.search(r"```sh\n(.*?)```", text[marker:], re.S)
    assert block, "README.md: no ```sh block after the walkthrough marker"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


class Workbook:
    """An XLSX file as oitgen export writes it, edited cell by cell."""

    def __init__(self, path):
        self.path = Path(path)
        with zipfile.ZipFile(self.path) as z:
            self.parts = {name: z.read(name) for name in z.namelist()}
        self.sheet = self.parts["xl/worksheets/sheet1.xml"].decode("utf-8")
        self.strings = self.parts["xl/sharedStrings.xml"].decode("utf-8")

    def text(self, index):
        items = re.findall(r"<si>(.*?)</si>", self.strings, re.S)
        return "".join(re.findall(r"<t[^>]*>(.*?)</t>", items[index], re.S))

    def header(self):
        """Column letter of each head of row 2 (ลำดับ, โครงการ ...)."""
        row = re.search(r'<row r="2"[^>]*>(.*?)</row>', self.sheet, re.S).group(1)
        return {self.text(int(v)): col
                for col, v in re.findall(r'<c r="([A-Z]+)2"[^>]*t="s"[^>]*><v>(\d+)</v></c>', row)}

    def rows(self):
        return [int(r) for r in re.findall(r'<row r="(\d+)"', self.sheet)]

    def cell_text(self, ref):
        found = re.search(r'<c r="%s"[^>]*t="s"[^>]*><v>(\d+)</v></c>' % ref, self.sheet)
        return self.text(int(found.group(1))) if found else None

    def _string_index(self, value):
        count = len(re.findall(r"<si>", self.strings))
        self.strings = self.strings.replace(
            "</sst>", "<si><t>%s</t></si></sst>" % escape(value))
        self.strings = re.sub(r'uniqueCount="\d+"', 'uniqueCount="%d"' % (count + 1), self.strings)
        return count

    def set(self, ref, value):
        """Sets a cell, as Excel saves it: a number as a number, a text in the string table."""
        if isinstance(value, (int, float)):
            cell = '<c r="%s"><v>%s</v></c>' % (ref, value)
        else:
            cell = '<c r="%s" t="s"><v>%d</v></c>' % (ref, self._string_index(value))
        row = int(re.search(r"\d+", ref).group(0))
        existing = r'<c r="%s"(?: [^>]*)?(?:/>|>.*?</c>)' % ref
        if re.search(existing, self.sheet):
            self.sheet = re.sub(existing, lambda _: cell, self.sheet, count=1)
        elif re.search(r'<row r="%d"' % row, self.sheet):
            self.sheet = re.sub(r'(<row r="%d"[^>]*>.*?)(</row>)' % row,
                                lambda m: m.group(1) + cell + m.group(2), self.sheet, count=1,
                                flags=re.S)
        else:
            self.sheet = self.sheet.replace("</sheetData>",
                                            '<row r="%d">%s</row></sheetData>' % (row, cell))

    def save(self):
        self.parts["xl/worksheets/sheet1.xml"] = self.sheet.encode("utf-8")
        self.parts["xl/sharedStrings.xml"] = self.strings.encode("utf-8")
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.parts.items():
                z.writestr(name, data)


PROJECTS = {  # ลำดับ: (name, budget of the current year)
    1: ("โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงานเทศบาล", 20000),
    2: ("มาตรการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง", 0),
    3: ("กิจกรรมส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการปฏิบัติงาน", 15000),
    4: ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", 0),
}
NEW_PROJECT = ("โครงการส่งเสริมความโปร่งใสในการปฏิบัติงานของศูนย์พัฒนาเด็กเล็ก", 12500)


def fill_plan(path, year):
    book = Workbook(path)
    head = book.header()
    budget = head["ปี %d (บาท)" % year]
    rows = book.rows()[2:]
    for row in rows:
        number = int(re.search(r'<c r="A%d"[^>]*><v>(\d+)</v>' % row, book.sheet).group(1))
        name, amount = PROJECTS[number]
        book.set("%s%d" % (head["โครงการ/กิจกรรม/มาตรการ"], row), name)
        book.set("%s%d" % (budget, row), amount)
    # A further project of dimension 1, mission 1.1: a row of its own, without a รหัส.
    new_row = max(rows) + 1
    book.set("%s%d" % (head["ลำดับ"], new_row), 5)
    book.set("%s%d" % (head["มิติ"], new_row), 1)
    book.set("%s%d" % (head["ภารกิจ"], new_row), "1.1")
    book.set("%s%d" % (head["โครงการ/กิจกรรม/มาตรการ"], new_row), NEW_PROJECT[0])
    book.set("%s%d" % (budget, new_row), NEW_PROJECT[1])
    book.save()


def fill_report(path):
    book = Workbook(path)
    head = book.header()
    for row in book.rows()[2:]:
        name = book.cell_text("%s%d" % (head["โครงการ"], row))
        if name == PROJECTS[1][0]:
            book.set("%s%d" % (head["สถานะ"], row), "ดำเนินการแล้วเสร็จ")
            book.set("%s%d" % (head["เบิกจ่าย (บาท)"], row), 19500)
        elif name == NEW_PROJECT[0]:
            book.set("%s%d" % (head["สถานะ"], row), "อยู่ระหว่างดำเนินการ")
            book.set("%s%d" % (head["เบิกจ่าย (บาท)"], row), 4000)
    book.save()


def fill_blanks(content):
    """The clerk's words in place of every ……… left in the text files."""
    for path in sorted(content.rglob("*")):
        if path.suffix in (".md", ".json") and path.is_file():
            text = path.read_text(encoding="utf-8")
            if "………" in text:
                path.write_text(re.sub(r"…+", "นายสมชาย ใจดี", text), encoding="utf-8")


def main():
    year = fiscal_year(datetime.datetime.utcnow() + datetime.timedelta(hours=7))
    lines = walkthrough_lines()
    assert any(line.startswith("oitgen new ") for line in lines), lines
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        env = dict(os.environ, LANG="C.UTF-8")
        env.pop("OITGEN_LANG", None)
        for line in lines:
            line = line.replace(README_YEAR, str(year))
            words = shlex.split(line)
            if words[0] == "cd":
                cwd = cwd / words[1]
                continue
            assert words[0] == "oitgen", "README walk-through: not an oitgen line: " + line
            if words[1:3] == ["import", "plan"] and "--dry-run" in words:
                fill_plan(cwd / words[3], year)
            elif words[1:3] == ["import", "report"]:
                fill_report(cwd / words[3])
            elif words[1] == "check":
                fill_blanks(cwd / "content")
            result = subprocess.run([str(OITGEN)] + words[1:], cwd=cwd, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
            print("$ " + line)
            print(result.stdout, end="")
            assert result.returncode == 0, "exit %d: %s" % (result.returncode, line)
            if words[1:3] == ["import", "plan"] and "--dry-run" in words:
                assert "dry run: nothing written" in result.stdout, result.stdout
                assert "p05.md: created" in result.stdout, result.stdout
            if words[1] == "check":
                assert "no problems found" in result.stdout, result.stdout
        site = cwd
        projects = site / "content/plans/2566-2570/projects"
        new_project = (projects / "p05.md").read_text(encoding="utf-8")
        assert NEW_PROJECT[0] in new_project and "%d: 12500" % year in new_project, new_project
        assert PROJECTS[1][0] in (projects / "p01.md").read_text(encoding="utf-8")
        report = (site / ("content/plans/2566-2570/reports/%d-6-month.json" % year)).read_text(
            encoding="utf-8")
        assert '"completed"' in report and "19500" in report and '"p05"' in report, report
        plan_page = page_text(site / "output/plans/2566-2570/index.html")
        for name, _ in list(PROJECTS.values()) + [NEW_PROJECT]:
            assert escape(name) in plan_page, name
        assert "47,500.00" in plan_page, "the year's total (20,000 + 15,000 + 12,500)"
        assert "………" not in page_text(site / "output/index.html")
        shutil.rmtree(site / "output")
    print("walkthrough: %d commands of README.md followed" % len(lines))


if __name__ == "__main__":
    main()
