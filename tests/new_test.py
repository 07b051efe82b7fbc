#!/usr/bin/env python3
"""`oitgen new`: the starter site it writes is clean for `check --strict` and builds; it asks
for what the flags leave out in a terminal, and never writes into a folder that holds files."""

import json
import os
import pty
import select
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

from page_text import page_text

OITGEN = Path(sys.argv.pop(1)).resolve()
NAME = "เทศบาลตำบลหนองบัว"
URL = "https://www.nongbua.go.th/ita/"


def run(*args, cwd=None):
    return subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          cwd=cwd, stdin=subprocess.DEVNULL)


def files_of(folder):
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*") if p.is_file())


class StarterSite(unittest.TestCase):
    def setUp(self):
        self.work = Path(tempfile.mkdtemp(prefix="oitgen-new-"))

    def test_the_starter_site_is_clean_and_builds(self):
        site = self.work / "nongbua"
        result = run("new", site, "--name", NAME, "--province", "ขอนแก่น", "--url", URL)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIn("fill in the blanks", result.stdout)
        check = run("check", site, "--strict")
        self.assertEqual(check.returncode, 0, check.stdout)
        self.assertIn("no problems found", check.stdout)
        config = json.loads((site / "content/site.json").read_text(encoding="utf-8"))
        self.assertEqual(config["organization"]["name"]["th"], NAME)
        self.assertEqual(config["organization"]["kind"], "เทศบาลตำบล")
        self.assertEqual(config["organization"]["province"], "ขอนแก่น")
        self.assertEqual(config["base_url"], URL)
        files = files_of(site)
        self.assertIn("content/notices/no-gift-policy.md", files)
        plans = [f for f in files if f.endswith("/plan.json")]
        self.assertEqual(len(plans), 1)
        self.assertTrue(any("/reports/" in f for f in files))
        build = run("build", site)
        self.assertEqual(build.returncode, 0, build.stdout)
        home = page_text(site / "output/index.html")
        self.assertIn(NAME, home)
        # Its projects have no budget yet: the plan's chart says so, in both of its drawings,
        # instead of drawing empty axes.
        plan = page_text(site / "output/plans/2566-2570/index.html")
        self.assertEqual(plan.count(">ไม่ได้ตั้งงบประมาณไว้ในแผนนี้</text>"), 2)

    def test_a_name_with_quotes_and_colons_stays_text(self):
        site = self.work / "quoted"
        name = 'เทศบาลตำบล "ทดสอบ": บ้าน\\ใหม่ <b>'
        result = run("new", site, "--name", name, "--url", "https://example.go.th")
        self.assertEqual(result.returncode, 0, result.stdout)
        check = run("check", site, "--strict")
        self.assertEqual(check.returncode, 0, check.stdout)
        config = json.loads((site / "content/site.json").read_text(encoding="utf-8"))
        self.assertEqual(config["organization"]["name"]["th"], name)
        self.assertEqual(config["base_url"], "https://example.go.th/")
        self.assertEqual(run("build", site).returncode, 0)
        home = page_text(site / "output/index.html")
        self.assertNotIn("<b>", home)
        self.assertIn("&lt;b&gt;", home)

    def test_a_folder_with_files_is_never_written_into(self):
        site = self.work / "taken"
        site.mkdir()
        (site / "notes.txt").write_text("keep me")
        result = run("new", site, "--name", NAME, "--url", URL)
        self.assertEqual(result.returncode, 2)
        self.assertIn("not an empty folder", result.stdout)
        self.assertEqual(files_of(site), ["notes.txt"])
        self.assertEqual(sorted(p.name for p in self.work.iterdir()), ["taken"])

    def test_an_empty_folder_is_filled(self):
        site = self.work / "empty"
        site.mkdir()
        self.assertEqual(run("new", site, "--name", NAME, "--url", URL).returncode, 0)
        self.assertIn("content/site.json", files_of(site))

    def test_without_a_terminal_the_name_and_url_are_needed(self):
        result = run("new", self.work / "x", "--name", NAME)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--name and --url", result.stdout)
        bad = run("new", self.work / "y", "--name", NAME, "--url", "ftp://user:pw@host/")
        self.assertEqual(bad.returncode, 2)
        self.assertFalse((self.work / "x").exists() or (self.work / "y").exists())

    def test_in_a_terminal_it_asks(self):
        site = self.work / "asked"
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(str(OITGEN), [str(OITGEN), "new", str(site)])
        answers = [NAME, "ขอนแก่น", "www.nongbua.go.th", URL]
        output = b""
        deadline = time.time() + 30
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
            if output.rstrip().endswith(b":") and answers:
                os.write(fd, (answers.pop(0) + "\n").encode())
        _, status = os.waitpid(pid, 0)
        text = output.decode("utf-8", "replace")
        self.assertEqual(os.waitstatus_to_exitcode(status), 0, text)
        self.assertIn("https://", text)  # the address without a scheme was asked again
        config = json.loads((site / "content/site.json").read_text(encoding="utf-8"))
        self.assertEqual(config["organization"]["name"]["th"], NAME)
        self.assertEqual(config["base_url"], URL)


if __name__ == "__main__":
    unittest.main()
