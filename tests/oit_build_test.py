#!/usr/bin/env python3
"""Integration tests of the yearly risk assessment pages, the OIT page and the anchors the OIT
links point at: the real binary on copies of the example site."""

import csv
import hashlib
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
BASE = "https://www.nongbuathong.go.th/ita/"


def run(*args):
    return subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def copy_site(into):
    """A copy of the example site assessed for ITA 2568 on ita-2566's checklist, the year and
    list these tests were written for (the example itself follows the newest list)."""
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    config_file = site / "content/site.json"
    config = json.loads(config_file.read_text(encoding="utf-8"))
    config["oit_framework"] = "ita-2566"
    config["oit_year"] = 2568
    config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return site


def tree_digest(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def oit_rows(output):
    raw = (Path(output) / "oit/oit-links.csv").read_bytes()
    return {row["code"]: row for row in csv.DictReader(io.StringIO(raw[3:].decode("utf-8")))}


def override(site, template, text):
    folder = site / "themes/default/templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / template).write_text(text, encoding="utf-8")


def default_template(name):
    return page_text(REPO / "themes/default/templates" / name)


class YearlyRiskAssessment(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.out = Path(cls.tmp.name) / "output"
        result = run("build", copy_site(cls.tmp.name), "--output", cls.out)
        assert result.returncode == 0, result.stdout

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def read(self, path):
        return page_text(self.out / path)

    def test_the_yearly_page_in_thai_and_english(self):
        thai = self.read(f"{PLAN}/risks/2568/index.html")
        self.assertIn("การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568", thai)
        self.assertIn("21 ตุลาคม 2567", thai)                    # assessed 2024-10-21
        self.assertIn("นางสาวพิมพ์ชนก ศรีวงษา", thai)
        self.assertIn('<span class="risk-level">สูง</span>', thai)
        self.assertRegex(thai, r'<td class="num">3</td><td class="num">4</td>')  # likelihood, impact
        self.assertIn(f'href="../../../../{PLAN}/projects/p16/"', thai)       # a control naming a project
        self.assertIn("ระบบบัตรคิว ณ จุดบริการเบ็ดเสร็จ", thai)  # a control in words
        self.assertIn('id="risk-management-heading"', thai)
        self.assertIn("ตรวจร่างขอบเขตของงานแล้ว 14 โครงการ", thai)
        # An action without a period shows no period label.
        self.assertEqual(thai.count("<dt>ระยะเวลา</dt>"), 1)
        self.assertNotRegex(thai, r"<(dd|h2|h3|p)[^>]*>\s*</\1>")
        english = self.read(f"en/{PLAN}/risks/2568/index.html")
        self.assertIn('lang="en"', english)
        self.assertIn("Corruption and misconduct risk assessment, fiscal year 2568", english)
        self.assertIn("Likelihood", english)

    def test_the_plan_page_links_each_year(self):
        plan = self.read(f"{PLAN}/index.html")
        self.assertIn(f'href="../../{PLAN}/risks/2568/">การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ', plan)
        self.assertIn('id="risks-heading"', plan)

    def test_the_year_is_served_by_its_own_file(self):
        rows = oit_rows(self.out)
        self.assertEqual(rows["O34"]["url"], BASE + f"{PLAN}/risks/2568/")
        self.assertEqual(rows["O34"]["status"], "served")


class OutdatedWithoutTheYearsFile(unittest.TestCase):
    def test_the_plan_table_counts_for_its_first_year_only(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            for year in (2568, 2569):
                (site / f"content/{PLAN}/risks/{year}.json").unlink()
            result = run("check", "--oit", site)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn(f"  outdated O34 การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี: only {PLAN}/#risks-heading "
                          "(fiscal year 2566) serves it, not content of fiscal year 2568; it needs the risk assessment "
                          "of fiscal year 2568 (content/plans/<plan>/risks/2568.json)", result.stdout)
            self.assertEqual(run("build", site).returncode, 0)
            rows = oit_rows(site / "output")
            self.assertEqual(rows["O34"]["status"], "outdated")
            self.assertEqual(rows["O34"]["url"], "")


class AnchorsFromTheModel(unittest.TestCase):
    def test_an_override_that_drops_an_anchor_fails_and_writes_nothing(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("build", site).returncode, 0)
            before = tree_digest(site / "output")
            plan = default_template("plan.mustache").replace('id="{{anchors.plan_risks}}"', 'id="risk-table"')
            ita = default_template("ita.mustache").replace('id="{{anchors.ita_measures}}"', "")
            self.assertNotEqual(plan, default_template("plan.mustache"))
            override(site, "plan.mustache", plan)
            override(site, "ita.mustache", ita)
            result = run("build", site)
            self.assertEqual(result.returncode, 1, result.stdout)
            self.assertIn(f'themes/default/templates/plan.mustache: the page {PLAN}/ has no id="risks-heading", '
                          f"which the OIT index links to for O34 ({PLAN}/#risks-heading); give its heading "
                          'id="{{anchors.plan_risks}}"', result.stdout)
            self.assertIn('themes/default/templates/ita.mustache: the page ita/2568/ has no id="measures-heading", '
                          "which the OIT index links to for O42, O43", result.stdout)
            self.assertIn("was left as it was", result.stdout)
            self.assertEqual(tree_digest(site / "output"), before)

    def test_an_override_cannot_change_the_served_urls(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            self.assertEqual(run("build", site, "--output", site / "plain").returncode, 0)
            # A theme that restyles the plan page and writes the anchor its own way still serves
            # the same URLs: they come from the model, not from the template.
            plan = default_template("plan.mustache").replace(
                '<h2 id="{{anchors.plan_risks}}">{{t.plan.risks}}</h2>',
                "<div class='risk-box'><h2 class=\"big\" id='{{anchors.plan_risks}}'>ความเสี่ยง</h2></div>")
            self.assertNotEqual(plan, default_template("plan.mustache"))
            override(site, "plan.mustache", plan)
            result = run("build", site, "--output", site / "themed")
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("risk-box", page_text(site / f"themed/{PLAN}/index.html"))
            self.assertEqual((site / "themed/oit/oit-links.csv").read_bytes(),
                             (site / "plain/oit/oit-links.csv").read_bytes())


class OitPage(unittest.TestCase):
    def test_a_year_without_a_checklist_says_so_and_shows_no_older_list(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp)
            config_file = site / "content/site.json"
            config = json.loads(config_file.read_text(encoding="utf-8"))
            del config["oit_framework"]
            config["oit_year"] = 2570
            config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
            out = Path(tmp) / "output"
            result = run("build", site, "--output", out)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("oitgen framework new 2570 --from ita-2569", result.stdout)
            page = page_text(out / "oit/index.html")
            main = page[page.index("<main"):page.index("</main>")]
            self.assertIn("<dt>ปีที่ประเมิน</dt><dd>ปีงบประมาณ พ.ศ. 2570</dd>", main)
            self.assertIn("ยังไม่มีรายการข้อมูลของแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) สำหรับปีที่ประเมินนี้",
                          main)
            self.assertNotIn('<tr id="O', main)
            self.assertFalse((out / "oit/oit-links.csv").exists())
            home = page_text(out / "index.html")
            self.assertIn('href="oit/"', home)

    def test_the_example_follows_the_newest_list_and_marks_what_is_unconfirmed(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "output"
            self.assertEqual(run("build", REPO, "--output", out).returncode, 0)
            page = page_text(out / "oit/index.html")
            self.assertIn("<dt>ปีที่ประเมิน</dt><dd>ปีงบประมาณ พ.ศ. 2569</dd>", page)
            main = page[page.index("<main"):page.index("</main>")]
            self.assertIn('class="oit-unconfirmed"', main)  # ita-2569 is not confirmed yet
            self.assertNotIn("ita-2569", main)
            self.assertEqual(oit_rows(out)["O23"]["url"], BASE + f"{PLAN}/")

    def test_wording_year_and_framework_without_internal_ids(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "output"
            self.assertEqual(run("build", copy_site(tmp), "--output", out).returncode, 0)
            page = page_text(out / "oit/index.html")
            self.assertIn("<h1>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)</h1>", page)
            self.assertIn("<dt>ปีที่ประเมิน</dt><dd>ปีงบประมาณ พ.ศ. 2568</dd>", page)
            self.assertIn("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2566",
                          page)
            main = page[page.index("<main"):page.index("</main>")]
            self.assertNotIn("ita-2566", main)
            self.assertNotRegex(main, r"<(dd|h2|h3|p|span)[^>]*>\s*</\1>")
            self.assertNotIn('class="oit-unconfirmed"', main)  # ita-2566 is confirmed item by item
            self.assertIn("พ.ศ. 2566–2570", main)           # the plan serves each of its years


if __name__ == "__main__":
    unittest.main(verbosity=1)
