#!/usr/bin/env python3
"""Integration tests of `oitgen serve`, over real HTTP on 127.0.0.1, and of every command finding
the site folder from a folder inside it."""

import hashlib
import http.client
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
PLAN = "plans/2566-2570"
WAIT = 60  # seconds for a rebuild to show, on a loaded machine


def run(*args, cwd=None):
    return subprocess.run([str(OITGEN), *map(str, args)], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=120)


def tree(folder):
    """Every path under `folder`, with a digest of each file."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        key = str(path.relative_to(folder))
        found[key] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return found


class Preview:
    """`oitgen serve --port 0` on a site, its output read line by line."""

    def __init__(self, site, *args, cwd=None):
        self.process = subprocess.Popen([str(OITGEN), "serve", *map(str, args), "--port", "0"]
                                        + ([] if cwd else [str(site)]), cwd=cwd,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = queue.Queue()
        self.seen = []
        threading.Thread(target=self._read, daemon=True).start()
        line = self.wait_for_line(r"^serving .* at http://127\.0\.0\.1:(\d+)/")
        self.port = int(re.search(r":(\d+)/", line).group(1))

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for_line(self, pattern, timeout=WAIT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            self.seen.append(line)
            if re.search(pattern, line):
                return line
        raise AssertionError(f"no line matching {pattern!r} in:\n" + "\n".join(self.seen))

    def get(self, path, timeout=WAIT):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8")
        finally:
            connection.close()

    def raw(self, request_line):
        """A request sent as written, so that no client tidies its path."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=WAIT) as sock:
            sock.sendall(request_line.encode() + b"\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        return answer.decode("utf-8", "replace")

    def wait_for(self, path, predicate, timeout=WAIT):
        deadline = time.monotonic() + timeout
        while True:
            status, headers, body = self.get(path)
            if predicate(status, body):
                return status, headers, body
            if time.monotonic() > deadline:
                raise AssertionError(f"{path}: still {status}:\n{body[:2000]}\n" + "\n".join(self.seen))
            time.sleep(0.1)

    def kill(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process.stdout.close()


def generation(body):
    return int(re.search(r"var g=(\d+);", body).group(1))


class Serve(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.site = Path(self.tmp.name) / "site"
        shutil.copytree(REPO / "content", self.site / "content")

    def tearDown(self):
        self.tmp.cleanup()

    def test_preview_rebuilds_shows_errors_and_leaves_nothing(self):
        built = run("build", self.site)
        self.assertEqual(built.returncode, 0, built.stdout)
        output_before = tree(self.site / "output")
        preview = Preview(self.site)
        try:
            # The home page and a project page, with the reload script; the built site has none.
            status, headers, home = preview.get("/")
            self.assertEqual(status, 200)
            self.assertEqual(headers["Content-Type"], "text/html; charset=utf-8")
            self.assertIn("/__oitgen/reload", home)
            self.assertNotIn("/__oitgen/", (self.site / "output/index.html").read_text())
            status, _, project = preview.get(f"/{PLAN}/projects/p01/")
            self.assertEqual(status, 200)
            self.assertIn("มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม", project)
            self.assertLess(project.index("/__oitgen/reload"), project.index("</body>"))

            # Content types, a folder without its slash, unknown paths.
            status, headers, _ = preview.get("/assets/style.css")
            self.assertEqual((status, headers["Content-Type"]), (200, "text/css; charset=utf-8"))
            status, headers, _ = preview.get(f"/data/{PLAN}/plan.json")
            self.assertEqual((status, headers["Content-Type"]), (200, "application/json"))
            status, headers, _ = preview.get(f"/{PLAN}")
            self.assertEqual((status, headers["Location"]), (301, f"/{PLAN}/"))
            status, _, missing = preview.get("/no/such/page/")
            self.assertEqual(status, 404)
            self.assertIn((self.site / "output/404.html").read_text()[:200], missing)

            # Paths that climb out of the site are refused, however they are written.
            for path in ["/../content/site.json", f"/{PLAN}/../../content/site.json",
                         "/%2e%2e/content/site.json", "/assets/%2E%2E/%2e%2e/etc/passwd"]:
                answer = preview.raw(f"GET {path} HTTP/1.1")
                self.assertRegex(answer, r"^HTTP/1\.1 400 ", path)
                self.assertNotIn('"base_url"', answer, path)

            # The reload endpoint answers at once for an older build, and waits for a newer one.
            current = generation(home)
            status, _, body = preview.get("/__oitgen/reload?since=0")
            self.assertEqual((status, int(body)), (200, current))
            answered = {}
            waiter = threading.Thread(target=lambda: answered.update(
                reply=preview.get(f"/__oitgen/reload?since={current}")))
            waiter.start()
            time.sleep(0.5)
            self.assertTrue(waiter.is_alive(), "the reload request did not wait for a build")

            # A changed file: the page is rebuilt, and the waiting request answers.
            p01 = self.site / f"content/{PLAN}/projects/p01.md"
            text = p01.read_text(encoding="utf-8")
            p01.write_text(text.replace("title: มาตรการส่งเสริม", "title: ชื่อใหม่ มาตรการส่งเสริม"),
                           encoding="utf-8")
            preview.wait_for(f"/{PLAN}/projects/p01/", lambda s, b: s == 200 and "ชื่อใหม่" in b)
            waiter.join(timeout=WAIT)
            self.assertFalse(waiter.is_alive())
            self.assertGreater(int(answered["reply"][2]), current)

            # A new folder is watched, with what is made inside it later.
            deep = self.site / "content/static/new/deep"
            deep.mkdir(parents=True)
            (deep / "note.txt").write_text("first\n")
            preview.wait_for("/static/new/deep/note.txt", lambda s, b: s == 200 and b == "first\n")
            (deep / "note.txt").write_text("second\n")
            preview.wait_for("/static/new/deep/note.txt", lambda s, b: s == 200 and b == "second\n")

            # A broken file: every page shows the error, escaped, with file:line:column; the
            # terminal says it too; the stylesheet stays.
            p01.write_text(text.replace("kind: measure", "kind: <b>x</b>"), encoding="utf-8")
            status, _, page = preview.wait_for(f"/{PLAN}/projects/p01/", lambda s, b: s == 500)
            self.assertRegex(page, rf"content/{PLAN}/projects/p01\.md:4:\d+: error: ")
            self.assertIn("&lt;b&gt;x&lt;/b&gt;", page)
            self.assertNotIn("<b>x</b>", page)
            self.assertIn("/__oitgen/reload", page)
            self.assertEqual(preview.get("/")[0], 500)
            self.assertEqual(preview.get("/assets/style.css")[0], 200)
            preview.wait_for_line(rf"content/{PLAN}/projects/p01\.md:4:\d+: error: ")
            preview.wait_for_line(r"^build failed: 1 error")

            # Fixed: the pages come back.
            p01.write_text(text, encoding="utf-8")
            status, _, project = preview.wait_for(f"/{PLAN}/projects/p01/", lambda s, b: s == 200)
            self.assertNotIn("ชื่อใหม่", project)

            # Killed: nothing was left anywhere, and output/ is as the build left it.
            before_kill = tree(self.tmp.name)
            preview.kill()
            self.assertEqual(tree(self.tmp.name), before_kill)
            self.assertEqual(tree(self.site / "output"), output_before)
            self.assertFalse([p for p in Path(self.tmp.name).rglob(".oitgen-output")
                              if p.parent != self.site / "output"])
        finally:
            preview.kill()

    def test_serve_without_output_writes_none(self):
        preview = Preview(self.site)
        try:
            self.assertEqual(preview.get("/")[0], 200)
        finally:
            preview.kill()
        self.assertEqual(sorted(p.name for p in self.site.iterdir()), ["content"])

    def test_first_build_fails_then_is_fixed(self):
        site_json = self.site / "content/site.json"
        good = site_json.read_text(encoding="utf-8")
        site_json.write_text(good.replace("{", "{,", 1), encoding="utf-8")
        preview = Preview(self.site)
        try:
            status, _, page = preview.get("/")
            self.assertEqual(status, 500)
            self.assertIn("content/site.json:1:", page)
            site_json.write_text(good, encoding="utf-8")
            preview.wait_for("/", lambda s, b: s == 200)
        finally:
            preview.kill()

    def test_serve_from_inside_content(self):
        preview = Preview(self.site, cwd=self.site / "content" / "plans")
        try:
            self.assertIn("serving ../../content at", preview.seen[-1])
            self.assertEqual(preview.get(f"/{PLAN}/")[0], 200)
        finally:
            preview.kill()

    def test_port_taken_and_bind(self):
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            result = run("serve", self.site, "--port", port)
            self.assertEqual(result.returncode, 1, result.stdout)
            self.assertIn(f"cannot listen on 127.0.0.1 port {port}: the port is in use by another "
                          "program; choose another with --port N, or --port 0 for a free one",
                          result.stdout)
        result = run("serve", self.site, "--bind", "example.org")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--bind example.org is not an IP address", result.stdout)
        result = run("serve", self.site, "--port", "70000")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--port 70000 is not a port (0 to 65535)", result.stdout)
        result = run("serve", "--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("127.0.0.1", result.stdout)


class SiteFolderFromInside(unittest.TestCase):
    """Every command finds the site folder from any folder inside it."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.site = Path(self.tmp.name) / "site"
        shutil.copytree(REPO / "content", self.site / "content")

    def tearDown(self):
        self.tmp.cleanup()

    def test_check_inside_content(self):
        result = run("check", cwd=self.site / "content")
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIn("checked ../content: ", result.stdout)
        self.assertIn("no problems found", result.stdout)

    def test_check_deep_inside_reports_paths_from_there(self):
        (self.site / f"content/{PLAN}/reports/2567-6-month.json").write_text("{,", encoding="utf-8")
        result = run("check", cwd=self.site / f"content/{PLAN}/projects")
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertIn(f"../../../content/{PLAN}/reports/2567-6-month.json:1:", result.stdout)

    def test_build_inside_content_writes_the_site_output(self):
        result = run("build", cwd=self.site / "content" / "pages")
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIn("into ../../output", result.stdout)
        self.assertTrue((self.site / "output/index.html").is_file())
        self.assertFalse((self.site / "content/pages/output").exists())

    def test_framework_new_inside_content(self):
        years = sorted(int(p.stem.split("-")[1]) for p in (REPO / "frameworks").glob("ita-*.json"))
        year = years[-1] + 1
        result = run("framework", "new", year, cwd=self.site / "content" / "plans")
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertTrue((self.site / f"content/frameworks/ita-{year}.json").is_file())
        self.assertFalse((self.site / "content/plans/content").exists())

    def test_no_site_above(self):
        empty = Path(self.tmp.name) / "empty" / "inner"
        empty.mkdir(parents=True)
        result = run("check", cwd=empty)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertIn("content", result.stdout)

    def test_named_folder_is_not_searched_upward(self):
        result = run("check", "content", cwd=self.site)
        self.assertEqual(result.returncode, 1, result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
