#!/usr/bin/env python3
"""The open data a portal can take: data/datapackage.json, the CSV files it describes, the ITA
results, the licence of site.json and the data/ catalogue page, on the real binary and copies of
the example site.

datapackage.json is validated against the Frictionless Tabular Data Package profile, and each
CSV read by its schema, by tests/opendata/validate.js, whose npm packages (`npm ci
--ignore-scripts` in tests/opendata/, as scripts/install-deps.sh runs) must be installed;
without them that one test is skipped and says so. The rest needs Python alone.
"""

import csv
import hashlib
import html.parser
import io
import json
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
OPEN_DATA_TESTS = REPO / "tests/opendata"
PLAN = "plans/2566-2570"
BASE_URL = "https://www.nongbuathong.go.th/ita/"


def build(site, output, threads=None):
    env = dict(os.environ)
    if threads:
        env["OITGEN_THREADS"] = str(threads)
    result = subprocess.run([str(OITGEN), "build", str(site), "--output", str(output)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    if result.returncode != 0:
        raise AssertionError(f"build failed:\n{result.stdout}")
    return result


def copy_site(into, license=None, drop=()):
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    for path in drop:
        shutil.rmtree(site / "content" / path)
    if license is not None:
        config_file = site / "content/site.json"
        config = json.loads(config_file.read_text(encoding="utf-8"))
        config["license"] = license
        config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return site


def read_csv(path):
    raw = Path(path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), path
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


class Links(html.parser.HTMLParser):
    """The href of every <a> and <link>, and whether the page has an empty <section>."""

    def __init__(self):
        super().__init__()
        self.hrefs = []
        self.licenses = []
        self.sections = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and "href" in attrs:
            self.hrefs.append(attrs["href"])
            if "license" in (attrs.get("rel") or "").split():
                self.licenses.append(attrs["href"])
        if tag == "section":
            self.sections.append(0)
        elif self.sections:
            self.sections[-1] += 1


def page_links(output, page):
    parser = Links()
    parser.feed((output / page).read_text(encoding="utf-8"))
    return parser


def resolves(output, page, href):
    """Whether a relative link of `page` names a file of the output (a folder: its index.html)."""
    href = href.split("#")[0]
    if not href or "://" in href or href.startswith("mailto:"):
        return True
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), href))
    path = output / target
    return path.is_file() or (path / "index.html").is_file()


