#!/usr/bin/env python3
"""Every network read of oitgen is bounded: against a local HTTP server that streams an endless
response (chunked, or with no Content-Length until the connection closes), `archive --verify
URL` and `publish` stop at their limit with a message naming the URL (without its password)
and the limit, within a bounded time and memory."""

import hashlib
import http.server
import json
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
SECONDS = 20  # each command must end within this
MEMORY = 256 * 1024 * 1024  # and stay below this resident size

BLOCK = b"x" * 65536
SMALL_FILE = b"<p>2567</p>"


def manifest(files):
    return json.dumps({"format": "oitgen-archive-1", "fiscal_year": 2567, "built_at": "2024-10-01T00:00:00Z",
                       "oitgen_version": "0", "previous": None, "replaces": [],
                       "files": [{"path": p, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                                 for p, b in files.items()]}).encode()


REQUESTS = []  # every path asked for, in order
INDEX = json.dumps({"snapshots": [{"fiscal_year": 2567}]}).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def endless(self, chunked):
        self.send_response(200)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            while True:
                if chunked:
                    self.wfile.write(b"%x\r\n" % len(BLOCK) + BLOCK + b"\r\n")
                else:
                    self.wfile.write(BLOCK)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def fixed(self, body):
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        REQUESTS.append(self.path)
        chunked = "/chunked/" in self.path
        path = self.path.split("/", 2)[-1]  # after /chunked/ or /plain/
        if path in ("endless-index/archive/index.json", "endless-manifest-s3/oitgen-site/site/.oitgen-manifest.json"):
            return self.endless(chunked)
        if path.endswith("/archive/index.json"):
            return self.fixed(INDEX)
        if path == "endless-manifest/archive/2567/manifest.json":
            return self.endless(chunked)
        if path == "escape/archive/2567/manifest.json":
            return self.fixed(manifest({"../../secret": SMALL_FILE, "/etc/passwd": SMALL_FILE,
                                        "%2e%2e/%2e%2e/secret": SMALL_FILE, "a?b": SMALL_FILE}))
        if path == "endless-file/archive/2567/manifest.json":
            return self.fixed(manifest({"index.html": SMALL_FILE}))
        if path == "endless-file/archive/2567/index.html":
            return self.endless(chunked)
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()


def run(args, env=None):
    """Runs oitgen; returns (status, output, seconds, max RSS in bytes)."""
    started = time.monotonic()
    process = subprocess.Popen([OITGEN, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    timer = threading.Timer(SECONDS * 3, process.kill)
    timer.start()
    output = process.stdout.read().decode("utf-8", "replace")
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, output, time.monotonic() - started, usage.ru_maxrss * 1024


class EndlessResponses(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        cls.server.daemon_threads = True
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.base = f"http://127.0.0.1:{cls.server.server_address[1]}"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def bounded(self, args, env=None):
        status, output, seconds, rss = run(args, env)
        self.assertEqual(status, 1, output)
        self.assertLess(seconds, SECONDS, output)
        self.assertLess(rss, MEMORY, output)
        return output

    def test_archive_verify_stops_at_each_limit(self):
        for framing in ("chunked", "plain"):
            with self.subTest(framing=framing):
                url = f"http://auditor:S3cret-pw@127.0.0.1:{self.server.server_address[1]}/{framing}"
                shown = f"http://***@127.0.0.1:{self.server.server_address[1]}/{framing}"
                out = self.bounded(["archive", "--verify", f"{url}/endless-index/"])
                self.assertIn(f"index.json: {shown}/endless-index/archive/index.json sends more than 1 MiB, "
                              "the most read for it", out)
                out = self.bounded(["archive", "--verify", f"{url}/endless-manifest/"])
                self.assertIn(f"2567/manifest.json: {shown}/endless-manifest/archive/2567/manifest.json sends "
                              "more than 16 MiB, the most read for it", out)
                out = self.bounded(["archive", "--verify", f"{url}/endless-file/"])
                self.assertIn(f"2567/index.html: changed (larger than the {len(SMALL_FILE)} bytes its manifest "
                              f"declares; {shown}/endless-file/archive/2567/index.html sends more than "
                              f"{len(SMALL_FILE)} bytes, the most read for it)", out)
                self.assertNotIn("S3cret-pw", out)

    def test_archive_verify_reads_nothing_outside_the_archive_url(self):
        REQUESTS.clear()
        status, out, _, _ = run(["archive", "--verify", f"{self.base}/plain/escape/"])
        self.assertEqual(status, 1, out)
        self.assertIn('MISMATCH 2567/manifest.json: lists "../../secret", which is not a path inside the '
                      'snapshot (relative, without ".."); it is not read', out)
        self.assertIn('MISMATCH 2567/manifest.json: lists "/etc/passwd"', out)
        # Names that only look like "..", or hold "?", are asked for as the names they are.
        self.assertIn("/plain/escape/archive/2567/%252e%252e/%252e%252e/secret", REQUESTS)
        self.assertIn("/plain/escape/archive/2567/a%3Fb", REQUESTS)
        for path in REQUESTS:
            decoded = posixpath.normpath(urllib.parse.unquote(path))
            self.assertTrue(decoded.startswith("/plain/escape/archive/"), path)

    def test_publish_stops_reading_an_endless_manifest(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            shutil.copytree(REPO / "content", site / "content")
            config_file = site / "content/site.json"
            config = json.loads(config_file.read_text(encoding="utf-8"))
            config["publish"] = {"host": {"url": "s3://oitgen-site/site/", "credentials_env": "OITGEN_TEST_S3",
                                          "endpoint": f"{self.base}/chunked/endless-manifest-s3",
                                          "region": "us-east-1"}}
            config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
            built = subprocess.run([OITGEN, "build", site], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            self.assertEqual(built.returncode, 0, built.stdout)
            env = dict(os.environ, OITGEN_TEST_S3="KEY:SECRET")
            out = self.bounded(["publish", "host", str(site)], env)
            self.assertIn("could not read .oitgen-manifest.json (" + self.base +
                          "/chunked/endless-manifest-s3/oitgen-site/site/.oitgen-manifest.json): it is larger "
                          "than 16 MiB, the limit for it", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
