#!/usr/bin/env python3
"""Thai as the documents write it, on the built pages (the real binary, the example site and
copies of it): announcement dates, signature blocks, "–" for a year where nothing is planned,
no internal ids, no label without its value, no address part twice."""

import csv
import html as html_lib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from page_text import page_text

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
PLAN = "plans/2566-2570"


def run(*args):
    return subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def copy_site(into):
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    return site


def edit_json(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def build(site):
    result = run("build", site)
    assert result.returncode == 0, result.stdout
    return site / "output"


def visible_text(page):
    """What a reader sees: the text outside tags, and the attributes that are read out."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    said = " ".join(re.findall(r'\b(?:alt|title|aria-label)="([^"]*)"', text))
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", text) + " " + said)


def footer(page):
    return re.search(r'<footer class="site-footer">.*?</footer>', page, re.S).group(0)


def signature(page):
    return re.search(r'<div class="signature">.*?</div>', page, re.S).group(0)


class ExampleSite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.out = Path(cls.tmp.name) / "output"
        result = run("build", REPO, "--output", cls.out)
        assert result.returncode == 0, result.stdout

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def read(self, path):
        return page_text(self.out / path)

    def test_the_plan_is_announced_and_signed_as_on_paper(self):
        block = signature(self.read(f"{PLAN}/index.html"))
        self.assertIn('ประกาศ ณ วันที่ <time datetime="2022-09-23">23 กันยายน พ.ศ. 2565</time>', block)
        # A line to sign on, then the name in parentheses on its own line, then the position.
        self.assertRegex(block, r'class="signature-line"[^>]*></p>\s*'
                                r'<p class="signer">\(นายธนพล บุญประคอง\)</p>\s*'
                                r'<p class="signer-position">นายกเทศมนตรีตำบลหนองบัวทอง</p>')

    def test_the_notice_is_signed_as_on_paper_in_both_languages(self):
        block = signature(self.read("notices/no-gift-policy/index.html"))
        self.assertIn("ประกาศ ณ วันที่ <time datetime=\"2024-10-01\">1 ตุลาคม พ.ศ. 2567</time>", block)
        self.assertRegex(block, r'<p class="signer">\(นายธนพล บุญประคอง\)</p>\s*'
                                r'<p class="signer-position">นายกเทศมนตรีตำบลหนองบัวทอง</p>')
        english = signature(self.read("en/notices/no-gift-policy/index.html"))
        self.assertIn('Announced on <time datetime="2024-10-01">1 October 2024</time>', english)
        self.assertIn("(Mr. Thanaphon Bunprakhong)", english)
        self.assertNotIn("พ.ศ.", english)

    def test_the_home_page_dates_the_notice_as_announced(self):
        self.assertIn('ประกาศ ณ วันที่ <time datetime="2024-10-01">1 ตุลาคม พ.ศ. 2567</time>',
                      self.read("index.html"))
        self.assertIn('Announced on <time datetime="2024-10-01">1 October 2024</time>',
                      self.read("en/index.html"))

    def test_a_report_names_who_prepared_it_under_a_signature_line(self):
        page = self.read(f"{PLAN}/reports/2567-12-month/index.html")
        self.assertRegex(signature(page), r'<p class="signer-role">ผู้รายงาน</p>\s*'
                                          r'<p class="signature-line"[^>]*></p>\s*'
                                          r'<p class="signer">\(นางสาวพิมพ์ชนก ทองใบศรี\)</p>\s*'
                                          r'<p class="signer-position">นิติกรปฏิบัติการ</p>')

    def test_a_year_where_nothing_is_planned_shows_a_dash_not_zero(self):
        page = self.read(f"{PLAN}/index.html")
        # Mission 1.2's two projects are planned from 2567 on; in 2566 the mission has nothing.
        row = re.search(r'<tr class="subtotal"><th scope="row" colspan="2">รวมภารกิจ 1\.2 .*?</tr>',
                        page, re.S).group(0)
        cells = re.findall(r'<td class="num[^"]*">(.*?)</td>', row)
        self.assertTrue(cells[0].startswith("–"), row)
        self.assertIn("not-planned", row)
        self.assertEqual(cells[1], "35,000.00")
        # 0.00 stays where projects are planned without money.
        self.assertIn('<td class="num">0.00</td>', page)
        data = json.loads(self.read(f"data/{PLAN}/plan.json"))
        mission = next(m for d in data["dimensions"] for m in d["missions"] if m["number"] == "1.2")
        self.assertIsNone(mission["totals"]["by_year"]["2566"])
        self.assertEqual(mission["totals"]["by_year"]["2567"], 35000)
        rows = list(csv.DictReader(io.StringIO(self.read(f"data/{PLAN}/totals.csv").lstrip("\ufeff"))))
        row = next(r for r in rows if r["ระดับ"] == "mission" and r["ภารกิจ"] == "1.2")
        self.assertEqual(row["งบประมาณ 2566"], "")
        self.assertEqual(row["งบประมาณ 2567"], "35000.00")
        self.assertEqual(rows[-1]["ระดับ"], "plan")
        self.assertIn(f'href="../../data/{PLAN}/totals.csv"', page)

    def test_no_internal_id_is_shown_outside_the_oit_page(self):
        checked = 0
        for path in self.out.rglob("*.html"):
            relative = path.relative_to(self.out).as_posix()
            if relative.startswith("oit/"):
                continue
            page = path.read_text(encoding="utf-8")
            self.assertNotIn("ita-2566", page, relative)
            text = visible_text(page)
            self.assertNotRegex(text, r"\bita-\d{4}\b|content/|\.md\b|plan\.json", relative)
            checked += 1
        self.assertGreater(checked, 40)

    def test_the_oit_is_named_in_full_in_the_navigation(self):
        home = self.read("index.html")
        self.assertRegex(home, r'<a href="oit/">แบบวัดการเปิดเผยข้อมูลสาธารณะ \(OIT\)</a>')
        self.assertIn("แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)", self.read("ita/2568/index.html"))

    def test_the_footer_address_names_each_place_once(self):
        line = re.search(r'<p class="footer-name">.*?</p>\s*<p>(.*?)</p>', self.read("index.html"),
                         re.S).group(1)
        self.assertEqual(line, "199 หมู่ที่ 6 ถนนหนองบัวทอง–ดอนแก้ว ตำบลหนองบัวทอง "
                               "อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น")


class ChangedSites(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.site = copy_site(self.tmp.name)
        self.config = self.site / "content/site.json"

    def tearDown(self):
        self.tmp.cleanup()

    def test_no_footer_label_without_its_value(self):
        def drop_contacts(config):
            for key in ["phone", "email", "address", "district", "province"]:
                config["organization"].pop(key)
        edit_json(self.config, drop_contacts)
        out = build(self.site)
        for page in ["index.html", f"{PLAN}/index.html", "en/index.html", "404.html"]:
            text = footer(page_text(out / page))
            for label in ["โทรศัพท์", "อีเมล", "Phone", "Email", "E-mail", "mailto:"]:
                self.assertNotIn(label, text, page)
            self.assertNotRegex(text, r"<p>\s*</p>", page)

    def test_an_empty_phone_is_no_phone(self):
        edit_json(self.config, lambda config: config["organization"].update(phone="", email=" "))
        text = footer(page_text(build(self.site) / "index.html"))
        self.assertNotIn("โทรศัพท์", text)
        self.assertNotIn("อีเมล", text)

    def test_an_address_that_names_district_and_province_is_not_followed_by_them(self):
        edit_json(self.config, lambda config: config["organization"].update(
            address="99 หมู่ที่ 1 ตำบลหนองบัวทอง อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น 40000",
            district="ดอนแก้วเหนือ", province="ขอนแก่น"))
        text = footer(page_text(build(self.site) / "index.html"))
        self.assertIn("<p>99 หมู่ที่ 1 ตำบลหนองบัวทอง อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น 40000</p>", text)
        self.assertEqual(text.count("ดอนแก้วเหนือ"), 1)

    def test_thai_numerals_in_the_announcement_date(self):
        edit_json(self.config, lambda config: config.update(numerals="thai"))
        out = build(self.site)
        block = signature(page_text(out / f"{PLAN}/index.html"))
        self.assertIn("๒๓ กันยายน พ.ศ. ๒๕๖๕", block)
        english = signature(page_text(out / "en/notices/no-gift-policy/index.html"))
        self.assertIn("1 October 2024", english)

    def test_a_plan_announced_without_a_signer_shows_no_empty_signature(self):
        edit_json(self.site / f"content/{PLAN}/plan.json",
                  lambda plan: plan["announced"].update(by="", position=""))
        page = page_text(build(self.site) / f"{PLAN}/index.html")
        block = signature(page)
        self.assertIn("23 กันยายน พ.ศ. 2565", block)
        self.assertNotIn("signer", block)
        self.assertNotIn("()", page)

    def test_home_shows_no_heading_over_an_empty_list(self):
        shutil.rmtree(self.site / "content/news")
        shutil.rmtree(self.site / "content/pages")
        out = build(self.site)
        home = page_text(out / "index.html")
        self.assertNotIn("ข่าวกิจกรรมล่าสุด", home)
        self.assertNotIn("ข้อมูลอื่น ๆ", home)
        self.assertNotIn('href="news/"', home)   # the news list is not built without news
        self.assertFalse((out / "news").exists())
        self.assertIn("แผนปฏิบัติการป้องกันการทุจริต", home)


if __name__ == "__main__":
    unittest.main(verbosity=2)
