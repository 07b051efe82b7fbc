#!/usr/bin/env python3
"""`oitgen publish` against real servers on 127.0.0.1, started by tests/servers/start.sh:
vsftpd (FTP and FTPS), OpenSSH (SFTP), nginx (WebDAV over HTTPS) and s3rver (S3)."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
SERVERS = REPO / "tests/servers"
MANIFEST = ".oitgen-manifest.json"
WORK = None
ENV = {}


def setUpModule():
    global WORK
    WORK = tempfile.mkdtemp(prefix="oitgen-servers-")
    started = subprocess.run(["bash", str(SERVERS / "start.sh"), WORK], capture_output=True, text=True)
    if started.returncode != 0:
        raise RuntimeError("the test servers did not start:\n" + started.stdout + started.stderr)
    for line in Path(WORK, "servers.env").read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            ENV[key.strip()] = value.strip().strip('"').strip("'")


def tearDownModule():
    subprocess.run(["bash", str(SERVERS / "stop.sh"), WORK], capture_output=True)
    shutil.rmtree(WORK, ignore_errors=True)


def digest_tree(folder, skip=(MANIFEST,)):
    out = {}
    for path in sorted(Path(folder).rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_file() and name not in skip:
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def s3_url(key):
    return f"{ENV['S3_ENDPOINT']}/{ENV['S3_BUCKET']}/{key}"


def s3_get(key):
    result = subprocess.run(["curl", "-sf", "--aws-sigv4", f"aws:amz:{ENV['S3_REGION']}:s3", "-u",
                             ENV["S3_CREDENTIALS"], s3_url(key)], capture_output=True)
    return result.stdout if result.returncode == 0 else None


class Protocol:
    """One kind of host: the publish target it needs and how to read the published files back."""

    def __init__(self, name, folder):
        self.name = name
        self.folder = f"{name}-{folder}"  # each test publishes into a folder of its own

    def target(self):
        if self.name == "ftp":
            return {"url": ENV["FTP_URL"] + self.folder + "/", "credentials_env": "OITGEN_TEST_LOGIN"}
        if self.name == "ftps":
            return {"url": ENV["FTPS_URL"] + self.folder + "/", "credentials_env": "OITGEN_TEST_LOGIN"}
        if self.name == "sftp":
            return {"url": ENV["SFTP_URL"] + self.folder + "/", "credentials_env": "OITGEN_TEST_LOGIN"}
        if self.name == "dav":
            return {"url": ENV["DAV_URL"] + self.folder + "/", "credentials_env": "OITGEN_TEST_DAV"}
        return {"url": f"s3://{ENV['S3_BUCKET']}/{self.folder}/", "credentials_env": "OITGEN_TEST_S3",
                "endpoint": ENV["S3_ENDPOINT"], "region": ENV["S3_REGION"]}

    def options(self):
        if self.name == "ftps":
            return ["--cacert", ENV["FTPS_CA"]]
        if self.name == "dav":
            return ["--cacert", ENV["DAV_CA"]]
        if self.name == "sftp":
            return ["--known-hosts", ENV["SFTP_KNOWN_HOSTS"]]
        return []

    def root(self):
        return {"ftp": ENV["FTP_ROOT"], "ftps": ENV["FTP_ROOT"], "sftp": ENV["SFTP_ROOT"],
                "dav": ENV["DAV_ROOT"]}.get(self.name)

    def remote_tree(self, output):
        """What the host serves, file by file, for the files of `output`."""
        if self.name == "s3":
            out = {}
            for path in sorted(Path(output).rglob("*")):
                if path.is_file():
                    name = str(path.relative_to(output))
                    data = s3_get(f"{self.folder}/{name}")
                    out[name] = hashlib.sha256(data).hexdigest() if data is not None else None
            return out
        return digest_tree(Path(self.root()) / self.folder)


def environment(password=None):
    env = dict(os.environ)
    env["OITGEN_TEST_LOGIN"] = password or ENV["LOGIN"]
    env["OITGEN_TEST_DAV"] = ENV["DAV_LOGIN"]
    env["OITGEN_TEST_S3"] = ENV["S3_CREDENTIALS"]
    env.pop("CI", None)
    return env


def make_site(tmp, protocol, big_files=0):
    site = Path(tmp) / "site"
    shutil.copytree(REPO / "content", site / "content")
    config_file = site / "content/site.json"
    config = json.loads(config_file.read_text(encoding="utf-8"))
    config["publish"] = {"host": protocol.target()}
    config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    if big_files:
        static = site / "content/static/files"
        static.mkdir(parents=True)
        for i in range(big_files):
            (static / f"report-{i:03d}.pdf").write_bytes(os.urandom(512 * 1024))
    result = subprocess.run([OITGEN, "build", site], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    return site


def publish(site, protocol, *extra, password=None):
    return subprocess.run([OITGEN, "publish", "host", site, *protocol.options(), *extra],
                          capture_output=True, text=True, env=environment(password), timeout=600)


class PublishRoundTrip:
    protocol = None

    def test_publish_compare_republish_and_change_one_page(self):
        protocol = Protocol(self.protocol, "round-trip")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            first = publish(site, protocol)
            self.assertEqual(first.returncode, 0, first.stdout + first.stderr)
            output = site / "output"
            self.assertEqual(protocol.remote_tree(output), digest_tree(output))

            again = publish(site, protocol)
            self.assertEqual(again.returncode, 0, again.stderr)
            self.assertIn("published: 0 files uploaded, 0 deleted (the host was up to date)", again.stdout)

            about = site / "content/pages/about.md"
            about.write_text(about.read_text(encoding="utf-8") + "\nปรับปรุงข้อมูลแล้ว\n", encoding="utf-8")
            self.assertEqual(subprocess.run([OITGEN, "build", site], capture_output=True).returncode, 0)
            changed = publish(site, protocol)
            self.assertEqual(changed.returncode, 0, changed.stderr)
            uploaded = [line for line in changed.stdout.splitlines() if line.startswith("uploaded ")]
            self.assertEqual(uploaded, [line for line in uploaded if "pages/about/index.html" in line])
            self.assertEqual(len(uploaded), 1, changed.stdout)
            self.assertIn("published: 1 file uploaded", changed.stdout)
            self.assertEqual(protocol.remote_tree(output), digest_tree(output))

    def test_wrong_password_is_a_clear_error_without_the_secret(self):
        if self.protocol in ("s3", "dav"):
            self.skipTest("the login of this host is not the system user's")
        protocol = Protocol(self.protocol, "wrong-password")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            secret = "oitgen-publish:Wr0ng-S3cret-Value"
            result = publish(site, protocol, password=secret)
            self.assertEqual(result.returncode, 1)
            self.assertIn("refused the login", result.stderr)
            self.assertIn("OITGEN_TEST_LOGIN", result.stderr)
            self.assertNotIn("Wr0ng-S3cret-Value", result.stdout + result.stderr)


class Ftp(PublishRoundTrip, unittest.TestCase):
    protocol = "ftp"

    def test_dry_run_and_delete(self):
        protocol = Protocol("ftp", "dry-run-and-delete")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            dry = publish(site, protocol, "--dry-run")
            self.assertEqual(dry.returncode, 0, dry.stderr)
            self.assertIn("would upload index.html", dry.stdout)
            self.assertFalse((Path(ENV["FTP_ROOT"]) / protocol.folder).exists())
            self.assertEqual(publish(site, protocol).returncode, 0)
            (site / "content/pages/about.md").unlink()
            self.assertEqual(subprocess.run([OITGEN, "build", site], capture_output=True).returncode, 0)
            kept = publish(site, protocol)
            self.assertTrue((Path(ENV["FTP_ROOT"]) / protocol.folder / "pages/about/index.html").exists(), kept.stdout)
            deleted = publish(site, protocol, "--delete")
            self.assertEqual(deleted.returncode, 0, deleted.stderr)
            self.assertIn("deleted pages/about/index.html", deleted.stdout)
            self.assertFalse((Path(ENV["FTP_ROOT"]) / protocol.folder / "pages/about/index.html").exists())

    def test_a_server_killed_mid_publish_is_finished_by_the_next_run(self):
        protocol = Protocol("ftp", "interrupted")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol, big_files=60)
            remote = Path(ENV["FTP_ROOT"]) / protocol.folder / "static/files"
            running = subprocess.Popen([OITGEN, "publish", "host", site], stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, env=environment())
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(list(remote.glob("*.pdf"))) < 5 and running.poll() is None:
                time.sleep(0.01)
            subprocess.run(["bash", str(SERVERS / "ctl.sh"), WORK, "stop", "ftp"], check=True, capture_output=True)
            stdout, stderr = running.communicate(timeout=300)
            self.assertEqual(running.returncode, 1, stdout + stderr)
            self.assertIn("incomplete", stderr)
            subprocess.run(["bash", str(SERVERS / "ctl.sh"), WORK, "start", "ftp"], check=True, capture_output=True)
            finished = publish(site, protocol)
            self.assertEqual(finished.returncode, 0, finished.stdout + finished.stderr)
            self.assertEqual(protocol.remote_tree(site / "output"), digest_tree(site / "output"))


class Ftps(PublishRoundTrip, unittest.TestCase):
    protocol = "ftps"


class Sftp(PublishRoundTrip, unittest.TestCase):
    protocol = "sftp"


class WebDav(PublishRoundTrip, unittest.TestCase):
    protocol = "dav"


class S3(PublishRoundTrip, unittest.TestCase):
    protocol = "s3"


if __name__ == "__main__":
    unittest.main(verbosity=2)
