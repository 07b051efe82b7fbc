#!/usr/bin/env python3
"""`oitgen check --links` on a built site whose pages link to a local HTTP server with good,
missing, redirecting, HEAD-refusing and slow URLs, and a dozen that count how many requests
the checker has in flight at once."""

import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent


PARALLEL = 8  # the checker's bound on requests in flight
HELD = 12  # links to /held/N, each answered after a pause


class Handler(http.server.BaseHTTPRequestHandler):
    lock = threading.Lock()
    in_flight = 0
    most_in_flight = 0

    def log_message(self, *args):
        pass

    def answer(self, body):
        if self.path.startswith("/held/"):
            with Handler.lock:
                Handler.in_flight += 1
                Handler.most_in_flight = max(Handler.most_in_flight, Handler.in_flight)
            time.sleep(0.3)
            with Handler.lock:
                Handler.in_flight -= 1
            self.send_response(200)
        elif self.path == "/good":
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/good")
        elif self.path == "/slow":
            time.sleep(4)
            self.send_response(200)
        elif self.path == "/endless" and self.command == "HEAD":
            self.send_response(405)
        elif self.path == "/endless":
            # A body without end and without a length: the checker reads none of it.
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                return
        elif self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        elif self.path == "/no-head":
            self.send_response(200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self.answer(False)

    def do_GET(self):
        self.answer(True)


class LinkCheck(unittest.TestCase):
    def test_good_missing_redirecting_and_slow_links(self):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            with tempfile.TemporaryDirectory() as tmp:
                site = Path(tmp) / "site"
                shutil.copytree(REPO / "content", site / "content")
                shutil.rmtree(site / "content/oit")  # its links point at the example's invented host
                about = site / "content/pages/about.md"
                about.write_text(about.read_text(encoding="utf-8").replace("https://www.nongbuathong.go.th/", "")
                                 + f"\n\n- [ดี]({base}/good)\n- [หาย]({base}/missing)\n- [ย้าย]({base}/moved)\n"
                                   f"- [ช้า]({base}/slow)\n- [ไม่รับ HEAD]({base}/no-head)\n- [ในเว็บ](../../news/)\n"
                                   f"- [ไม่มี](../../no-such-page/)\n- [ไม่จบ]({base}/endless)\n"
                                   f"- [รหัส](http://clerk:Pa55-word@{base[len('http://'):]}/missing)\n"
                                 + "".join(f"- [รอ {i}]({base}/held/{i})\n" for i in range(HELD)),
                                 encoding="utf-8")
                built = subprocess.run([OITGEN, "build", site], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                self.assertEqual(built.returncode, 0, built.stdout)
                started = time.monotonic()
                result = subprocess.run([OITGEN, "check", site, "--links", "--timeout", "2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True)
                # The slow link takes the 2 s time-out; the endless one ends at its first byte.
                self.assertLess(time.monotonic() - started, 8)
                out = result.stdout
                self.assertEqual(result.returncode, 1, out)
                page = f"{site}/output/pages/about/index.html"
                self.assertIn(f"broken link: {page}: {base}/missing: HTTP 404", out)
                self.assertIn(f"broken link: {page}: {base}/slow: no answer within 2 s", out)
                self.assertIn(f"note: {page}: {base}/moved: redirects to {base}/good", out)
                self.assertIn(f"broken link: {page}: ../../no-such-page/: no such file in the site", out)
                self.assertNotIn("/good:", out)
                self.assertNotIn("/no-head", out)  # HEAD refused, GET fine
                self.assertNotIn("../../news/", out)
                self.assertNotIn("/endless", out)  # answered 200: working, its body never read
                # A password written in a link is never printed.
                self.assertIn(f"broken link: {page}: http://***@{base[len('http://'):]}/missing: HTTP 404", out)
                self.assertNotIn("Pa55-word", out + result.stdout)
                self.assertIn("4 broken", out)
                self.assertNotIn("/held/", out)
                # Checked at the same time, but never more than PARALLEL at once.
                self.assertGreater(Handler.most_in_flight, 1)
                self.assertLessEqual(Handler.most_in_flight, PARALLEL)
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    unittest.main(verbosity=1)
