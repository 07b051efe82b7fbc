#!/usr/bin/env python3
"""Incremental builds: whatever was edited, `oitgen build` into an output it built before gives
the tree that a clean build gives, byte for byte, and writes only the files whose bytes changed.

Random edits (seeded by OITGEN_INCREMENTAL_SEED, default 13; OITGEN_INCREMENTAL_STEPS edits,
default 40) are made to a copy of the example site; after each one the site is built into its
output (incremental) and into a new folder (clean), and the two trees are compared.
"""

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
SEED = int(os.environ.get("OITGEN_INCREMENTAL_SEED", "13"))
STEPS = int(os.environ.get("OITGEN_INCREMENTAL_STEPS", "40"))
# One day for the whole run: the incremental and the clean build of a step must not fall on
# two sides of midnight in Thailand, where the figures (report deadlines) change.
os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
PLAN = "content/plans/2566-2570"
MARKER = ".oitgen-output"
MANIFEST = ".oitgen-build.json"


def run(*args):
    return subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def build(site, output=None):
    args = ["build", site] + (["--output", output] if output else [])
    result = run(*args)
    assert result.returncode == 0, result.stdout
    return result.stdout


def tree(folder):
    """Every file (hidden ones too): path -> (bytes, inode, mtime)."""
    files = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and not path.is_symlink():
            info = path.stat()
            files[str(path.relative_to(folder))] = (path.read_bytes(), info.st_ino, info.st_mtime_ns)
    return files


def contents(files):
    return {path: entry[0] for path, entry in files.items()}


def written(before, after):
    """The files of `after` that are new files on disk (another inode than before)."""
    return {path for path, entry in after.items()
            if path not in before or before[path][1] != entry[1]}


def differing(before, after):
    return {path for path, entry in after.items()
            if path not in before or before[path][0] != entry[0]}


def mismatches(got, expected):
    """Which files differ, the manifest last, with the lines that differ in the first of them:
    enough to tell from one failed run what went wrong."""
    paths = sorted((p for p in expected if got[p][0] != expected[p][0]),
                   key=lambda p: (p == MANIFEST, p))
    if not paths:
        return ""
    old, new = expected[paths[0]][0], got[paths[0]][0]
    at = next((i for i, (x, y) in enumerate(zip(old, new)) if x != y), min(len(old), len(new)))
    around = slice(max(0, at - 200), at + 200)
    return "differ: %s\nfirst at byte %d of %s\nclean:       %r\nincremental: %r" % (
        ", ".join(paths), at, paths[0], old[around].decode("utf-8", "replace"),
        new[around].decode("utf-8", "replace"))


def copy_site(into):
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    return site


def replace_in(file, pattern, replacement, count=1):
    text = file.read_text(encoding="utf-8")
    new, n = re.subn(pattern, replacement, text, count=count)
    assert n, "%s: no %r" % (file, pattern)
    file.write_text(new, encoding="utf-8")


class Edits:
    """Edits a site as its clerk would: each keeps the content free of errors."""

    def __init__(self, site, rng):
        self.site = site
        self.rng = rng
        self.n = 0

    def projects(self):
        return sorted(p for p in (self.site / PLAN / "projects").glob("p*.md")
                      if not p.name.endswith(".en.md"))

    def project_budget(self):
        # An amount for an amount: which years are planned stays, so the reports stay right.
        files = self.projects()
        self.rng.shuffle(files)
        pattern = r"budget: \{(\d+): \d+"
        file = next(f for f in files if re.search(pattern, f.read_text(encoding="utf-8")))
        replace_in(file, pattern, r"budget: {\g<1>: %d" % self.rng.randrange(0, 90000, 500))

    def project_title(self):
        file = self.rng.choice(self.projects())
        replace_in(file, r"(?m)^title: (.*)$", r"title: \1 (แก้ไขครั้งที่ %d)" % self.n)

    def report_status(self):
        file = self.rng.choice(sorted((self.site / PLAN / "reports").glob("*.json")))
        data = json.loads(file.read_text(encoding="utf-8"))
        entry = self.rng.choice([e for e in data["entries"] if e["status"] != "not_planned"])
        entry["status"] = self.rng.choice(["in_progress", "completed", "not_reported", "not_possible"])
        file.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    def site_json(self):
        file = self.site / "content/site.json"
        data = json.loads(file.read_text(encoding="utf-8"))
        data["organization"]["phone"] = "043-009-%03d" % self.rng.randrange(1000)
        file.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    def theme_override(self):
        file = self.site / "themes/default/templates/project.mustache"
        if file.exists() and self.rng.random() < 0.3:
            file.unlink()
            return
        file.parent.mkdir(parents=True, exist_ok=True)
        original = (REPO / "themes/default/templates/project.mustache").read_text(encoding="utf-8")
        file.write_text(original + "<!-- override %d -->\n" % self.n, encoding="utf-8")

    def add_or_remove_project(self):
        file = self.site / PLAN / "projects/p27.md"
        if file.exists():
            file.unlink()
            return
        file.write_text("---\nnumber: 27\ntitle: โครงการเพิ่มเติมที่ %d\nkind: activity\n"
                        "dimension: 1\nmission: \"1.1\"\nbudget: {2569: 1000}\n---\n\nกิจกรรมใหม่\n"
                        % self.n, encoding="utf-8")

    def ita_score(self):
        file = self.site / "content/ita/2568.json"
        replace_in(file, r'"score": [0-9.]+', '"score": %.2f' % self.rng.uniform(95.0, 99.0))

    def news_item(self):
        news = self.site / "content/news"
        added = news / "2024-05-01-community-forum.md"
        choice = self.rng.random()
        if added.exists() and choice < 0.4:
            added.unlink()
        elif not added.exists() and choice < 0.4:
            added.write_text("---\ntitle: เวทีประชาคม ครั้งที่ %d\ndate: 2024-05-01\nsummary: สรุปเวที\n"
                             "---\n\nเนื้อหา\n" % self.n, encoding="utf-8")
        else:
            file = self.rng.choice(sorted(news.glob("*.md")))
            with file.open("a", encoding="utf-8") as out:
                out.write("\nย่อหน้าเพิ่ม %d\n" % self.n)

    def document(self):
        file = self.site / self.rng.choice(["content/pages/about.md", PLAN + "/projects/p12.en.md"])
        with file.open("a", encoding="utf-8") as out:
            out.write("\nAdded paragraph %d.\n" % self.n)

    def risk(self):
        file = self.site / PLAN / "risks/2568.json"
        replace_in(file, r'"likelihood": \d', '"likelihood": %d' % self.rng.randint(1, 5))

    def nothing(self):
        pass

    def random_edit(self):
        self.n += 1
        edit = self.rng.choice([self.project_budget, self.project_title, self.project_title,
                                self.report_status, self.site_json, self.theme_override,
                                self.add_or_remove_project, self.ita_score, self.news_item,
                                self.document, self.risk, self.nothing])
        edit()
        return edit.__name__


