#!/usr/bin/env python3
"""Integration tests of `oitgen build --sites`: many sites into one folder, with an index."""

import csv
import hashlib
import io
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from page_text import page_text

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
MINIMAL = REPO / "tests/check/clean-minimal/content"
REPORT = "content/plans/2566-2570/reports/2567-6-month.json"


def run(*args, env=None, cwd=None):
    return subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env=dict(os.environ, **(env or {})), cwd=cwd, stdin=subprocess.DEVNULL)


def add_site(sites, name, content=MINIMAL):
    folder = Path(sites) / name
    shutil.copytree(content, folder / "content")
    return folder


def break_site(folder):
    report = folder / REPORT
    report.write_text(report.read_text(encoding="utf-8").replace(
        '"status": "completed"', '"status": "done"'), encoding="utf-8")


def fix_site(folder):
    report = folder / REPORT
    report.write_text(report.read_text(encoding="utf-8").replace(
        '"status": "done"', '"status": "completed"'), encoding="utf-8")


def tree(folder):
    """Every file under folder: path -> SHA-256, and every link: path -> target."""
    state = {}
    for path in sorted(Path(folder).rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            state[rel] = "link " + os.readlink(path)
        elif path.is_file():
            state[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def rows(out):
    return {row["id"]: row for row in json.loads((out / "sites.json").read_text(encoding="utf-8"))["sites"]}


class OneBrokenSite(unittest.TestCase):
    """Three sites, one broken: the two others are built, the broken one is reported."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.sites = Path(cls.tmp.name) / "sites"
        add_site(cls.sites, "alpha", REPO / "content")
        break_site(add_site(cls.sites, "bravo"))
        add_site(cls.sites, "charlie")
        (cls.sites / "README.md").write_text("the province's sites\n")
        (cls.sites / "drafts").mkdir()
        cls.result = run("build", "--sites", cls.sites, env={"SOURCE_DATE_EPOCH": "1764648000"})
        cls.out = cls.sites / "output"

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_exit_status_and_messages(self):
        text = self.result.stdout
        self.assertEqual(self.result.returncode, 1, text + self.result.stdout)
        # The broken site's diagnostics carry its folder, with line and column.
        self.assertRegex(text, re.escape(str(self.sites / "bravo" / REPORT)) +
                         r":8:\d+: error: status \"done\" is not one of")
        self.assertIn("failed bravo: 1 error\n", text)
        self.assertRegex(text, r"built alpha: \d+ pages\n")
        self.assertRegex(text, r"built charlie: \d+ pages\n")
        self.assertRegex(text, r"built 2 of 3 sites, \d+ pages, into " +
                         re.escape(str(self.out)) + r" in \d+ ms; not built: bravo")
        self.assertIn(f"note: {self.sites}/drafts is skipped: it holds no content/site.json", text)
        self.assertNotIn("README", text)
        self.assertNotIn("\r", text)  # not a terminal: plain lines, no progress bar

    def test_the_good_sites_are_built(self):
        self.assertTrue((self.out / "alpha/index.html").is_file())
        self.assertTrue((self.out / "charlie/index.html").is_file())
        self.assertTrue((self.out / "alpha/.oitgen-output").is_file())
        self.assertFalse((self.out / "bravo").exists())
        self.assertFalse((self.out / "output").exists())
        marker = json.loads((self.out / ".oitgen-output").read_text())
        self.assertEqual(marker["made_by"], "oitgen build --sites")
        leftovers = [p.name for p in self.out.iterdir() if ".staging-" in p.name or ".tmp-" in p.name]
        self.assertEqual(leftovers, [])

    def test_index_lists_every_site(self):
        html = page_text(self.out / "index.html")
        for site in ["alpha", "bravo", "charlie"]:
            self.assertIn(f'id="site-{site}"', html)
        self.assertIn('<a href="alpha/">', html)
        self.assertRegex(html, r'<tr id="site-bravo" class="site-failed">')
        self.assertIn("สร้างไม่สำเร็จ ยังไม่มีเว็บไซต์", html)
        self.assertIn('<html lang="th">', html)
        english = page_text(self.out / "index.en.html")
        self.assertIn('<html lang="en">', english)
        self.assertIn("Failed; never built", english)
        self.assertIn('href="index.html" hreflang="th"', english)
        self.assertTrue((self.out / "style.css").read_text().startswith("/* oitgen default theme"))
        # The theme's icon and what a shared link shows, as on the sites' pages.
        self.assertTrue((self.out / "favicon.svg").read_text().lstrip().startswith("<svg"))
        self.assertIn('<link rel="icon" href="favicon.svg" type="image/svg+xml">', html)
        self.assertIn('<meta property="og:title" content="', html)
        self.assertIn('<meta property="og:locale" content="th_TH">', html)
        self.assertIn('<meta property="og:locale" content="en_US">', english)
        # Order by folder name, whatever thread finished first.
        self.assertLess(html.index("site-alpha"), html.index("site-bravo"))
        self.assertLess(html.index("site-bravo"), html.index("site-charlie"))

    def test_figures_are_each_sites_own(self):
        """The index shows the figures the site's own open data holds, never new ones."""
        alpha = rows(self.out)["alpha"]
        self.assertEqual(alpha["status"], "built")
        self.assertEqual(alpha["built_at"], "2025-12-02T04:00:00Z")
        report = alpha["report"]
        data = json.loads((self.out / "alpha/data/plans" / report["plan"] / "reports" /
                           (report["report"] + ".json")).read_text(encoding="utf-8"))
        self.assertEqual(report["implementation_level"], data["implementation_level"])
        ita = json.loads((self.out / f"alpha/data/ita/{alpha['ita']['year']}.json").read_text(encoding="utf-8"))
        self.assertEqual(alpha["ita"]["level"], ita["level"])
        self.assertEqual(alpha["ita"]["level_source"], ita["level_source"])
        oit_html = page_text(self.out / "alpha/oit/index.html")
        served, total = alpha["oit"]["served"], alpha["oit"]["total"]
        self.assertIn(f'{served}<span class="unit">/{total}</span>', oit_html)
        html = page_text(self.out / "index.html")
        self.assertIn(f"<strong>{served}/{total}</strong>", html)
        level = "%.2f%%" % data["implementation_level"]
        self.assertIn(f"<strong>{level}</strong>", html)
        # 04:00 UTC is 11:00 in Thailand, 2 December 2568 (Buddhist Era).
        self.assertIn('<time datetime="2025-12-02T04:00:00Z">2 ธ.ค. 2568 11:00 น.</time>', html)

        bravo = rows(self.out)["bravo"]
        self.assertEqual(bravo["status"], "failed")
        self.assertIsNone(bravo["built_at"])
        self.assertIsNone(bravo["url"])
        self.assertEqual(bravo["name"]["th"], "เทศบาลตำบลทดสอบ")

    def test_csv_matches_json(self):
        raw = (self.out / "sites.csv").read_bytes()
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"))
        table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        self.assertEqual([r["id"] for r in table], ["alpha", "bravo", "charlie"])
        by_id = rows(self.out)
        alpha = table[0]
        self.assertEqual(alpha["status"], "built")
        self.assertEqual(alpha["url"], "alpha/")
        self.assertEqual(float(alpha["implementation_level"]),
                         round(by_id["alpha"]["report"]["implementation_level"], 2))
        self.assertEqual(int(alpha["oit_served"]), by_id["alpha"]["oit"]["served"])
        self.assertEqual(table[1]["status"], "failed")
        self.assertEqual(table[1]["built_at"], "")


class Rebuild(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.sites = Path(self.tmp.name) / "sites"
        self.out = Path(self.tmp.name) / "public"
        for name in ["alpha", "bravo", "charlie"]:
            add_site(self.sites, name)

    def tearDown(self):
        self.tmp.cleanup()

    def build(self, epoch, *extra, env=None):
        return run("build", "--sites", self.sites, "--output", self.out, *extra,
                   env=dict({"SOURCE_DATE_EPOCH": str(epoch)}, **(env or {})))

    def test_a_failed_site_keeps_its_previous_output_and_build_time(self):
        first = self.build(1700000000)
        self.assertEqual(first.returncode, 0, first.stdout)
        self.assertRegex(first.stdout, r"built 3 of 3 sites, \d+ pages, into ")
        bravo_before = tree(self.out / "bravo")

        break_site(self.sites / "bravo")
        second = self.build(1700003600)
        self.assertEqual(second.returncode, 1, second.stdout)
        self.assertEqual(tree(self.out / "bravo"), bravo_before)
        listed = rows(self.out)
        self.assertEqual(listed["bravo"]["status"], "failed")
        self.assertEqual(listed["bravo"]["built_at"], "2023-11-14T22:13:20Z")
        self.assertEqual(listed["bravo"]["url"], "bravo/")
        self.assertIsNotNone(listed["bravo"]["report"])  # the figures its output still shows
        # alpha did not change: it was not built again, and keeps its build time and row.
        self.assertEqual(listed["alpha"]["built_at"], "2023-11-14T22:13:20Z")
        self.assertEqual(listed["alpha"]["status"], "built")
        self.assertIn("unchanged alpha: nothing was written", second.stdout)
        html = page_text(self.out / "index.html")
        self.assertIn("สร้างไม่สำเร็จ แสดงเว็บไซต์ที่สร้างครั้งก่อน", html)
        self.assertIn('<a href="bravo/">', html)

        fix_site(self.sites / "bravo")
        third = self.build(1700007200)
        self.assertEqual(third.returncode, 0, third.stdout)
        listed = rows(self.out)
        self.assertEqual(listed["bravo"]["status"], "built")
        self.assertEqual(listed["bravo"]["built_at"], "2023-11-15T00:13:20Z")

    def test_one_thread_and_many_give_the_same_tree(self):
        break_site(self.sites / "charlie")
        add_site(self.sites, "delta", REPO / "content")
        one = self.build(1700000000, env={"OITGEN_THREADS": "1"})
        self.assertEqual(one.returncode, 1)
        first = tree(self.out)
        shutil.rmtree(self.out)
        many = self.build(1700000000, env={"OITGEN_THREADS": "4"})
        self.assertEqual(many.returncode, 1)
        self.assertEqual(tree(self.out), first)

    def test_a_site_removed_keeps_its_output_with_a_note(self):
        self.assertEqual(self.build(1700000000).returncode, 0)
        shutil.rmtree(self.sites / "charlie")
        result = self.build(1700000001)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIn(f"note: {self.out}/charlie is the output of a site that", result.stdout)
        self.assertTrue((self.out / "charlie/index.html").is_file())
        self.assertNotIn("charlie", rows(self.out))

    def test_a_hand_edited_index_is_read_safely(self):
        self.assertEqual(self.build(1700000000).returncode, 0)
        break_site(self.sites / "bravo")
        (self.out / "sites.json").write_text(json.dumps({
            "format": "oitgen-sites-1", "built_at": "x",
            "sites": [{"id": "bravo", "status": "built", "built_at": "2023-11-14T22:13:20Z",
                       "name": {"th": "<script>alert(1)</script>", "en": 5},
                       "province": "=HYPERLINK(\"http://x\")", "pages": "many",
                       "report": {"fiscal_year": "2567", "implementation_level": "high"},
                       "ita": [], "oit": {"served": 1e300, "total": -1}},
                      {"id": "../etc", "status": "built"}, 7]}), encoding="utf-8")
        result = self.build(1700003600)
        self.assertEqual(result.returncode, 1, result.stdout)
        html = page_text(self.out / "index.html")
        self.assertNotIn("<script>", html)
        self.assertIn("&lt;script&gt;", html)
        self.assertNotIn("../etc", html)
        table = (self.out / "sites.csv").read_text(encoding="utf-8-sig")
        self.assertIn('"\'=HYPERLINK(""http://x"")"', table)


class Refusals(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = Path(self.tmp.name)
        self.sites = self.root / "sites"
        add_site(self.sites, "alpha")

    def tearDown(self):
        self.tmp.cleanup()

    def test_a_foreign_output_folder_is_refused(self):
        mine = self.root / "documents"
        mine.mkdir()
        (mine / "notes.txt").write_text("mine\n")
        before = tree(mine)
        result = run("build", "--sites", self.sites, "--output", mine)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"oitgen build: refusing to write the sites into {mine}: it holds files that "
                      "oitgen did not write (such as notes.txt)", result.stdout)
        self.assertEqual(tree(mine), before)

    def test_the_output_of_one_site_is_refused(self):
        single = self.root / "single"
        self.assertEqual(run("build", self.sites / "alpha", "--output", single).returncode, 0)
        before = tree(single)
        result = run("build", "--sites", self.sites, "--output", single)
        self.assertEqual(result.returncode, 2)
        self.assertIn('it was made by "oitgen build", not by "oitgen build --sites"', result.stdout)
        self.assertEqual(tree(single), before)

    def test_the_sites_folder_and_its_sites_are_refused(self):
        before = tree(self.sites)
        for output, why in [(self.sites, "it is the folder of the sites itself"),
                            (self.root, "it holds the folder of the sites"),
                            (self.sites / "alpha/content", "it is inside the site folder"),
                            (self.sites / "alpha/public", "it is inside the site folder")]:
            result = run("build", "--sites", self.sites, "--output", output)
            self.assertEqual(result.returncode, 2, output)
            self.assertIn(why, result.stdout)
        self.assertEqual(tree(self.sites), before)

    def test_a_foreign_folder_in_the_output_refuses_that_site_only(self):
        self.assertEqual(run("build", "--sites", self.sites).returncode, 0)
        add_site(self.sites, "bravo")
        foreign = self.sites / "output/bravo"
        foreign.mkdir()
        (foreign / "mine.txt").write_text("mine\n")
        result = run("build", "--sites", self.sites)
        self.assertEqual(result.returncode, 2, result.stdout)
        self.assertIn("refused bravo: nothing was written for it", result.stdout)
        self.assertIn("it holds files that oitgen did not write (such as mine.txt)", result.stdout)
        self.assertEqual((foreign / "mine.txt").read_text(), "mine\n")
        self.assertEqual(sorted(p.name for p in foreign.iterdir()), ["mine.txt"])
        self.assertIn("unchanged alpha: nothing was written", result.stdout)

    def test_hostile_folder_names_are_refused(self):
        outside = self.root / "elsewhere"
        add_site(outside, "secret")
        (self.sites / "linked").symlink_to(outside / "secret")
        add_site(self.sites, "My Site")
        add_site(self.sites, "a..b")
        add_site(self.sites, "esc\x1b[2Jape")
        add_site(self.sites, ".hidden")
        before = tree(outside)
        result = run("build", "--sites", self.sites)
        text = result.stdout
        self.assertEqual(result.returncode, 1, text)
        self.assertIn(f"{self.sites}/linked: error: is a symbolic link (to {outside}/secret), not a "
                      "folder", text)
        self.assertIn(f"{self.sites}/My Site: error: the folder's name is not a site id", text)
        self.assertIn(f"{self.sites}/a..b: error: the folder's name is not a site id", text)
        # A control character in a name is shown, never sent to the terminal.
        self.assertIn(f"{self.sites}/esc\\x1b[2Jape: error: the folder's name is not a site id", text)
        self.assertNotIn("\x1b", text)
        self.assertNotIn(".hidden", text)
        self.assertRegex(text, r"built 1 of 5 sites")
        out = self.sites / "output"
        self.assertEqual(sorted(p.name for p in out.iterdir() if not p.name.startswith(".")),
                         ["alpha", "favicon.svg", "index.en.html", "index.html", "sites.csv", "sites.json",
                          "style.css"])
        self.assertEqual(list(rows(out)), ["alpha", "linked"])
        self.assertEqual(rows(out)["linked"]["status"], "failed")
        self.assertEqual(tree(outside), before)

    def test_usage(self):
        result = run("build", "--sites", self.sites, self.sites / "alpha")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--sites takes the folder of the sites", result.stdout)
        result = run("build", self.sites / "alpha", "--theme-dir", self.root)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--theme-dir goes with --sites", result.stdout)
        result = run("build", "--sites", self.root / "none")
        self.assertEqual(result.returncode, 2)
        self.assertIn("is not a folder", result.stdout)
        result = run("build", "--sites", self.sites, "--base-url", "https://example.go.th/")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--base-url names one site's address; it does not go with --sites",
                      result.stdout)


class SitesFlags(unittest.TestCase):
    """--no-pdf and --for-disk apply to every site of --sites, as to one site."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.sites = Path(self.tmp.name) / "sites"
        for name in ("alpha", "beta"):
            add_site(self.sites, name)

    def tearDown(self):
        self.tmp.cleanup()

    def test_no_pdf_leaves_the_documents_out_of_every_site(self):
        result = run("build", "--sites", self.sites, "--no-pdf")
        self.assertEqual(result.returncode, 0, result.stdout)
        output = self.sites / "output"
        for name in ("alpha", "beta"):
            self.assertTrue((output / name / "index.html").is_file())
            self.assertEqual(sorted(str(p) for p in (output / name).rglob("*.pdf")), [])
        result = run("build", "--sites", self.sites)
        self.assertEqual(result.returncode, 0, result.stdout)
        for name in ("alpha", "beta"):
            self.assertNotEqual(list((output / name).rglob("*.pdf")), [], name)

    def test_for_disk_links_name_index_html_on_the_sites_and_the_index(self):
        result = run("build", "--sites", self.sites, "--for-disk", "--no-pdf")
        self.assertEqual(result.returncode, 0, result.stdout)
        output = self.sites / "output"
        index = page_text(output / "index.html")
        self.assertIn('href="alpha/index.html"', index)
        self.assertNotIn('href="alpha/"', index)
        home = page_text(output / "alpha/index.html")
        for link in re.findall(r'href="([^"#]*)"', home):
            if not re.match(r"[a-z]+:", link) and link:
                self.assertFalse(link.endswith("/"), link)


class SharedTheme(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = Path(self.tmp.name)
        self.sites = self.root / "sites"
        self.themes = self.root / "themes"
        for name in ["alpha", "bravo"]:
            site = add_site(self.sites, name)
            config = site / "content/site.json"
            config.write_text(config.read_text(encoding="utf-8").replace(
                '"theme": "default"', '"theme": "civic"'), encoding="utf-8")
        (self.themes / "civic/i18n").mkdir(parents=True)
        strings = json.loads((REPO / "themes/default/i18n/th.json").read_text(encoding="utf-8"))
        strings["skip_to_content"] = "ข้ามไปยังเนื้อหาของจังหวัด"
        (self.themes / "civic/i18n/th.json").write_text(json.dumps(strings, ensure_ascii=False),
                                                        encoding="utf-8")

    def tearDown(self):
        self.tmp.cleanup()

    def test_sites_take_their_theme_from_the_shared_folder(self):
        result = run("build", "--sites", self.sites, "--theme-dir", self.themes)
        self.assertEqual(result.returncode, 0, result.stdout)
        for name in ["alpha", "bravo"]:
            html = page_text(self.sites / "output" / name / "index.html")
            self.assertIn("ข้ามไปยังเนื้อหาของจังหวัด", html)
        # Without --theme-dir the sites look in their own themes/ and find no civic theme.
        result = run("build", "--sites", self.sites)
        self.assertEqual(result.returncode, 1)
        self.assertIn('theme "civic" has no folder themes/civic/ in the site folder', result.stdout)

    def test_a_change_to_the_shared_theme_rebuilds_every_site(self):
        self.assertEqual(run("build", "--sites", self.sites, "--theme-dir", self.themes).returncode, 0)
        strings_file = self.themes / "civic/i18n/th.json"
        strings = json.loads(strings_file.read_text(encoding="utf-8"))
        strings["skip_to_content"] = "ข้ามไปยังเนื้อหาที่แก้แล้ว"
        strings_file.write_text(json.dumps(strings, ensure_ascii=False), encoding="utf-8")
        result = run("build", "--sites", self.sites, "--theme-dir", self.themes)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertNotIn("unchanged", result.stdout)
        for name in ["alpha", "bravo"]:
            html = page_text(self.sites / "output" / name / "index.html")
            self.assertIn("ข้ามไปยังเนื้อหาที่แก้แล้ว", html)

    def test_a_broken_shared_theme_is_told_once_and_fails_its_sites(self):
        (self.themes / "civic/templates").mkdir()
        (self.themes / "civic/templates/home.mustache").write_text("{{#open}}never closed\n")
        result = run("build", "--sites", self.sites, "--theme-dir", self.themes)
        text = result.stdout
        self.assertEqual(result.returncode, 1, text)
        self.assertEqual(text.count(f"{self.themes}/civic/templates/home.mustache: error: invalid template"), 1, text)
        for name in ["alpha", "bravo"]:
            self.assertIn(f"{self.sites}/{name}/content/site.json: error: theme \"civic\" of the shared "
                          f"theme folder {self.themes} has 1 error, listed once under {self.themes}/civic/", text)
            self.assertIn(f"failed {name}: 1 error", text)
        self.assertFalse((self.sites / "output/alpha").exists())

    def test_a_theme_missing_from_the_shared_folder(self):
        shutil.rmtree(self.themes / "civic")
        result = run("build", "--sites", self.sites, "--theme-dir", self.themes)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f'{self.sites}/alpha/content/site.json: error: theme "civic" has no folder civic/ '
                      f'in the shared theme folder {self.themes}', result.stdout)


class Terminal(unittest.TestCase):
    def test_a_progress_bar_on_a_terminal(self):
        with tempfile.TemporaryDirectory() as tmp:
            sites = Path(tmp) / "sites"
            for name in ["alpha", "bravo", "charlie"]:
                add_site(sites, name)
            break_site(sites / "charlie")
            primary, secondary = pty.openpty()
            env = dict(os.environ, TERM="xterm")
            env.pop("CI", None)
            process = subprocess.Popen([str(OITGEN), "build", "--sites", str(sites)], stdin=secondary,
                                       stdout=secondary, stderr=secondary, env=env)
            os.close(secondary)
            output = b""
            while True:
                ready, _, _ = select.select([primary], [], [], 30)
                if not ready:
                    break
                try:
                    chunk = os.read(primary, 65536)
                except OSError:  # the pseudo-terminal closes when the process ends
                    break
                if not chunk:
                    break
                output += chunk
            os.close(primary)
            self.assertEqual(process.wait(timeout=30), 1)
            text = output.decode("utf-8", errors="replace")
            self.assertRegex(text, r"\r\[#+ *\] [0-3]/3 sites, \d+ pages")
            self.assertIn("\r[########################] 3/3 sites", text)
            self.assertIn("\x1b[K", text)
            # On a terminal the bar stands for the sites that built; a failure is still told.
            self.assertNotIn("built alpha:", text)
            self.assertIn("failed charlie: 1 error", text)
            self.assertRegex(text, r"built 2 of 3 sites")


if __name__ == "__main__":
    unittest.main(verbosity=2)
