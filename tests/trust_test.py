#!/usr/bin/env python3
"""What tells a reader the site is the municipality's own, and current: the organization's logo
(organization.logo in site.json) and each way it can be wrong, the favicon, the OpenGraph tags
of a shared link, and the banner on every page of a yearly snapshot, which `archive --verify`
still accepts. The real binary on copies of the example site."""

import hashlib
import html
import json
import os
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
BASE = "https://www.nongbuathong.go.th/ita/"
ENV = {k: v for k, v in os.environ.items() if k not in ("OITGEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
ENV["LANG"] = "C.UTF-8"


def run(*args):
    return subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, env=ENV)


def copy_site(into):
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    return site


def png(width=2, height=2):
    """A real PNG: cairo (the PDF documents) and browsers decode it."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\0" + b"\x17\x39\x6b" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#17396b"/></svg>\n'


def set_logo(site, logo):
    path = site / "content/site.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    config["organization"]["logo"] = logo
    path.write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")


def logo_position(site):
    """Line and column of the logo's value in site.json, as an editor counts them."""
    for number, line in enumerate((site / "content/site.json").read_text(encoding="utf-8").splitlines(), 1):
        at = line.find('"logo": ')
        if at >= 0:
            return number, at + len('"logo": ') + 1
    raise AssertionError("no logo in site.json")


def meta(page, prop):
    found = re.findall(r'<meta property="%s" content="([^"]*)">' % re.escape(prop), page)
    return [html.unescape(value) for value in found]


class Logo(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.site = copy_site(self.tmp.name)
        (self.site / "content/static").mkdir(exist_ok=True)

    def tearDown(self):
        self.tmp.cleanup()

    def check_refused(self, code, words):
        """The check fails with one error of `code` at the logo's value, saying `words`."""
        result = run("check", self.site, "--message-format", "json")
        self.assertEqual(result.returncode, 1, result.stderr)
        problems = [json.loads(line) for line in result.stdout.splitlines()]
        line, column = logo_position(self.site)
        found = [p for p in problems if p["code"] == code]
        self.assertEqual(len(found), 1, problems)
        self.assertEqual((found[0]["file"], found[0]["line"], found[0]["column"], found[0]["severity"]),
                         (f"{self.site}/content/site.json", line, column, "error"))
        self.assertIn(words, found[0]["message"])
        # The human line names the same place, and Thai speaks Thai.
        human = run("check", self.site)
        self.assertIn(f"{self.site}/content/site.json:{line}:{column}: error: logo ", human.stderr)
        thai = run("check", self.site, "--lang", "th")
        self.assertIn(f"{self.site}/content/site.json:{line}:{column}: ข้อผิดพลาด: ", thai.stderr)
        # Nothing is built while it stands.
        out = Path(self.tmp.name) / "out"
        self.assertEqual(run("build", self.site, "--output", out).returncode, 1)
        self.assertFalse(out.exists())
        return found[0]["message"]

    def test_a_png_logo_is_in_the_header_the_favicon_the_shared_image_and_the_documents(self):
        (self.site / "content/static/emblem.png").write_bytes(png(40, 40))
        set_logo(self.site, "static/emblem.png")
        self.assertEqual(run("check", self.site, "--strict").returncode, 0)
        out = Path(self.tmp.name) / "out"
        result = run("build", self.site, "--output", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual((out / "static/emblem.png").read_bytes(), png(40, 40))
        home = page_text(out / "index.html")
        self.assertIn('<img class="brand-logo" src="static/emblem.png" alt="ตราสัญลักษณ์ของเทศบาลตำบลหนองบัวทอง"', home)
        self.assertIn('<link rel="icon" href="static/emblem.png" type="image/png">', home)
        self.assertEqual(meta(home, "og:image"), [BASE + "static/emblem.png"])
        plan = page_text(out / PLAN / "index.html")
        self.assertIn('src="../../static/emblem.png"', plan)
        english = (out / "en/index.html").read_text(encoding="utf-8")
        self.assertIn('alt="Emblem of Nong Bua Thong Subdistrict Municipality"', english)
        # The documents print the same emblem.
        if shutil.which("pdfimages"):
            listing = subprocess.run(["pdfimages", "-list", str(out / "notices/no-gift-policy/no-gift-policy.pdf")],
                                     capture_output=True, text=True, check=True).stdout
            self.assertRegex(listing, r"\n\s*1\s+0\s+image\s+40\s+40\s")

    def test_an_svg_logo_is_the_favicon_as_svg(self):
        (self.site / "content/static/brand").mkdir()
        (self.site / "content/static/brand/Emblem.SVG").write_bytes(SVG)
        set_logo(self.site, "static/brand/Emblem.SVG")
        out = Path(self.tmp.name) / "out"
        result = run("build", self.site, "--output", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        home = page_text(out / "index.html")
        self.assertIn('<link rel="icon" href="static/brand/Emblem.SVG" type="image/svg+xml">', home)
        self.assertEqual((out / "static/brand/Emblem.SVG").read_bytes(), SVG)

    def test_a_missing_file(self):
        set_logo(self.site, "static/emblem.png")
        message = self.check_refused("site.logo-missing", "does not exist")
        self.assertIn('"static/emblem.png"', message)

    def test_a_path_that_leaves_the_folder(self):
        (self.site / "emblem.png").write_bytes(png())
        for path in ["static/../../emblem.png", "/etc/emblem.png", "../emblem.png", "plans/emblem.png",
                     "static/.hidden/emblem.png", "static/"]:
            with self.subTest(path=path):
                set_logo(self.site, path)
                self.check_refused("site.logo-path", "content/static/")

    def test_a_symbolic_link(self):
        (self.site / "content/static/real.png").write_bytes(png())
        os.symlink("real.png", self.site / "content/static/emblem.png")
        set_logo(self.site, "static/emblem.png")
        message = self.check_refused("site.logo-link", "symbolic link")
        self.assertIn("content/static/emblem.png", message)
        # A link out of content/ too, and a linked folder on the way.
        os.unlink(self.site / "content/static/emblem.png")
        (Path(self.tmp.name) / "outside.png").write_bytes(png())
        os.symlink(Path(self.tmp.name) / "outside.png", self.site / "content/static/emblem.png")
        self.check_refused("site.logo-link", "symbolic link")
        os.unlink(self.site / "content/static/emblem.png")
        (self.site / "content/static/real").mkdir()
        (self.site / "content/static/real/emblem.png").write_bytes(png())
        os.symlink("real", self.site / "content/static/linked")
        set_logo(self.site, "static/linked/emblem.png")
        self.assertIn("content/static/linked", self.check_refused("site.logo-link", "symbolic link"))

    def test_a_wrong_type(self):
        static = self.site / "content/static"
        (static / "emblem.gif").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
        set_logo(self.site, "static/emblem.gif")
        self.check_refused("site.logo-type", "PNG, JPEG or SVG")
        (static / "emblem.png").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
        set_logo(self.site, "static/emblem.png")
        self.check_refused("site.logo-type", "neither PNG, JPEG nor SVG")
        (static / "emblem.png").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 64)
        self.check_refused("site.logo-type", "its content is JPEG")
        (static / "emblem.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')
        set_logo(self.site, "static/emblem.svg")
        self.check_refused("site.logo-type", "script")
        (static / "folder.png").mkdir()
        set_logo(self.site, "static/folder.png")
        self.check_refused("site.logo-type", "folder")

    def test_an_oversized_file(self):
        (self.site / "content/static/emblem.png").write_bytes(png() + b"\0" * (300 * 1024))
        set_logo(self.site, "static/emblem.png")
        message = self.check_refused("site.logo-too-large", "256 KiB")
        self.assertIn("every page", message)

    def test_a_logo_that_is_not_text(self):
        set_logo(self.site, 42)
        result = run("check", self.site, "--message-format", "json")
        self.assertEqual(result.returncode, 1)
        codes = [json.loads(line)["code"] for line in result.stdout.splitlines()]
        self.assertIn("value.wrong-type", codes)


class SharedPages(unittest.TestCase):
    """Without a logo: the theme's favicon, and OpenGraph tags with every text escaped."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.site = copy_site(cls.tmp.name)
        plan_file = cls.site / f"content/{PLAN}/plan.json"
        plan = json.loads(plan_file.read_text(encoding="utf-8"))
        plan["title"]["th"] = 'แผน "ทดสอบ" <script>alert(1)</script> & ปี'
        plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        cls.out = Path(cls.tmp.name) / "out"
        result = run("build", cls.site, "--output", cls.out)
        assert result.returncode == 0, result.stderr

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def read(self, path):
        return page_text(self.out / path)

    def test_the_theme_favicon(self):
        self.assertTrue((self.out / "assets/favicon.svg").read_bytes().startswith(b"<svg"))
        self.assertIn('<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">', self.read("index.html"))
        self.assertIn('<link rel="icon" href="../../assets/favicon.svg" type="image/svg+xml">',
                      self.read(f"{PLAN}/index.html"))
        self.assertNotIn("og:image", self.read("index.html"))
        self.assertNotIn("brand-logo", self.read("index.html"))

    def test_opengraph_tags_name_the_page(self):
        home = self.read("index.html")
        self.assertEqual(meta(home, "og:type"), ["website"])
        self.assertEqual(meta(home, "og:url"), [BASE])
        self.assertEqual(meta(home, "og:site_name"), ["เทศบาลตำบลหนองบัวทอง"])
        self.assertEqual(meta(home, "og:locale"), ["th_TH"])
        self.assertEqual(meta(home, "og:locale:alternate"), ["en_US"])
        self.assertEqual(len(meta(home, "og:description")), 1)
        notice = self.read("en/notices/no-gift-policy/index.html")
        self.assertEqual(meta(notice, "og:type"), ["article"])
        self.assertEqual(meta(notice, "og:locale"), ["en_US"])
        self.assertEqual(meta(notice, "og:url"), [BASE + "en/notices/no-gift-policy/"])
        title = re.search(r"<title>(.*?) · ", notice).group(1)
        self.assertEqual(meta(notice, "og:title"), [html.unescape(title)])
        self.assertEqual(meta(notice, "og:site_name"), ["Nong Bua Thong Subdistrict Municipality"])
        # A page whose description is only its title gives none.
        ita = self.read("ita/2568/index.html")
        self.assertEqual(meta(ita, "og:description"), [])

    def test_opengraph_text_is_escaped(self):
        plan = self.read(f"{PLAN}/index.html")
        self.assertNotIn("<script>", plan)
        self.assertEqual(meta(plan, "og:title"), ['แผน "ทดสอบ" <script>alert(1)</script> & ปี'])
        tag = re.search(r'<meta property="og:title" content="[^"]*">', plan).group(0)
        self.assertIn("&quot;ทดสอบ&quot;", tag)
        self.assertIn("&lt;script&gt;", tag)


def tree_digest(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*")) if p.is_file()}


class ArchivedBanner(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.site = copy_site(cls.tmp.name)
        result = run("archive", 2567, cls.site)
        assert result.returncode == 0, result.stderr
        cls.snapshot = cls.site / "content/archive/2567"

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_archived_page_has_the_banner_linking_to_the_current_page(self):
        pages = sorted(self.snapshot.rglob("*.html"))
        self.assertGreater(len(pages), 30)
        for page in pages:
            text = page_text(page)
            path = page.relative_to(self.snapshot).as_posix()
            with self.subTest(page=path):
                banner = re.search(r'<div class="archived-banner">\s*<p class="wrap"><strong>(.*?)</strong> '
                                   r'<a href="([^"]*)">(.*?)</a></p>', text)
                self.assertIsNotNone(banner)
                english = path.startswith("en/")
                self.assertEqual(banner.group(1), "Archived copy of fiscal year 2024, kept unchanged: it may be out of date."
                                 if english else
                                 "สำเนาที่เก็บถาวรของปีงบประมาณ พ.ศ. 2567 จัดเก็บไว้โดยไม่แก้ไข ข้อมูลอาจไม่เป็นปัจจุบัน")
                folder = path[: -len("index.html")]
                expected = BASE + ("" if path == "404.html" else folder)
                self.assertEqual(banner.group(2), expected)

    def test_the_banner_is_hashed_and_verified(self):
        manifest = json.loads((self.snapshot / "manifest.json").read_text(encoding="utf-8"))
        hashes = {f["path"]: f["sha256"] for f in manifest["files"]}
        home = (self.snapshot / "index.html").read_bytes()
        self.assertIn(b"archived-banner", home)
        self.assertEqual(hashes["index.html"], hashlib.sha256(home).hexdigest())
        result = run("archive", "--verify", self.site)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_the_current_site_has_no_banner_and_publishes_the_snapshot_unchanged(self):
        out = Path(self.tmp.name) / "out"
        before = tree_digest(self.snapshot)
        result = run("build", self.site, "--output", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn("archived-banner", page_text(out / "index.html"))
        self.assertNotIn("archived-banner", page_text(out / PLAN / "index.html"))
        self.assertEqual(tree_digest(out / "archive/2567"), before)
        self.assertEqual(tree_digest(self.snapshot), before)


if __name__ == "__main__":
    unittest.main()
