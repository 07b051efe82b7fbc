#!/usr/bin/env python3
"""The printable documents of the example site (the real binary, poppler-utils to read them
back): each PDF holds the computed figures and the signers' names, embeds its fonts, is A4, is
the same bytes from the same content, is linked from its page and the OIT index, and is left out
with --no-pdf; an incremental build keeps the documents whose inputs did not change."""

import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib
from pathlib import Path

from page_text import page_text

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
PLAN = "plans/2566-2570"
DOCUMENTS = {
    f"{PLAN}/plan-2566-2570.pdf": f"{PLAN}/",
    f"{PLAN}/reports/2567-6-month/report-2567-6-month.pdf": f"{PLAN}/reports/2567-6-month/",
    f"{PLAN}/reports/2567-12-month/report-2567-12-month.pdf": f"{PLAN}/reports/2567-12-month/",
    "ita/2568/ita-measures-2568.pdf": "ita/2568/",
    "notices/no-gift-policy/no-gift-policy.pdf": "notices/no-gift-policy/",
}


def run(*args):
    return subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def tool(*args):
    return subprocess.run(list(map(str, args)), capture_output=True, text=True, check=True).stdout


def flat(text):
    """Text without white space: pdftotext puts spaces beside some Thai marks."""
    return re.sub(r"\s+", "", text)


def copy_site(into):
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    return site


def build(site, *args):
    result = run("build", site, *args)
    assert result.returncode == 0, result.stdout
    return result


def baht(satang_or_baht):
    return f"{satang_or_baht:,.2f}"