class Incremental(unittest.TestCase):
    maxDiff = None  # a failed comparison shows every differing file
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.work = Path(self.tmp.name)
        self.site = copy_site(self.work)
        self.output = self.site / "output"

    def tearDown(self):
        self.tmp.cleanup()

    def clean(self, name="clean"):
        folder = self.work / name
        shutil.rmtree(folder, ignore_errors=True)
        build(self.site, folder)
        return tree(folder)

    def test_random_edits_give_the_clean_tree(self):
        rng = random.Random(SEED)
        edits = Edits(self.site, rng)
        build(self.site)
        for step in range(STEPS):
            name = edits.random_edit()
            before = tree(self.output)
            message = build(self.site)
            after = tree(self.output)
            clean = self.clean()
            where = "step %d (%s): %s" % (step, name, message)
            self.assertEqual(sorted(after), sorted(clean), where)
            self.assertEqual(mismatches(after, clean), "", where)
            # Only the files whose bytes changed are new files; the rest are the old ones.
            new_files = written(before, after) - {MARKER, MANIFEST}
            self.assertEqual(new_files, differing(before, after) - {MARKER, MANIFEST}, where)
            if name == "nothing":
                self.assertIn("unchanged: ", message)
                self.assertEqual(before, after, where)

    def test_no_op_writes_nothing(self):
        build(self.site)
        before = tree(self.output)
        folder_times = [os.stat(f).st_mtime_ns for f in (self.site, self.output)]
        message = build(self.site)
        self.assertIn("unchanged: ", message)
        self.assertIn("nothing was written", message)
        self.assertEqual(tree(self.output), before)  # bytes, inodes and times
        # No staging folder was made beside the output, nothing added inside it.
        self.assertEqual([os.stat(f).st_mtime_ns for f in (self.site, self.output)], folder_times)

    def test_one_project_rewrites_only_what_shows_it(self):
        build(self.site)
        before = tree(self.output)
        replace_in(self.site / PLAN / "projects/p05.md", r"(?m)^title: (.*)$", r"title: \1 ฉบับแก้ไข")
        message = build(self.site)
        after = tree(self.output)
        self.assertEqual(contents(after), contents(self.clean()))
        new_files = written(before, after) - {MARKER, MANIFEST}
        self.assertIn(PLAN[len("content/"):] + "/projects/p05/index.html", new_files)
        self.assertIn(PLAN[len("content/"):] + "/index.html", new_files)
        for other in ("p04", "p06", "p20"):
            self.assertNotIn(PLAN[len("content/"):] + "/projects/%s/index.html" % other, new_files)
        self.assertNotIn("pages/about/index.html", new_files)
        self.assertNotIn("assets/style.css", new_files)
        self.assertEqual(new_files, differing(before, after) - {MARKER, MANIFEST})
        # The other 25 projects' pages were not rendered again.
        counts = re.search(r"built (\d+) pages .*: (\d+) rendered", message)
        self.assertTrue(counts, message)
        self.assertLessEqual(int(counts.group(2)), int(counts.group(1)) - 25, message)

    def test_bad_manifest_or_output_edited_by_hand_builds_whole(self):
        build(self.site)
        clean = contents(self.clean())
        manifest = self.output / MANIFEST
        for text in ("{not json", json.dumps({"format": "oitgen-build-0", "inputs": {}}), ""):
            manifest.write_text(text, encoding="utf-8")
            message = build(self.site)
            self.assertIn("note: output/%s is not a build manifest" % MANIFEST, message)
            self.assertEqual(contents(tree(self.output)), clean)
        page = self.output / "pages/about/index.html"
        page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " (แก้ด้วยมือ)</h1>"),
                        encoding="utf-8")
        message = build(self.site)
        self.assertIn("note: output/pages/about/index.html was changed since the last build; "
                      "the whole site is built", message)
        self.assertEqual(contents(tree(self.output)), clean)
        (self.output / "pages/about/index.html").unlink()
        self.assertIn("index.html was removed since the last build", build(self.site))
        (self.output / "google1234.html").write_text("verification", encoding="utf-8")
        self.assertIn("google1234.html was added since the last build", build(self.site))
        self.assertEqual(contents(tree(self.output)), clean)
        self.assertIn("unchanged: ", build(self.site))

    def test_failed_and_strict_builds_keep_output_and_manifest(self):
        build(self.site)
        before = tree(self.output)
        report = self.site / PLAN / "reports/2567-6-month.json"
        original = report.read_text(encoding="utf-8")
        replace_in(report, r'"status": "completed"', '"status": "done"')
        result = run("build", self.site)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertEqual(tree(self.output), before)
        report.write_text(original, encoding="utf-8")
        # A project planned in a reported year but missing from its reports is a warning.
        (self.site / PLAN / "projects/p27.md").write_text(
            "---\nnumber: 27\ntitle: โครงการใหม่\nkind: activity\ndimension: 1\nmission: \"1.1\"\n"
            "budget: {2567: 1000}\n---\n", encoding="utf-8")
        result = run("build", self.site, "--strict")
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertIn("warning:", result.stdout)
        self.assertEqual(tree(self.output), before)
        warned = build(self.site)
        self.assertIn("warning:", warned)
        # Nothing changed since: the warnings are said again, and --strict still fails.
        again = build(self.site)
        self.assertIn("unchanged: ", again)
        self.assertEqual(sorted(l for l in again.splitlines() if "warning:" in l),
                         sorted(l for l in warned.splitlines() if "warning:" in l))
        kept = tree(self.output)
        result = run("build", self.site, "--strict")
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertEqual(tree(self.output), kept)

    def test_switching_no_pdf_off_and_on_gives_the_clean_tree(self):
        build(self.site)
        with_documents = contents(tree(self.output))
        self.assertTrue(any(path.endswith(".pdf") for path in with_documents))
        for args in (["--no-pdf"], []):
            result = run("build", self.site, *args)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertNotIn("unchanged: ", result.stdout)
            clean = self.work / "clean"
            shutil.rmtree(clean, ignore_errors=True)
            self.assertEqual(run("build", self.site, "--output", clean, *args).returncode, 0)
            self.assertEqual(mismatches(tree(self.output), tree(clean)), "")
            self.assertEqual(sorted(tree(self.output)), sorted(tree(clean)))
        self.assertEqual(contents(tree(self.output)).keys(), with_documents.keys())

    def test_a_changed_font_file_rebuilds_the_documents(self):
        font = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
        if not font.is_file():
            self.skipTest("fonts-tlwg-laksaman is not where Debian puts it")
        home = self.work / "home"
        fonts = home / "share" / "fonts"
        fonts.mkdir(parents=True)
        env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"),
                   XDG_CACHE_HOME=str(home / "cache"))
        copy = fonts / "Laksaman.ttf"
        shutil.copyfile(font, copy)

        def built(*args):
            result = subprocess.run([str(OITGEN), "build", self.site, *args], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            self.assertEqual(result.returncode, 0, result.stdout)
            return result.stdout

        built()
        data = json.loads((self.output / MANIFEST).read_text(encoding="utf-8"))
        self.assertIn(str(copy), data["font_files"])
        self.assertIn("unchanged: ", built())
        os.utime(copy, ns=(1_000_000_000, 1_000_000_000))  # as a package upgrade would
        self.assertNotIn("unchanged: ", built())
        self.assertIn("unchanged: ", built())
        copy.unlink()
        self.assertNotIn("unchanged: ", built())
        data = json.loads((self.output / MANIFEST).read_text(encoding="utf-8"))
        self.assertNotIn(str(copy), data["font_files"])
        # Without documents no font counts.
        built("--no-pdf")
        self.assertEqual(json.loads((self.output / MANIFEST).read_text(encoding="utf-8"))
                         ["font_files"], [])

    def test_manifest_is_never_published_with_the_site(self):
        build(self.site)
        data = json.loads((self.output / MANIFEST).read_text(encoding="utf-8"))
        self.assertIn("content/site.json", data["inputs"])
        self.assertIn("index.html", data["outputs"])
        self.assertNotIn(MANIFEST, data["outputs"])
        self.assertNotIn(MARKER, data["outputs"])


if __name__ == "__main__":
    unittest.main()
