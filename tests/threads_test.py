#!/usr/bin/env python3
"""Pages render on every core: the built tree must be the same, byte for byte, whatever the
number of threads (OITGEN_THREADS). The example site (both languages, news, the OIT page) and a
generated site of many projects, each built with 1 thread and with 4."""

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent


def build(site, output, threads):
    env = dict(os.environ, OITGEN_THREADS=str(threads))
    result = subprocess.run([str(OITGEN), "build", str(site), "--output", str(output)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    if result.returncode != 0:
        raise AssertionError(f"build with {threads} threads failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def pages(printed):
    """The page count of "built 51 pages into OUT in 9 ms"."""
    return re.search(r"built (\d+) pages", printed).group(1)


def tree(folder):
    """Every file's bytes by path; the marker names the process that wrote it, so it is left out."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*"))
            if p.is_file() and p.name != ".oitgen-output"}


class SameOnAnyThreadCount(unittest.TestCase):
    def assert_same_trees(self, site):
        with tempfile.TemporaryDirectory() as work:
            one = build(site, Path(work) / "one", 1)
            many = build(site, Path(work) / "many", 4)
            a, b = tree(Path(work) / "one"), tree(Path(work) / "many")
            self.assertEqual(sorted(a), sorted(b))
            self.assertEqual([p for p in a if a[p] != b[p]], [])
            # The page count reported is the same too.
            self.assertEqual(pages(one), pages(many))
            return a

    def test_example_site(self):
        files = self.assert_same_trees(REPO)
        self.assertIn("sitemap.xml", files)
        self.assertIn("en/index.html", files)

    def test_generated_site(self):
        with tempfile.TemporaryDirectory() as work:
            site = Path(work) / "site"
            subprocess.run([sys.executable, str(REPO / "bench/make_site.py"), "300", str(site)],
                           check=True, capture_output=True)
            files = self.assert_same_trees(site)
            self.assertGreater(len([p for p in files if p.endswith("index.html")]), 300)


if __name__ == "__main__":
    unittest.main()