class ExampleDocuments(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.site = copy_site(cls.tmp.name)
        build(cls.site)
        cls.out = cls.site / "output"
        cls.text = {path: tool("pdftotext", "-layout", cls.out / path, "-")
                    for path in DOCUMENTS}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_document_is_a4_with_embedded_subset_fonts(self):
        for path in DOCUMENTS:
            info = tool("pdfinfo", self.out / path)
            self.assertIn("595.276 x 841.89 pts (A4)", info, path)
            self.assertIn("Creator:         oitgen", info, path)
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            sizes = re.findall(r"Page +\d+ size: +(.*)", tool("pdfinfo", "-f", "1", "-l", pages,
                                                                self.out / path))
            self.assertEqual(len(sizes), pages, path)
            for size in sizes:
                self.assertIn(size.strip(), ("595.276 x 841.89 pts (A4)",
                                             "841.89 x 595.276 pts (A4)"), path)
            # The ITA measures' table is an attachment turned sideways, as the paper forms print
            # it; the memo before it is upright.
            if path.startswith("ita/"):
                self.assertEqual(sizes[0].strip(), "595.276 x 841.89 pts (A4)", path)
                self.assertEqual(sizes[-1].strip(), "841.89 x 595.276 pts (A4)", path)
            else:
                self.assertNotIn("841.89 x 595.276 pts (A4)", sizes, path)
            fonts = tool("pdffonts", self.out / path).splitlines()[2:]
            self.assertTrue(fonts, path)
            self.assertIn("Laksaman", "".join(fonts), path)
            for line in fonts:
                # emb, sub, uni: yes yes yes
                self.assertRegex(line, r"\byes\s+yes\s+yes\b", path)

    def test_report_memo_holds_the_computed_figures_and_the_signers(self):
        for report in ("2567-6-month", "2567-12-month"):
            text = flat(self.text[f"{PLAN}/reports/{report}/report-{report}.pdf"])
            data = json.loads((self.out / "data" / "plans" / "2566-2570" / "reports" /
                               f"{report}.json").read_text(encoding="utf-8"))
            source = json.loads((REPO / "content" / PLAN / "reports" /
                                 f"{report}.json").read_text(encoding="utf-8"))
            summary = data
            # pdftotext writes some Thai marks out of order (ทั้ง as ทัง้): the words compared
            # here have none.
            self.assertIn(flat(f"{summary['planned_projects']} โครงการ โดยมี"), text)
            for status, count in summary["counts"].items():
                label = {"not_reported": "รอการรายงาน", "in_progress": "อยู่ระหว่างดำเนินการ",
                         "completed": "ดำเนินการแล้วเสร็จ",
                         "not_possible": "ไม่สามารถดำเนินการได้"}[status]
                self.assertIn(flat(f"{label} จำนวน {count} โครงการ"), text, report)
            self.assertIn(flat(f"{baht(summary['disbursed'])} บาท"), text)
            self.assertIn(flat(f"ร้อยละ {summary['implementation_level']:.2f}"), text)
            for person in [source["prepared_by"], *source["approvals"]]:
                self.assertIn(flat(f"({person['name']})"), text, report)
                self.assertIn(flat(person["position"]), text, report)
            self.assertIn(flat(source["memo"]["number"]), text)

    def test_plan_holds_the_computed_totals_and_the_declared_ones_that_differ(self):
        text = flat(self.text[f"{PLAN}/plan-2566-2570.pdf"])
        data = json.loads((self.out / "data" / "plans" / "2566-2570" / "plan.json")
                          .read_text(encoding="utf-8"))
        for year, amount in data["totals"]["by_year"].items():
            if amount is not None:
                self.assertIn(flat(baht(amount)), text, year)
        plan = json.loads((REPO / "content" / PLAN / "plan.json").read_text(encoding="utf-8"))
        self.assertIn(flat(f"({plan['announced']['by']})"), text)
        # The example's printed totals agree with its projects: no declared row.
        self.assertNotIn("ตามแผนที่ประกาศ", text)

    def test_the_plan_says_its_years_once_when_its_title_has_them(self):
        text = flat(self.text[f"{PLAN}/plan-2566-2570.pdf"])
        plan = json.loads((REPO / "content" / PLAN / "plan.json").read_text(encoding="utf-8"))
        self.assertIn("2566", plan["title"]["th"])  # the example's title ends with its years
        cover, announcement = text.split("ประกาศ", 1)[0], text.split("ประกาศ", 1)[1]
        self.assertEqual(cover.count("2570"), 1, cover)
        body = announcement[announcement.index("ได้จัดทำ"):announcement.index("ให้สอดคล้อง")]
        self.assertEqual(body.count("2570"), 1, body)
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            path = site / "content" / PLAN / "plan.json"
            data = json.loads(path.read_text(encoding="utf-8"))
            data["title"]["th"] = "แผนปฏิบัติการป้องกันการทุจริต"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            build(site)
            text = flat(tool("pdftotext", site / "output" / f"{PLAN}/plan-2566-2570.pdf", "-"))
            # A title without its years gets them, on the cover and in the announcement.
            self.assertIn(flat("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566"), text)
            self.assertIn("ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต(พ.ศ.2566", text)

    def test_ita_report_and_notice_hold_their_measures_and_signers(self):
        ita = json.loads((REPO / "content" / "ita" / "2568.json").read_text(encoding="utf-8"))
        text = flat(self.text["ita/2568/ita-measures-2568.pdf"])
        self.assertIn(flat(f"จำนวน {len(ita['measures'])} มาตรการ"), text)
        self.assertIn(flat(f"คะแนน {ita['score']:.2f} ระดับ {ita['level']}"), text)
        for person in [ita["prepared_by"], *ita["approvals"]]:
            self.assertIn(flat(f"({person['name']})"), text)
        notice = flat(self.text["notices/no-gift-policy/no-gift-policy.pdf"])
        self.assertIn(flat("(นายธนพล บุญประคอง)"), notice)
        self.assertIn(flat("ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2567"), notice)

    def test_table_cells_keep_their_words_whole(self):
        # With -layout each cell line is kept as it is set: a word broken in a narrow column
        # would come out in pieces ("ลำ", "ดับ"; "รับผิดชอ", "บ").
        text = self.text["ita/2568/ita-measures-2568.pdf"]
        for word in ("ลำดับ", "ผู้รับผิดชอบ", "ระยะเวลา"):
            self.assertIn(word, text)

    def test_pages_and_the_oit_index_link_the_documents(self):
        for path, page in DOCUMENTS.items():
            html = page_text(self.out / page / "index.html")
            name = path.rsplit("/", 1)[1]
            size = -(-(self.out / path).stat().st_size // 1024)
            self.assertRegex(html, rf'href="[^"]*{re.escape(name)}" download type="application/pdf">'
                                   rf'ดาวน์โหลดเอกสารฉบับพิมพ์ \(PDF, {size:,} กิโลไบต์\)', path)
        english = page_text(self.out / "en" / PLAN / "index.html")
        self.assertIn("Download the printable document (PDF, in Thai,", english)
        oit = page_text(self.out / "oit" / "index.html")
        self.assertIn("plan-2566-2570.pdf", oit)

    def test_the_same_content_gives_the_same_bytes(self):
        with tempfile.TemporaryDirectory() as tmp:
            other = copy_site(tmp)
            build(other)
            for path in DOCUMENTS:
                self.assertEqual((self.out / path).read_bytes(),
                                 (other / "output" / path).read_bytes(), path)


def png(width, height):
    """A small opaque PNG, red, made here so that the test needs no image file."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\xc0\x10\x10" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


class Emblem(unittest.TestCase):
    def test_the_emblem_heads_the_memo_the_plan_and_the_notice(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            static = site / "content" / "static"
            static.mkdir(exist_ok=True)
            (static / "emblem.png").write_bytes(png(40, 44))
            build(site)
            for path in DOCUMENTS:
                images = tool("pdfimages", "-list", site / "output" / path).splitlines()[2:]
                # The plan has it on its cover and its ประกาศ; the others at their head.
                self.assertEqual(len(images), 2 if path.startswith(PLAN + "/plan-") else 1, path)
                for image in images:
                    self.assertRegex(image, r"\b40\s+44\s+rgb\b", path)

    def test_no_emblem_no_image(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertFalse((site / "content" / "static" / "emblem.png").exists())
            build(site)
            for path in DOCUMENTS:
                self.assertEqual(tool("pdfimages", "-list", site / "output" / path)
                                 .splitlines()[2:], [], path)


class Options(unittest.TestCase):
    def test_no_pdf_leaves_the_documents_and_their_links_out(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            build(site, "--no-pdf")
            out = site / "output"
            self.assertEqual(list(out.rglob("*.pdf")), [])
            self.assertNotIn(".pdf", page_text(out / PLAN / "index.html"))

    def test_a_declared_total_that_differs_is_printed_beside_the_computed_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            plan_file = site / "content" / PLAN / "plan.json"
            plan = json.loads(plan_file.read_text(encoding="utf-8"))
            plan["declared_totals"]["budget"]["2566"] = 135000
            plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
            build(site)
            text = flat(tool("pdftotext", site / "output" / f"{PLAN}/plan-2566-2570.pdf", "-"))
            self.assertIn("ตามแผนที่ประกาศ", text)
            self.assertIn("135,000.00", text)
            self.assertIn("145,000.00", text)

    def test_a_declared_project_count_that_differs_is_printed_beside_the_computed_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            plan_file = site / "content" / PLAN / "plan.json"
            plan = json.loads(plan_file.read_text(encoding="utf-8"))
            plan["declared_totals"]["projects"] = 62
            plan["declared_totals"]["preface_projects"] = 61
            plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
            build(site)
            text = flat(tool("pdftotext", site / "output" / f"{PLAN}/plan-2566-2570.pdf", "-"))
            self.assertIn(flat("รวมจำนวน 26 โครงการ"), text)  # computed from the 26 files
            self.assertIn(flat("ตามแผนที่ประกาศ 62 โครงการ"), text)
            self.assertIn(flat("ตามบทนำของแผน 61 โครงการ"), text)

    def test_incremental_build_renders_only_the_documents_that_depend_on_a_change(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            build(site)
            out = site / "output"
            before = {path: (out / path).read_bytes() for path in DOCUMENTS}
            self.assertIn("unchanged", build(site).stdout)
            project = site / "content" / PLAN / "projects" / "p05.md"
            project.write_text(project.read_text(encoding="utf-8").replace(
                "title:", "title: ปรับปรุง", 1), encoding="utf-8")
            build(site)
            plan_text = flat(tool("pdftotext", out / f"{PLAN}/plan-2566-2570.pdf", "-"))
            self.assertIn("ปรับปรุง", plan_text)
            self.assertEqual(before["notices/no-gift-policy/no-gift-policy.pdf"],
                             (out / "notices/no-gift-policy/no-gift-policy.pdf").read_bytes())
            # The tree is the one a clean build makes.
            with tempfile.TemporaryDirectory() as clean_tmp:
                clean = Path(clean_tmp) / "site"
                shutil.copytree(site / "content", clean / "content")
                build(clean)
                for path in DOCUMENTS:
                    self.assertEqual((out / path).read_bytes(),
                                     (clean / "output" / path).read_bytes(), path)
                for page in set(DOCUMENTS.values()):
                    self.assertEqual((out / page / "index.html").read_bytes(),
                                     (clean / "output" / page / "index.html").read_bytes(), page)


if __name__ == "__main__":
    unittest.main()