class LicensedExample(unittest.TestCase):
    """The example site with "license": "CC-BY-4.0"."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.site = copy_site(cls.tmp.name, license="CC-BY-4.0")
        cls.out = Path(cls.tmp.name) / "output"
        build(cls.site, cls.out)
        cls.package = json.loads((cls.out / "data/datapackage.json").read_text(encoding="utf-8"))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def local(self, resource):
        path = resource["path"]
        return self.out / (path[len(BASE_URL):] if path.startswith(BASE_URL) else "data/" + path)

    def test_valid_by_the_frictionless_profile_and_every_csv_reads_by_its_schema(self):
        if not (OPEN_DATA_TESTS / "node_modules").is_dir() or not shutil.which("node"):
            self.skipTest("Data Package check skipped: tests/opendata/node_modules or node is "
                          "missing (run `npm ci --ignore-scripts` in tests/opendata/)")
        result = subprocess.run(["node", str(OPEN_DATA_TESTS / "validate.js"), str(self.out), BASE_URL],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIn(f"plan-2566-2570: 26 rows", result.stdout)

    def test_every_csv_is_described_and_its_header_is_its_fields_names(self):
        published = sorted(str(p.relative_to(self.out)) for p in self.out.rglob("*.csv")
                           if not str(p.relative_to(self.out)).startswith("archive/"))
        described = sorted(str(self.local(r).relative_to(self.out)) for r in self.package["resources"])
        self.assertEqual(published, described)
        names = [r["name"] for r in self.package["resources"]]
        self.assertEqual(len(names), len(set(names)))
        for resource in self.package["resources"]:
            with self.subTest(resource=resource["name"]):
                self.assertRegex(resource["name"], r"^[-a-z0-9._/]+$")
                self.assertEqual((resource["format"], resource["mediatype"], resource["encoding"]),
                                 ("csv", "text/csv", "utf-8"))
                raw = self.local(resource).read_bytes()
                self.assertEqual(resource["bytes"], len(raw))
                self.assertEqual(resource["hash"], "sha256:" + hashlib.sha256(raw).hexdigest())
                rows = read_csv(self.local(resource))
                fields = resource["schema"]["fields"]
                self.assertEqual(rows[0], [f["name"] for f in fields])
                self.assertTrue(all(f["title"] and f["oitgen:key"] for f in fields))
                self.assertTrue(all(len(row) == len(fields) for row in rows))

    def test_thai_headers_in_the_csv_and_machine_keys_in_the_json(self):
        rows = read_csv(self.out / f"data/{PLAN}/plan.csv")
        self.assertEqual(rows[0][:3], ["ลำดับ", "รหัสโครงการ", "ชื่อโครงการ"])
        self.assertIn("งบประมาณ 2566", rows[0])
        plan = json.loads((self.out / f"data/{PLAN}/plan.json").read_text(encoding="utf-8"))
        self.assertIn("title", plan["projects"][0])
        resource = next(r for r in self.package["resources"] if r["name"] == "plan-2566-2570")
        keys = [f["oitgen:key"] for f in resource["schema"]["fields"]]
        self.assertEqual(keys[:6], ["number", "id", "title", "kind", "dimension", "mission"])
        self.assertIn("budget_2566", keys)

    def test_the_ita_results_hold_the_scores_as_the_content_records_them(self):
        rows = read_csv(self.out / "data/ita/results.csv")
        header, body = rows[0], rows[1:]
        by_year = {row[0]: dict(zip(header, row)) for row in body}
        for path in sorted((REPO / "content/ita").glob("*.json")):
            content = json.loads(path.read_text(encoding="utf-8"))
            row = by_year[path.stem]
            if "score" in content:
                self.assertEqual(float(row["คะแนน"]), content["score"], path.name)
            else:
                self.assertEqual(row["คะแนน"], "", path.name)
                self.assertEqual(row["ระดับผลการประเมิน"], "", path.name)
            data = json.loads((self.out / f"data/ita/{path.stem}.json").read_text(encoding="utf-8"))
            self.assertEqual(row["ระดับผลการประเมิน"], data["level"] or "")
            self.assertEqual(row["ที่มาของระดับ"], data["level_source"] or "")

    def test_the_licence_is_in_the_package_and_beside_every_data_link(self):
        self.assertEqual(self.package["licenses"], [{
            "name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "สัญญาอนุญาตครีเอทีฟคอมมอนส์แบบแสดงที่มา 4.0 นานาชาติ"}])
        for page in [f"{PLAN}/index.html", f"{PLAN}/reports/2567-6-month/index.html",
                     "ita/2568/index.html", "oit/index.html", "data/index.html", "en/data/index.html",
                     f"en/{PLAN}/index.html"]:
            with self.subTest(page=page):
                links = page_links(self.out, page)
                data_links = [h for h in links.hrefs if h.endswith(".csv") or
                              (h.endswith(".json") and "data/" in h)]
                self.assertTrue(data_links)
                self.assertIn("https://creativecommons.org/licenses/by/4.0/", links.licenses)
                # One licence beside each group of links: as many as the data/ page has datasets.
                if page == "data/index.html":
                    self.assertEqual(len(links.licenses), len(self.package["resources"]) + 1)
        english = (self.out / "en/data/index.html").read_text(encoding="utf-8")
        self.assertIn("Creative Commons Attribution 4.0 International", english)

    def test_the_catalogue_lists_every_dataset_and_its_links_resolve(self):
        for page in ["data/index.html", "en/data/index.html"]:
            with self.subTest(page=page):
                text = (self.out / page).read_text(encoding="utf-8")
                links = page_links(self.out, page)
                for href in links.hrefs:
                    self.assertTrue(resolves(self.out, page, href), href)
                self.assertTrue(any(h.endswith("data/datapackage.json") for h in links.hrefs))
                for resource in self.package["resources"]:
                    self.assertIn(resource["title"], text)
                    self.assertIn(f'id="dataset-{resource["name"]}"', text)
                    for field in resource["schema"]["fields"]:
                        self.assertIn(f"<code>{field['oitgen:key']}</code>", text)
                self.assertNotIn(0, links.sections)  # no empty section
                self.assertIn("<th scope=\"col\">", text)
        # Every page's footer links to the catalogue, in its language.
        self.assertIn('href="../../data/"', (self.out / f"{PLAN}/index.html").read_text(encoding="utf-8"))
        self.assertIn('href="../en/data/"', (self.out / "en/index.html").read_text(encoding="utf-8"))
        sitemap = (self.out / "sitemap.xml").read_text(encoding="utf-8")
        self.assertIn(f"<loc>{BASE_URL}data/</loc>", sitemap)
        self.assertIn(f"<loc>{BASE_URL}en/data/</loc>", sitemap)


class Unlicensed(unittest.TestCase):
    """The example site as it is (no licence), and a site without reports or ITA years."""

    def test_no_licence_is_claimed_and_the_output_is_the_same_on_every_run(self):
        with tempfile.TemporaryDirectory() as tmp:
            build(REPO, Path(tmp) / "one", threads=1)
            build(REPO, Path(tmp) / "four", threads=4)
            one = (Path(tmp) / "one/data/datapackage.json").read_bytes()
            self.assertEqual(one, (Path(tmp) / "four/data/datapackage.json").read_bytes())
            self.assertNotIn("licenses", json.loads(one))
            for page in ["data/index.html", f"{PLAN}/index.html", "ita/2568/index.html"]:
                self.assertEqual(page_links(Path(tmp) / "one", page).licenses, [], page)
            page = (Path(tmp) / "one/data/index.html").read_text(encoding="utf-8")
            self.assertIn("หน่วยงานยังไม่ได้ระบุสัญญาอนุญาต", page)

    def test_a_site_without_reports_or_ita_still_gets_a_correct_catalogue(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site(tmp, drop=["ita", f"{PLAN}/reports"])
            out = Path(tmp) / "output"
            build(site, out)
            package = json.loads((out / "data/datapackage.json").read_text(encoding="utf-8"))
            names = [r["name"] for r in package["resources"]]
            self.assertEqual(names[:3], ["plan-2566-2570", "plan-2566-2570-declared", "plan-2566-2570-totals"])
            self.assertFalse([n for n in names if n.startswith("ita-") or "-report-" in n])
            self.assertFalse((out / "data/ita").exists())
            links = page_links(out, "data/index.html")
            self.assertNotIn(0, links.sections)
            for href in links.hrefs:
                self.assertTrue(resolves(out, "data/index.html", href), href)


if __name__ == "__main__":
    unittest.main(verbosity=2)
