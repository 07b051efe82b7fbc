#!/usr/bin/env python3
"""Integration tests of `oitgen build`: the real binary on the example site and on copies of it."""

import csv
import fcntl
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

from page_text import page_text

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
PLAN = "plans/2566-2570"


def run(*args, cwd=None):
    return subprocess.run([str(OITGEN), *map(str, args)], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def copy_site(into):
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    return site


def set_config(site, key, value):
    config_file = site / "content/site.json"
    config = json.loads(config_file.read_text(encoding="utf-8"))
    config[key] = value
    config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")


def tree_digest(folder):
    digest = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            digest[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest


class ExampleSite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.out = Path(cls.tmp.name) / "output"
        result = run("build", REPO, "--output", cls.out)
        assert result.returncode == 0, result.stdout
        cls.build_message = result.stdout

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def read(self, path):
        return page_text(self.out / path)

    def test_every_page_exists(self):
        pages = ["", f"{PLAN}/", "ita/2567/", "ita/2568/", "ita/2569/", "notices/no-gift-policy/",
                 "pages/about/", "pages/code-of-conduct/", "news/", "en/", "en/notices/no-gift-policy/",
                 f"{PLAN}/reports/2567-6-month/", f"{PLAN}/reports/2567-12-month/",
                 f"en/{PLAN}/projects/p12/", "oit/"]
        pages += [f"{PLAN}/projects/p{n:02d}/" for n in range(1, 27)]
        pages += [f"news/{p.stem}/" for p in (REPO / "content/news").glob("*.md") if ".en." not in p.name]
        for page in pages:
            self.assertTrue((self.out / page / "index.html").is_file(), page)
        for file in ["404.html", "sitemap.xml", "feed.xml", "robots.txt", "assets/style.css"]:
            self.assertTrue((self.out / file).is_file(), file)
        self.assertIn("built", self.build_message)

    def test_plan_shows_computed_totals(self):
        html = self.read(f"{PLAN}/index.html")
        # The example's projects add up to these per year; the grand total over all years.
        for total in ["145,000.00", "200,000.00", "175,000.00", "135,000.00", "165,000.00", "820,000.00"]:
            self.assertIn(total, html)
        self.assertIn("26 โครงการ", html.replace("จำนวนโครงการ", "โครงการ"))

    def test_reports_show_counts_level_and_disbursement(self):
        html = self.read(f"{PLAN}/reports/2567-12-month/index.html")
        self.assertIn("90.00", html)          # (21 + 3/2) / 25
        self.assertIn("190,000.00", html)     # budget
        self.assertIn("138,000.00", html)     # disbursed
        self.assertIn("72.63", html)          # percent disbursed
        self.assertRegex(html, r'<td class="num">21</td>')
        six = self.read(f"{PLAN}/reports/2567-6-month/index.html")
        self.assertIn("66.00", six)           # (10 + 13/2) / 25

    def test_reports_count_only_the_projects_planned_in_their_year(self):
        # p26 was added on 2024-06-20 for 2568 onward: the 6-month report of 2567 leaves it out,
        # the 12-month one lists it as not_planned. Both count the 25 projects planned for 2567.
        twelve = self.read(f"{PLAN}/reports/2567-12-month/index.html")
        six = self.read(f"{PLAN}/reports/2567-6-month/index.html")
        for html in (twelve, six):
            self.assertIn("จากโครงการที่บรรจุในแผนปี 2567 จำนวน 25 โครงการ", html)
            self.assertIn("÷ จำนวนโครงการที่บรรจุในแผนปีนี้ × 100", html)
            self.assertRegex(html, r'<tfoot><tr><th scope="row">[^<]*</th><td class="num">25</td>')
        self.assertNotIn("projects/p26/", six)
        self.assertNotIn("(ตั้งต้น)", six)
        row = re.search(r'<tr class="not-counted">.*?</tr>', twelve).group(0)
        self.assertIn("projects/p26/", row)
        self.assertIn('<span class="added">เพิ่มเติม <time datetime="2024-06-20">20 มิถุนายน 2567</time></span>', row)
        self.assertIn('<span class="status status-not_planned">ไม่ได้บรรจุในแผนปีนี้</span>', row)
        # Neither budget nor disbursed (each cell labelled for the phone's card layout).
        self.assertEqual(len(re.findall(r'<td class="num"[^>]*>–</td>', row)), 2)
        self.assertEqual(twelve.count("(ตั้งต้น)"), 25)
        self.assertIn("ไม่นับรวมโครงการที่ไม่ได้บรรจุในแผนปี 2567 ซึ่งแสดงไว้ในรายงาน 1 โครงการ", twelve)
        data = json.loads(self.read(f"data/{PLAN}/reports/2567-12-month.json"))
        self.assertEqual(data["planned_projects"], 25)
        self.assertEqual(data["not_counted"], 1)
        self.assertEqual(data["entries_count"], 25)
        entry = [e for e in data["entries"] if e["project"] == "p26"][0]
        self.assertEqual(entry, {"project": "p26", "status": "not_planned", "budget": None, "disbursed": 0.0,
                                 "note": entry["note"], "counted": False, "added": "2024-06-20"})
        self.assertTrue(all(e["counted"] for e in data["entries"] if e["project"] != "p26"))
        rows = list(csv.DictReader(io.StringIO(self.read(f"data/{PLAN}/reports/2567-12-month.csv")[1:])))
        self.assertEqual([(r["สถานะ"], r["นับในผลการดำเนินงาน"], r["วันที่เพิ่มเติม"]) for r in rows
                          if r["รหัสโครงการ"] == "p26"],
                         [("not_planned", "false", "2024-06-20")])

    def test_added_projects_are_marked_on_plan_and_project_pages(self):
        added = '<span class="added">เพิ่มเติม <time datetime="2024-06-20">20 มิถุนายน 2567</time></span>'
        self.assertEqual(self.read(f"{PLAN}/index.html").count(added), 1)
        project = self.read(f"{PLAN}/projects/p26/index.html")
        self.assertIn(added, project)
        self.assertIn("ไม่ได้บรรจุในแผนปีนี้", project)  # its entry in the 12-month report
        self.assertNotIn('class="added"', self.read(f"{PLAN}/projects/p25/index.html"))
        plan = json.loads(self.read(f"data/{PLAN}/plan.json"))
        self.assertEqual({p["id"]: p["added"] for p in plan["projects"] if p["added"]}, {"p26": "2024-06-20"})

    def test_ita_page_shows_score_level_and_target(self):
        html = self.read("ita/2568/index.html")
        self.assertIn("95.54", html)
        self.assertIn("level-badge\">ผ่านดี<", html)  # as announced
        self.assertIn("75.00", html)          # the plan's target for 2568

    def test_charts_are_valid_svg_with_title_and_description(self):
        charts = 0
        for page in self.out.rglob("*.html"):
            for svg in re.findall(r"<svg\b.*?</svg>", page.read_text(encoding="utf-8"), re.S):
                root = ET.fromstring(svg)
                ns = "{http://www.w3.org/2000/svg}"
                self.assertEqual(root.tag, ns + "svg")
                self.assertIsNotNone(root.find(ns + "title"), page)
                self.assertIsNotNone(root.find(ns + "desc"), page)
                self.assertEqual(root.get("role"), "img")
                charts += 1
        self.assertGreaterEqual(charts, 5)

    def test_dates_and_fiscal_years_are_thai(self):
        html = self.read(f"{PLAN}/reports/2567-12-month/index.html")
        self.assertIn("15 ตุลาคม 2567", html)         # as_of 2024-10-15
        self.assertIn("ปีงบประมาณ พ.ศ. 2567", html)
        english = self.read("en/notices/no-gift-policy/index.html")
        self.assertIn('lang="en"', english)
        self.assertIn("1 October 2024", english)

    def test_notice_in_both_languages_and_linked_from_every_page(self):
        for page in self.out.rglob("index.html"):
            html = page_text(page)
            if "page-notice" in html:
                continue
            self.assertIn("notices/no-gift-policy/", html, page)
        thai = self.read("notices/no-gift-policy/index.html")
        self.assertIn('hreflang="en"', thai)
        self.assertIn("@media print", self.read("assets/style.css"))
        self.assertIn("size: A4", self.read("assets/style.css"))

    def test_open_data_mirrors_content(self):
        report = json.loads(self.read(f"data/{PLAN}/reports/2567-12-month.json"))
        self.assertAlmostEqual(report["implementation_level"], 90.0)
        self.assertEqual(report["counts"]["completed"], 21)
        self.assertEqual(report["budget"], 190000)
        raw = (self.out / f"data/{PLAN}/plan.csv").read_bytes()
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"), "CSV needs a BOM for Excel")
        rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
        self.assertEqual(len(rows), 27)
        self.assertEqual(rows[0][:3], ["ลำดับ", "รหัสโครงการ", "ชื่อโครงการ"])
        ita = json.loads(self.read("data/ita/2568.json"))
        self.assertEqual(ita["level"], "ผ่านดี")
        self.assertIn(f"data/{PLAN}/reports/2567-12-month.csv",
                      self.read(f"{PLAN}/reports/2567-12-month/index.html"))

    def test_sitemap_feed_and_robots_use_base_url(self):
        base = json.loads((REPO / "content/site.json").read_text(encoding="utf-8"))["base_url"]
        sitemap = ET.fromstring(self.read("sitemap.xml"))
        locs = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
        self.assertIn(base, locs)
        self.assertTrue(all(loc.startswith(base) for loc in locs))
        feed = ET.fromstring(self.read("feed.xml"))
        entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
        self.assertEqual(len(entries), 5)  # three news items and two reports
        self.assertIn("Sitemap: " + base + "sitemap.xml", self.read("robots.txt"))

    def test_every_internal_link_resolves(self):
        for page in self.out.rglob("*.html"):
            if page.name == "404.html":
                continue  # its links are absolute to the host path
            html = page_text(page)
            for link in re.findall(r'(?:href|src)="([^"#]+)"', html):
                if re.match(r"^[a-z]+:", link):
                    continue
                target = (page.parent / link).resolve()
                if link.endswith("/") or target.is_dir():
                    target = target / "index.html"
                self.assertTrue(target.is_file(), f"{page.relative_to(self.out)} links to missing {link}")


    def test_a_printed_total_that_differs_is_shown_beside_the_computed_one(self):
        # A copy whose plan prints 135,000 for 2566 where its projects add up to 145,000.
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            plan_file = site / f"content/{PLAN}/plan.json"
            plan = json.loads(plan_file.read_text(encoding="utf-8"))
            plan["declared_totals"]["budget"]["2566"] = 135000
            plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("declared total for 2566 is 135,000.00 but the projects add up to "
                          "145,000.00, a difference of 10,000.00; the plan page shows both",
                          result.stdout)
            out = site / "output"
            read = lambda path: page_text(out / path)
            html = read(f"{PLAN}/index.html")
            note = "ตามแผนที่ประกาศ 135,000.00 บาท; ผลรวมของรายการโครงการ 145,000.00 บาท"
            self.assertEqual(html.count('class="declared-note"'), 1, "agreeing figures add nothing")
            row = re.search(r'<tr class="grand-total">.*?</tr>', html, re.S).group(0)
            cells = re.findall(r'<td class="num[^"]*">(.*?)</td>', row)
            self.assertEqual(cells[0], f'145,000.00<span class="declared-note">{note}</span>')
            self.assertIn('class="declared-summary"', html)
            self.assertIn(f"data/{PLAN}/declared.csv", html)
            english = read(f"en/{PLAN}/index.html")
            self.assertIn("As announced in the plan: 135,000.00 baht; "
                          "sum of the listed projects: 145,000.00 baht", english)
            data = json.loads(read(f"data/{PLAN}/plan.json"))
            self.assertIn({"dimension": None, "figure": "budget", "year": 2566, "declared": 135000,
                           "computed": 145000, "difference": -10000, "differs": True},
                          data["declared"])
            self.assertIn({"dimension": 1, "figure": "projects", "year": None, "declared": 9,
                           "computed": 9, "difference": 0, "differs": False}, data["declared"])
            raw = (out / f"data/{PLAN}/declared.csv").read_bytes()
            self.assertTrue(raw.startswith(b"\xef\xbb\xbf"))
            rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
            self.assertEqual(rows[0], ["มิติ", "รายการ", "ปีงบประมาณ", "ตามแผนที่ประกาศ", "ผลรวมที่คำนวณ",
                                       "ผลต่าง"])
            self.assertIn(["", "budget", "2566", "135000.00", "145000.00", "-10000.00"], rows)
            self.assertIn(["1", "projects", "", "9", "9", "0"], rows)

    def test_printed_figures_that_agree_add_nothing_and_wrong_counts_are_shown(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            plan_file = site / f"content/{PLAN}/plan.json"
            plan = json.loads(plan_file.read_text(encoding="utf-8"))
            result = run("build", site, "--strict")
            self.assertEqual(result.returncode, 0, result.stdout)
            html = page_text(site / f"output/{PLAN}/index.html")
            self.assertNotIn("declared-note", html)
            self.assertNotIn("declared-summary", html)

            plan["declared_totals"]["dimensions"][0]["projects"] = 10
            plan["declared_totals"]["preface_projects"] = 62
            plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("declared count of projects in dimension 1 is 10 but the dimension has 9, "
                          "a difference of 1; the plan page shows both", result.stdout)
            self.assertIn("count of projects in the preface is 62 but the plan has 26, "
                          "a difference of 36; the plan page shows both", result.stdout)
            html = page_text(site / f"output/{PLAN}/index.html")
            dimension = re.findall(r'<tr class="dimension-total">.*?</tr>', html, re.S)[0]
            self.assertIn("ตามแผนที่ประกาศ 10 โครงการ; นับจากรายการโครงการ 9 โครงการ", dimension)
            total = re.search(r'<tr class="grand-total">.*?</tr>', html, re.S).group(0)
            self.assertIn("ตามบทนำของแผน 62 โครงการ; นับจากรายการโครงการ 26 โครงการ", total)
            self.assertEqual(html.count('class="declared-note"'), 2)

def oit_rows(output):
    raw = (Path(output) / "oit/oit-links.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return {row["code"]: row for row in csv.DictReader(io.StringIO(raw[3:].decode("utf-8")))}


def site_assessed_in_2568(into):
    """A copy of the example site whose OIT coverage is ita-2566's items for fiscal year 2568."""
    site = copy_site(into)
    set_config(site, "oit_framework", "ita-2566")
    set_config(site, "oit_year", 2568)
    return site


class ThaiWordsAndAccessibility(unittest.TestCase):
    """Thai runs keep their words and the site's names whole; every page links the statement."""

    def test_thai_runs_break_between_words_and_keep_names_whole(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "output"
            self.assertEqual(run("build", REPO, "--output", out, "--no-pdf").returncode, 0)
            raw = (out / "index.html").read_text(encoding="utf-8")
            # The organization's place name after the word for its kind, and the province.
            self.assertIn('<span class="tw">เทศบาล<wbr>ตำบล<wbr>หนองบัวทอง</span>', raw)
            self.assertIn('<span class="tw">จังหวัด<wbr>ขอนแก่น</span>', raw)
            self.assertNotIn("งบ<wbr>ประมาณ", raw)
            # Nothing in the head or an attribute is touched.
            head = raw.split("</head>")[0]
            self.assertNotIn("<wbr>", head)
            self.assertNotRegex(raw, r'="[^"<>]*<wbr>')
            # A signer's name after a title is one word.
            report = (out / f"{PLAN}/reports/2567-12-month/index.html").read_text(encoding="utf-8")
            self.assertIn('<span class="tw">นางสาวพิมพ์ชนก</span>', report)
            # English pages mark their Thai runs.
            english = (out / "en/index.html").read_text(encoding="utf-8")
            self.assertIn('<span class="tw" lang="th">', english)
            self.assertNotIn('<span class="tw">', english)

    def test_every_page_links_the_accessibility_statement_in_its_language(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "output"
            self.assertEqual(run("build", REPO, "--output", out, "--no-pdf").returncode, 0)
            thai = page_text(out / "accessibility/index.html")
            self.assertIn("<h1>การเข้าถึงเว็บไซต์</h1>", thai)
            self.assertIn("WCAG 2.1", thai)
            self.assertIn("043-009-123", thai)
            self.assertIn("mailto:saraban@nongbuathong.go.th", thai)
            english = page_text(out / "en/accessibility/index.html")
            self.assertIn("<h1>Accessibility</h1>", english)
            for page in out.rglob("index.html"):
                if "archive" in page.relative_to(out).parts:
                    continue
                html = page_text(page)
                wanted = "en/accessibility/" if page.relative_to(out).parts[0] == "en" else "accessibility/"
                self.assertRegex(html, r'<a href="(\.\./)*' + re.escape(wanted) + '">', page)
            # Links from an English page to a page only in Thai say so.
            self.assertRegex(page_text(out / "en/index.html"),
                             r'<a href="\.\./ita/\d+/" hreflang="th">ITA results'
                             r'<span class="visually-hidden"> \(in Thai\)</span></a>')

    def test_a_site_without_phone_or_email_asks_readers_to_tell_the_office(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(Path(tmp) / "site")
            config_file = site / "content/site.json"
            config = json.loads(config_file.read_text(encoding="utf-8"))
            del config["organization"]["phone"]
            del config["organization"]["email"]
            config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
            self.assertEqual(run("build", site, "--no-pdf").returncode, 0)
            html = page_text(site / "output/accessibility/index.html")
            self.assertIn("โปรดแจ้งที่สำนักงานของหน่วยงาน", html)
            self.assertNotIn("mailto:", html.split("<main")[1].split("</main>")[0])


class OitIndex(unittest.TestCase):
    def test_coverage_of_the_example_site(self):
        result = run("check", "--oit", REPO)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertRegex(result.stdout, r"OIT checklist of ITA (\d{4}): ita-\1, การประเมินคุณธรรม")
        self.assertRegex(result.stdout, r"OIT ita-\d{4}: \d+ of \d+ items served")
        self.assertNotIn("no OIT checklist", result.stdout)
        self.assertNotIn("warning", result.stdout)
        strict = run("check", "--oit", "--strict", REPO)
        self.assertEqual(strict.returncode, 1)

    def test_coverage_for_a_later_year(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = site_assessed_in_2568(tmp)
            result = run("check", "--oit", site)
            self.assertIn("OIT checklist of ITA 2568: ita-2566, ", result.stdout)
            self.assertIn("OIT ita-2566: 36 of 43 items served (83%)", result.stdout)
            self.assertIn('oit_framework "ita-2566" is the checklist of ITA 2566, but the assessment year is 2568',
                          result.stdout)
            self.assertIn("  outdated O37 ", result.stdout)  # only the 6-month report of 2567 exists
            self.assertIn("  missing  O41 ", result.stdout)
            self.assertIn('"oit: [ethics_assessment]"', result.stdout)  # topic keys suggested

    def test_auto_mapped_items_point_at_their_pages(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = site_assessed_in_2568(tmp)
            out = Path(tmp) / "output"
            self.assertEqual(run("build", site, "--output", out).returncode, 0)
            rows = oit_rows(out)
            self.assertEqual(len(rows), 43)
            base = "https://www.nongbuathong.go.th/ita/"
            expected = {
                "O31": base + "notices/no-gift-policy/",
                "O34": base + f"{PLAN}/risks/2568/",              # the yearly file, not the plan's table
                "O36": base + f"{PLAN}/",
                "O38": base + f"{PLAN}/reports/2567-12-month/",  # the year before the assessment
                "O42": base + "ita/2568/#measures-heading",  # the measures of the year assessed
                "O43": base + "ita/2568/#measures-heading",
                "O39": base + "pages/code-of-conduct/",            # oit: [code_of_conduct] in its front matter
                "O1": "https://www.nongbuathong.go.th/structure",  # content/oit/links.json
            }
            for code, url in expected.items():
                self.assertEqual(rows[code]["url"], url, code)
                self.assertEqual(rows[code]["status"], "served", code)
            self.assertEqual(rows["O37"]["status"], "outdated")
            self.assertEqual(rows["O37"]["url"], "")
            page = page_text(out / "oit/index.html")
            self.assertIn('id="O36"', page)
            self.assertIn(f'href="../{PLAN}/"', page)
            self.assertIn("oit-links.csv", page)
            # A link without a fiscal year shows none (not the page's year).
            self.assertRegex(page, r'href="https://www.nongbuathong.go.th/structure">โครงสร้างองค์กร</a> <span class="muted">\([^)]*\)</span></li>')

    def test_an_outdated_notice_is_reported_as_outdated(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = site_assessed_in_2568(tmp)
            notice = site / "content/notices/no-gift-policy.md"
            notice.write_text(notice.read_text(encoding="utf-8").replace("fiscal_year: 2568", "fiscal_year: 2567"),
                              encoding="utf-8")
            result = run("check", "--oit", site)
            self.assertRegex(result.stdout, r"outdated O31 .*: only notices/no-gift-policy/ \(fiscal year 2567\) serves it")
            self.assertEqual(run("build", site).returncode, 0)
            self.assertEqual(oit_rows(site / "output")["O31"]["status"], "outdated")

    def test_a_site_framework_overrides_the_shipped_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = site_assessed_in_2568(tmp)
            shipped = json.loads((REPO / "frameworks/ita-2566.json").read_text(encoding="utf-8"))
            shipped["items"] = [item for item in shipped["items"] if item["code"] in ("O31", "O36")]
            shipped["items"].append({"code": "O44", "title": "รายการทดสอบ", "indicator": "10 การป้องกันการทุจริต"})
            (site / "content/frameworks").mkdir()
            (site / "content/frameworks/ita-2566.json").write_text(json.dumps(shipped, ensure_ascii=False),
                                                                   encoding="utf-8")
            page = site / "content/pages/code-of-conduct.md"
            page.write_text(page.read_text(encoding="utf-8").replace("oit: [code_of_conduct]", "oit: [O39]"),
                            encoding="utf-8")
            result = run("check", "--oit", site)
            self.assertIn('OIT code "O39" is not an item of framework ita-2566', result.stdout)
            self.assertIn("OIT ita-2566: 2 of 3 items served", result.stdout)
            self.assertIn("  missing  O44 รายการทดสอบ (unconfirmed: not yet checked against the NACC's manual)",
                          result.stdout)

    def test_the_same_content_lands_under_each_years_codes(self):
        # The case's own ita-2566 and ita-2569: the action plan is O36, then O23.
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            shutil.copytree(REPO / "tests/check/oit-code-of-another-year/content", site / "content")
            plan = "https://www.example.go.th/ita/plans/2566-2570/"
            for year, code, other in ((2566, "O36", "O23"), (2569, "O23", "O36")):
                set_config(site, "current_fiscal_year", year)
                out = Path(tmp) / f"output-{year}"
                result = run("build", site, "--output", out)
                self.assertEqual(result.returncode, 0, result.stdout)
                rows = oit_rows(out)
                self.assertEqual(rows[code]["url"], plan, year)
                self.assertNotIn(other, rows)
            self.assertEqual(oit_rows(Path(tmp) / "output-2566")["O39"]["url"],
                             "https://www.example.go.th/ita/pages/code-of-conduct/")
            self.assertEqual(oit_rows(Path(tmp) / "output-2569")["O26"]["url"],
                             "https://www.example.go.th/ita/pages/code-of-conduct/")

    def test_a_code_of_an_unknown_framework_is_an_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            page = site / "content/pages/code-of-conduct.md"
            page.write_text(page.read_text(encoding="utf-8").replace("oit: [code_of_conduct]", "oit: [ita-2599:O1]"),
                            encoding="utf-8")
            result = run("check", site)
            self.assertEqual(result.returncode, 1)
            self.assertIn('content/pages/code-of-conduct.md:4:7: error: OIT code "ita-2599:O1" names framework '
                          '"ita-2599", which is not a known framework with OIT items (available: ita-2566',
                          result.stdout)


class NewYear(unittest.TestCase):
    """A fiscal year whose OIT checklist oitgen does not ship, and `oitgen framework new`."""

    def test_no_checklist_for_the_year_then_framework_new(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            config = json.loads((site / "content/site.json").read_text(encoding="utf-8"))
            config.pop("oit_year", None)
            config.pop("oit_framework", None)
            config["current_fiscal_year"] = 2570
            (site / "content/site.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")

            result = run("check", "--oit", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertRegex(result.stdout,
                             r"content/site\.json:1:\d+: warning: no OIT checklist for ITA 2570, the assessment year, "
                             r"is shipped with oitgen or in content/frameworks/, so no OIT coverage is computed and "
                             r"no oit-links\.csv is written; the newest shipped is (ita-25\d\d) \(ITA 25\d\d\); "
                             r"start the year's file with: oitgen framework new 2570 --from \1")
            self.assertIn("\nOIT: no OIT checklist for ITA 2570", result.stdout)
            self.assertNotIn("items served", result.stdout)
            build = run("build", site)
            self.assertEqual(build.returncode, 0, build.stdout)
            self.assertIn("warning: no OIT checklist for ITA 2570", build.stdout)
            self.assertFalse((site / "output/oit/oit-links.csv").exists())  # never under old codes
            self.assertEqual(run("build", site, "--strict").returncode, 1)

            made = run("framework", "new", "2570", cwd=site)
            self.assertEqual(made.returncode, 0, made.stdout)
            written = site / "content/frameworks/ita-2570.json"
            self.assertIn("wrote content/frameworks/ita-2570.json: a copy of ita-", made.stdout)
            framework = json.loads(written.read_text(encoding="utf-8"))
            self.assertEqual(framework["id"], "ita-2570")
            self.assertEqual(framework["assessment_year"], 2570)
            self.assertIn("2570", framework["title"]["th"])
            self.assertIn("A copy of ita-", framework["note"])
            self.assertTrue(framework["items"])
            for item in framework["items"]:
                self.assertIs(item["confirmed"], False)
                self.assertEqual(item["sources"], [])

            # It loads cleanly at once, and the year has its checklist now.
            result = run("check", "--oit", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertNotIn("warning", result.stdout)
            self.assertIn("OIT checklist of ITA 2570: ita-2570, ", result.stdout)
            self.assertIn("(unconfirmed: not yet checked against the NACC's manual)", result.stdout)
            self.assertEqual(run("build", site).returncode, 0)
            self.assertTrue((site / "output/oit/oit-links.csv").is_file())

            before = written.read_bytes()
            again = run("framework", "new", "2570", cwd=site)
            self.assertEqual(again.returncode, 2)
            self.assertIn("content/frameworks/ita-2570.json already exists; nothing was written", again.stdout)
            self.assertEqual(written.read_bytes(), before)

    def test_framework_new_refuses_outside_a_site_folder(self):
        with tempfile.TemporaryDirectory() as tmp:
            result = run("framework", "new", "2570", cwd=tmp)
            self.assertEqual(result.returncode, 2)
            self.assertIn("is not a site folder (it has no content/site.json)", result.stdout)
            self.assertEqual(list(Path(tmp).iterdir()), [])

    def test_framework_new_usage(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("framework", "new", "25x0", cwd=site).returncode, 2)
            unknown = run("framework", "new", "2570", "--from", "ita-2599", cwd=site)
            self.assertEqual(unknown.returncode, 2)
            self.assertIn('"ita-2599" is not a framework with OIT items (available: ita-2566', unknown.stdout)
            shipped = run("framework", "new", "2566", cwd=site)
            self.assertEqual(shipped.returncode, 2)
            self.assertIn("oitgen already has ita-2566", shipped.stdout)
            self.assertFalse((site / "content/frameworks").exists())
        self.assertIn("framework", run("--help").stdout)
        self.assertIn("oitgen framework new [OPTIONS] [YEAR...]", run("help", "framework", "new").stdout)


def write_ita(site, year, document):
    (site / f"content/ita/{year}.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def read_ita(site, year):
    return json.loads((site / f"content/ita/{year}.json").read_text(encoding="utf-8"))


def score_card(html):
    """The page's result slot: the score card, up to the end of its section."""
    start = html.index('aria-labelledby="score-heading"')
    return html[start:html.index("</section>", start)]


class ItaResults(unittest.TestCase):
    """The level a reader sees is the NACC's, or one computed on a confirmed scale; never an estimate."""

    def test_a_year_without_a_score_builds_and_serves_its_measures(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            set_config(site, "current_fiscal_year", 2569)
            self.assertNotIn("score", read_ita(site, 2569))
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            out = site / "output"
            html = page_text(out / "ita/2569/index.html")
            card = score_card(html)
            self.assertIn("ยังไม่ประกาศผลการประเมิน", card)
            self.assertNotIn("level-badge", card)
            self.assertNotIn("big-number", card)
            self.assertIn('id="measures-heading"', html)
            self.assertIn("80.00", html)  # the plan's target for 2569, with no result against it
            self.assertNotIn("บรรลุค่าเป้าหมาย", html)
            self.assertNotIn("ยังไม่บรรลุค่าเป้าหมาย", html)
            data = json.loads((out / "data/ita/2569.json").read_text(encoding="utf-8"))
            self.assertIsNone(data["score"])
            self.assertIsNone(data["level"])
            self.assertIsNone(data["level_source"])
            self.assertIsNone(data["target_met"])
            self.assertEqual(len(data["measures"]), 4)
            # The OIT item for the measures is served by this year's page.
            served = [row for row in oit_rows(out).values()
                      if row["url"].endswith("ita/2569/#measures-heading")]
            self.assertTrue(served)
            self.assertTrue(all(row["status"] == "served" for row in served))
            # The home page shows the latest result there is: 2568's, as announced.
            home = page_text(out / "index.html")
            self.assertIn("95.54", home)
            self.assertIn("ตามที่ สำนักงาน ป.ป.ช. ประกาศ", home)

    def test_an_announced_level_is_shown_verbatim_and_no_estimate_anywhere(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            set_config(site, "current_fiscal_year", 2569)
            # A real pair: 97.43 was announced ผ่านดี, where the thresholds oitgen once shipped
            # gave ผ่านดีเยี่ยม. High parts make ผ่านดีเยี่ยม what an estimate would say.
            high = {"IIT": 97.00, "EIT": 98.00, "OIT": 97.00}
            ita_2568 = read_ita(site, 2568)
            ita_2568.update(score=97.43, parts=high, level="ผ่านดี")
            write_ita(site, 2568, ita_2568)
            # A score entered before its level: the page shows the score and no level.
            ita_2569 = read_ita(site, 2569)
            ita_2569.update(score=97.50, parts=high)
            write_ita(site, 2569, ita_2569)

            check = run("check", site)
            self.assertEqual(check.returncode, 0, check.stdout)
            self.assertNotIn("2568.json", check.stdout)  # no "differs" against an unconfirmed scale
            self.assertRegex(check.stdout, r'content/ita/2569\.json:1:\d+: warning: score 97\.5 has no "level": '
                                           r"add the level the NACC announced")
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            out = site / "output"

            page = page_text(out / "ita/2568/index.html")
            card = score_card(page)
            self.assertIn("97.43", card)
            self.assertIn('<span class="level-badge">ผ่านดี</span>', card)
            self.assertIn("ตามที่ สำนักงาน ป.ป.ช. ประกาศ", card)
            later = score_card(page_text(out / "ita/2569/index.html"))
            self.assertIn("97.50", later)
            self.assertIn("ยังไม่ประกาศระดับผลการประเมิน", later)
            self.assertNotIn("level-badge", later)
            home = page_text(out / "index.html")
            self.assertIn('<p class="level-badge">ผ่านดี</p>', home)
            data = json.loads((out / "data/ita/2568.json").read_text(encoding="utf-8"))
            self.assertEqual((data["level"], data["level_source"], data["level_announced"]),
                             ("ผ่านดี", "announced", True))
            self.assertIsNone(json.loads((out / "data/ita/2569.json").read_text(encoding="utf-8"))["level"])
            # Not a page, the feed, the sitemap or a data file says ผ่านดีเยี่ยม (the build
            # manifest, never published, keeps the warning that does).
            for path in out.rglob("*"):
                if (path.is_file() and path.suffix in (".html", ".xml", ".json", ".csv", ".txt")
                        and path.name != ".oitgen-build.json"):
                    self.assertNotIn("ผ่านดีเยี่ยม", path.read_text(encoding="utf-8"), path)

    def test_a_level_up_to_2565_is_computed_with_its_rule(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            write_ita(site, 2565, {"score": 93.81})
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            out = site / "output"
            card = score_card(page_text(out / "ita/2565/index.html"))
            self.assertIn('<span class="level-badge">A</span>', card)
            self.assertIn("คำนวณจากคะแนนตามเกณฑ์ AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F &lt; 50",
                          card)
            data = json.loads((out / "data/ita/2565.json").read_text(encoding="utf-8"))
            self.assertEqual((data["level"], data["level_source"], data["level_announced"]),
                             ("A", "computed", False))
            self.assertEqual(data["level_rule"], "AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F < 50")
            self.assertTrue(data["scale_confirmed"])


def manifest(site, year):
    return json.loads((site / f"content/archive/{year}/manifest.json").read_text(encoding="utf-8"))


def links_resolve_inside(test, root):
    for page in root.rglob("*.html"):
        if page.name == "404.html":
            continue
        for link in re.findall(r'(?:href|src)="([^"#]+)"', page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", link):
                continue
            target = (page.parent / link).resolve()
            test.assertTrue(str(target).startswith(str(root.resolve())), f"{page} leaves the snapshot: {link}")
            if link.endswith("/") or target.is_dir():
                target = target / "index.html"
            test.assertTrue(target.is_file(), f"{page.relative_to(root)} links to missing {link}")


class Archive(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.site = copy_site(self.tmp.name)
        for year in (2567, 2568):
            result = run("archive", year, self.site)
            self.assertEqual(result.returncode, 0, result.stdout)

    def tearDown(self):
        self.tmp.cleanup()

    def verify(self, where=None):
        return run("archive", "--verify", where or self.site)

    def test_two_years_chain_and_verify(self):
        first, second = manifest(self.site, 2567), manifest(self.site, 2568)
        self.assertIsNone(first["previous"])
        digest = hashlib.sha256((self.site / "content/archive/2567/manifest.json").read_bytes()).hexdigest()
        self.assertEqual(second["previous"], {"fiscal_year": 2567, "manifest_sha256": digest})
        self.assertTrue(all(len(f["sha256"]) == 64 for f in first["files"]))
        result = self.verify()
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIn("verified 2 snapshots", result.stdout)
        # As of 2567: no report, ITA year or news of 2568.
        snapshot = self.site / "content/archive/2567"
        self.assertFalse((snapshot / "ita/2568").exists())
        self.assertTrue((snapshot / "ita/2567/index.html").is_file())
        self.assertFalse((snapshot / "news/2024-10-01-no-gift-policy-2568").exists())
        refused = run("archive", 2567, self.site)
        self.assertEqual(refused.returncode, 1)
        self.assertIn("use --replace", refused.stdout)

    def test_tampering_is_named_file_by_file(self):
        snapshot = self.site / "content/archive/2567"
        page = snapshot / "index.html"
        data = bytearray(page.read_bytes())
        data[100] ^= 1
        page.write_bytes(bytes(data))
        (snapshot / "feed.xml").unlink()
        (snapshot / "extra.html").write_text("<p>x</p>", encoding="utf-8")
        result = self.verify()
        self.assertEqual(result.returncode, 1)
        self.assertIn("MISMATCH 2567/index.html: changed", result.stdout)
        self.assertIn("MISMATCH 2567/feed.xml: removed", result.stdout)
        self.assertIn("MISMATCH 2567/extra.html: added", result.stdout)

    def test_an_edited_manifest_breaks_the_chain(self):
        path = self.site / "content/archive/2567/manifest.json"
        path.write_text(path.read_text(encoding="utf-8").replace('"oitgen_version"', '"oitgen_version" '),
                        encoding="utf-8")
        result = self.verify()
        self.assertEqual(result.returncode, 1)
        self.assertIn("MISMATCH 2568/manifest.json: the chain names 2567's manifest", result.stdout)

    def test_replace_leaves_a_trace(self):
        old = hashlib.sha256((self.site / "content/archive/2567/manifest.json").read_bytes()).hexdigest()
        result = run("archive", 2567, self.site, "--replace")
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertEqual(manifest(self.site, 2567)["replaces"], [old])
        verified = self.verify()
        self.assertEqual(verified.returncode, 0, verified.stdout)
        self.assertIn("2567/manifest.json: replaced 1 time(s); earlier manifest " + old, verified.stdout)
        self.assertIn("the snapshot of 2567 it chains to was replaced afterwards", verified.stdout)
        self.assertEqual(run("build", self.site).returncode, 0)
        self.assertIn("แก้ไขแทนที่แล้ว", page_text(self.site / "output/archive/index.html"))

    def test_signatures_are_checked(self):
        key = Path(self.tmp.name) / "key.pem"
        subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", str(key)], check=True, capture_output=True)
        result = run("archive", 2568, self.site, "--replace", "--sign", key)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertTrue((self.site / "content/archive/public-key.pem").is_file())
        self.assertEqual(self.verify().returncode, 0)
        signature = self.site / "content/archive/2568/manifest.json.sig"
        text = signature.read_text()
        signature.write_text(("B" if text[0] != "B" else "C") + text[1:])
        result = self.verify()
        self.assertEqual(result.returncode, 1)
        self.assertIn("MISMATCH 2568/manifest.json.sig: the signature does not match the manifest", result.stdout)

    def test_snapshots_are_byte_stable(self):
        again = copy_site(Path(self.tmp.name) / "again")
        self.assertEqual(run("archive", 2567, again).returncode, 0)
        files = lambda m: [(f["path"], f["sha256"]) for f in m["files"]]
        self.assertEqual(files(manifest(self.site, 2567)), files(manifest(again, 2567)))

    def test_build_publishes_the_archive_and_links_past_versions(self):
        self.assertEqual(run("build", self.site).returncode, 0)
        out = self.site / "output"
        self.assertEqual(tree_digest(out / "archive/2567"), tree_digest(self.site / "content/archive/2567"))
        listing = page_text(out / "archive/index.html")
        self.assertIn(hashlib.sha256((self.site / "content/archive/2568/manifest.json").read_bytes()).hexdigest(), listing)
        plan = page_text(out / f"{PLAN}/index.html")
        self.assertIn(f'href="../../archive/2567/{PLAN}/index.html"', plan)
        links_resolve_inside(self, self.site / "content/archive/2567")

    def test_verify_a_published_copy_over_http(self):
        self.assertEqual(run("build", self.site).returncode, 0)
        server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                                   "--directory", str(self.site / "output")],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N ..."
            port = re.search(r"port (\d+)", line).group(1)
            url = f"http://127.0.0.1:{port}/"
            result = self.verify(url)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("verified 2 snapshots", result.stdout)
            page = self.site / "output/archive/2568/index.html"
            page.write_text(page.read_text(encoding="utf-8") + " ", encoding="utf-8")
            result = self.verify(url)
            self.assertEqual(result.returncode, 1)
            self.assertIn("MISMATCH 2568/index.html: changed", result.stdout)
        finally:
            server.terminate()
            server.wait()
            server.stdout.close()


class Safety(unittest.TestCase):
    def test_script_in_markdown_and_json_comes_out_escaped(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            project = site / f"content/{PLAN}/projects/p01.md"
            project.write_text(project.read_text(encoding="utf-8") + "\n<script>alert('md')</script>\n", encoding="utf-8")
            plan_file = site / f"content/{PLAN}/plan.json"
            plan = json.loads(plan_file.read_text(encoding="utf-8"))
            plan["title"]["th"] = "<script>alert('json')</script>"
            plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            # The one script is the theme's own, on the search pages.
            theme_script = re.compile(r'<script src="(\.\./)+assets/search\.js" defer></script>')
            for page in (site / "output").rglob("*.html"):
                self.assertNotIn("<script", theme_script.sub("", page_text(page)), page)
            self.assertIn("&lt;script&gt;alert(&apos;md&apos;)&lt;/script&gt;".replace("&apos;", "'"),
                          page_text(site / f"output/{PLAN}/projects/p01/index.html"))
            self.assertIn("&lt;script&gt;", page_text(site / f"output/{PLAN}/index.html"))

    def test_failed_build_leaves_previous_output_untouched(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("build", site).returncode, 0)
            before = tree_digest(site / "output")
            report = site / f"content/{PLAN}/reports/2567-6-month.json"
            report.write_text(report.read_text(encoding="utf-8").replace('"completed"', '"done"', 1), encoding="utf-8")
            page = site / "content/pages/about.md"
            page.write_text(page.read_text(encoding="utf-8") + "\nแก้ไขแล้ว\n", encoding="utf-8")
            result = run("build", site)
            self.assertEqual(result.returncode, 1)
            self.assertIn('status "done" is not one of', result.stdout)
            self.assertIn("was left as it was", result.stdout)
            self.assertEqual(tree_digest(site / "output"), before)
            self.assertEqual(sorted(p.name for p in Path(tmp).iterdir()), ["site"])
            self.assertEqual(sorted(p.name for p in site.iterdir()), ["content", "output"])

    def test_a_report_omitting_unplanned_projects_is_clean_and_counts_only_planned(self):
        # p07 and p19 have no budget for 2568: the 2568 report needs no entry for them.
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            projects = [p.stem for p in sorted((site / f"content/{PLAN}/projects").glob("p??.md"))]
            planned = [p for p in projects if p not in ("p07", "p19")]
            entries = [{"project": p, "status": "completed" if i < 12 else "in_progress"}
                       for i, p in enumerate(planned)]
            report = {"fiscal_year": 2568, "round": "6-month",
                      "period": {"from": "2024-10-01", "to": "2025-03-31"}, "as_of": "2025-04-04",
                      "entries": entries}
            path = site / f"content/{PLAN}/reports/2568-6-month.json"
            path.write_text(json.dumps(report), encoding="utf-8")
            result = run("check", "--strict", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("no problems found", result.stdout)
            self.assertEqual(run("build", site).returncode, 0)
            html = page_text(site / f"output/{PLAN}/reports/2568-6-month/index.html")
            self.assertIn("75.00", html)  # (12 + 12/2) / 24, not / 26
            self.assertIn("จากโครงการที่บรรจุในแผนปี 2568 จำนวน 24 โครงการ", html)
            self.assertIn("ตั้งต้น 23 โครงการ เพิ่มเติม 1 โครงการ", html)  # p26 is planned for 2568
            data = json.loads((site / f"output/data/{PLAN}/reports/2568-6-month.json").read_text(encoding="utf-8"))
            self.assertAlmostEqual(data["implementation_level"], 75.0)
            self.assertEqual(data["planned_projects"], 24)
            # A planned project left out is still warned about, and counted as not reported.
            report["entries"] = [e for e in entries if e["project"] != "p05"]
            path.write_text(json.dumps(report), encoding="utf-8")
            result = run("check", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("warning: project p05 (number 5) of plan 2566-2570 is missing from this report",
                          result.stdout)
            self.assertNotIn("p07", result.stdout)
            self.assertEqual(run("build", site).returncode, 0)
            html = page_text(site / f"output/{PLAN}/reports/2568-6-month/index.html")
            self.assertIn("รวมโครงการที่บรรจุในแผนแต่ไม่มีในรายงานนี้ 1 โครงการ ซึ่งนับเป็นรอการรายงาน", html)
            self.assertIn("70.83", html)  # (11 + 12/2) / 24

    def test_thai_numerals_when_the_site_asks(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            set_config(site, "numerals", "thai")
            self.assertEqual(run("build", site).returncode, 0)
            report = page_text(site / f"output/{PLAN}/reports/2567-12-month/index.html")
            self.assertIn("๑๕ ตุลาคม ๒๕๖๗", report)
            self.assertIn("๑๙๐,๐๐๐.๐๐", report)
            self.assertIn("๙๐.๐๐", report)
            english = page_text(site / "output/en/notices/no-gift-policy/index.html")
            self.assertIn("1 October 2024", english)  # English pages keep Arabic digits

    def test_site_theme_overrides_the_default_file_by_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            (site / "themes/default/templates").mkdir(parents=True)
            (site / "themes/default/templates/404.mustache").write_text("<h1>หาไม่พบ {{title}}</h1>\n", encoding="utf-8")
            (site / "themes/default/assets").mkdir()
            (site / "themes/default/assets/extra.css").write_text("body{}\n", encoding="utf-8")
            self.assertEqual(run("build", site).returncode, 0)
            self.assertIn("<h1>หาไม่พบ", page_text(site / "output/404.html"))
            self.assertTrue((site / "output/assets/extra.css").is_file())
            self.assertTrue((site / "output/assets/style.css").is_file())  # the rest comes from the default

    def test_unknown_theme_is_an_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            set_config(site, "theme", "civic")
            result = run("build", site)
            self.assertEqual(result.returncode, 1)
            self.assertIn('theme "civic" has no folder themes/civic/', result.stdout)
            self.assertFalse((site / "output").exists())

    def test_builds_are_reproducible(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("build", site, "--output", site / "a").returncode, 0)
            self.assertEqual(run("build", site, "--output", site / "b").returncode, 0)
            self.assertEqual(tree_digest(site / "a"), tree_digest(site / "b"))


class GuardedOutput(unittest.TestCase):
    """What a build may replace, and what it leaves of other runs (see also tests/hostile/)."""

    def test_an_output_of_the_layout_before_the_marker_is_replaced(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("build", site).returncode, 0)
            marker = site / "output/.oitgen-output"
            self.assertTrue(marker.is_file())
            marker.unlink()  # as the released layout left it, with no build manifest either
            (site / "output/.oitgen-build.json").unlink()
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertTrue(marker.is_file())
            # A file of the user's in it makes it a folder oitgen did not make alone.
            marker.unlink()
            (site / "output/google1234.html").write_text("verification", encoding="utf-8")
            before = tree_digest(site / "output")
            result = run("build", site)
            self.assertEqual(result.returncode, 2)
            self.assertIn("it holds files that oitgen did not write", result.stdout)
            self.assertEqual(tree_digest(site / "output"), before)

    def test_a_running_archive_is_left_alone_and_never_published(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("archive", 2567, site).returncode, 0)
            archive = site / "content/archive"
            # An `archive --replace` in progress: its staging folder, locked as oitgen locks it.
            live = archive / ".2567.staging-4242"
            shutil.copytree(archive / "2567", live)
            (live / ".oitgen-output").write_text('{"format": "oitgen-output-1", "made_by": "oitgen archive 2567"}')
            (archive / ".hidden").mkdir()
            (archive / ".hidden/page.html").write_text("not a snapshot", encoding="utf-8")
            fd = os.open(live, os.O_RDONLY | os.O_DIRECTORY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                result = run("build", site)
                self.assertEqual(result.returncode, 0, result.stdout)
                self.assertIn(f"left {live} alone: a running oitgen is writing it", result.stdout)
                self.assertTrue((live / "index.html").is_file())
            finally:
                os.close(fd)
            published = sorted(p.name for p in (site / "output/archive").iterdir())
            self.assertEqual(published, ["2567", "index.html", "index.json"])
            self.assertFalse((site / "output/archive/2567/.oitgen-output").exists())
            # The process is gone: the next run removes its folder.
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn(f"removed {live}, left by an interrupted oitgen run", result.stdout)
            self.assertFalse(live.exists())
            self.assertTrue((archive / ".hidden/page.html").is_file())  # not oitgen's: kept

    def test_replace_refuses_a_folder_that_is_not_a_snapshot(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            folder = site / "content/archive/2567"
            folder.mkdir(parents=True)
            (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
            result = run("archive", 2567, site, "--replace")
            self.assertEqual(result.returncode, 2)
            self.assertIn("refusing to replace", result.stdout)
            self.assertIn("has no manifest.json that oitgen can read", result.stdout)
            self.assertEqual(sorted(p.name for p in folder.iterdir()), ["scan.pdf"])
            self.assertEqual(sorted(p.name for p in folder.parent.iterdir()), ["2567"])

    def test_a_snapshot_holds_exactly_its_manifest(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("archive", 2567, site).returncode, 0)
            self.assertEqual(run("archive", 2567, site, "--replace").returncode, 0)
            snapshot = site / "content/archive/2567"
            listed = {f["path"] for f in manifest(site, 2567)["files"]} | {"manifest.json"}
            self.assertEqual({str(p.relative_to(snapshot)) for p in snapshot.rglob("*") if p.is_file()}, listed)
            self.assertEqual(sorted(p.name for p in snapshot.parent.iterdir()), ["2567"])

class OpenDataSafety(unittest.TestCase):
    PAYLOADS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"]

    def test_cells_a_spreadsheet_would_run_start_with_a_quote(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            for number, payload in enumerate(self.PAYLOADS, start=1):
                project = site / f"content/{PLAN}/projects/p{number:02d}.md"
                text = project.read_text(encoding="utf-8")
                quoted = "'" + payload.replace("'", "''") + "'"  # a YAML single-quoted string
                project.write_text(re.sub(r"(?m)^title: .*$", lambda _: "title: " + quoted, text, count=1),
                                   encoding="utf-8")
            result = run("build", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            with open(site / f"output/data/{PLAN}/plan.csv", encoding="utf-8-sig", newline="") as f:
                rows = {row["รหัสโครงการ"]: row for row in csv.DictReader(f)}
            for number, payload in enumerate(self.PAYLOADS, start=1):
                self.assertEqual(rows[f"p{number:02d}"]["ชื่อโครงการ"], "'" + payload)
            # Figures oitgen wrote stay numbers.
            self.assertEqual(rows["p01"]["ลำดับ"], "1")
            self.assertRegex(rows["p02"]["งบประมาณ 2566"], r"^\d+\.\d\d$")
            with open(site / f"output/data/{PLAN}/reports/2567-6-month.csv", encoding="utf-8-sig",
                      newline="") as f:
                titles = {row["รหัสโครงการ"]: row["ชื่อโครงการ"] for row in csv.DictReader(f)}
            self.assertEqual(titles["p03"], "'-2")
            # The pages show the titles as written.
            page = page_text(site / f"output/{PLAN}/projects/p04/index.html")
            self.assertIn("@SUM(A1)", page)
            self.assertNotIn("'@SUM(A1)", page)


class LargeSite(unittest.TestCase):
    def test_twenty_thousand_projects_check_clean(self):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(REPO / "bench/make_site.py"), "20000", tmp], check=True)
            result = run("check", tmp, "--strict")
            self.assertEqual(result.returncode, 0, result.stdout[-2000:])
            self.assertIn("20000 projects, 2 reports", result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=1)
