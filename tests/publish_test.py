#!/usr/bin/env python3
"""`oitgen publish` against real servers on 127.0.0.1, started by tests/servers/start.sh:
vsftpd (FTP and FTPS), OpenSSH (SFTP), nginx (WebDAV over HTTPS) and s3rver (S3)."""

import hashlib
import json
import os
import shutil
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
SERVERS = REPO / "tests/servers"
MANIFEST = ".oitgen-manifest.json"
WORK = None
ENV = {}


def as_root(command):
    """The test servers need root (start.sh adds a system user; sshd and nginx drop privileges)."""
    return command if os.geteuid() == 0 else ["sudo", "-n", *command]


def servers(*args):
    return subprocess.run(as_root(["bash", *map(str, args)]), capture_output=True, text=True)


def setUpModule():
    global WORK
    WORK = tempfile.mkdtemp(prefix="oitgen-servers-")
    started = servers(SERVERS / "start.sh", WORK)
    if started.returncode != 0:
        tearDownModule()
        raise RuntimeError("the test servers did not start:\n" + started.stdout)
    for line in Path(WORK, "servers.env").read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            ENV[key.strip()] = value.strip().strip('"').strip("'")
    # Each server is first checked with the curl tool: a broken test setup is told apart from a
    # broken publisher.
    checked = servers(SERVERS / "selftest.sh", WORK)
    if checked.returncode != 0:
        tearDownModule()
        raise RuntimeError("the test servers do not work as expected:\n" + checked.stdout)


def tearDownModule():
    servers(SERVERS / "stop.sh", WORK)
    subprocess.run(as_root(["rm", "-rf", WORK]), capture_output=True)


# The marker and the build manifest are never published.
def digest_tree(folder, skip=(MANIFEST, ".oitgen-output", ".oitgen-build.json")):
    out = {}
    for path in sorted(Path(folder).rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_file() and name not in skip:
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def s3_url(key):
    return f"{ENV['S3_ENDPOINT']}/{ENV['S3_BUCKET']}/{key}"


def s3_put(key, data):
    digest = hashlib.sha256(data).hexdigest()
    subprocess.run(["curl", "-sf", "-X", "PUT", "--aws-sigv4", f"aws:amz:{ENV['S3_REGION']}:s3", "-u",
                    ENV["S3_CREDENTIALS"], "-H", f"x-amz-content-sha256: {digest}", "--data-binary", "@-",
                    s3_url(key)], input=data, check=True, capture_output=True)


def s3_get(key):
    empty = hashlib.sha256(b"").hexdigest()
    result = subprocess.run(["curl", "-sf", "--aws-sigv4", f"aws:amz:{ENV['S3_REGION']}:s3", "-u",
                             ENV["S3_CREDENTIALS"], "-H", f"x-amz-content-sha256: {empty}", s3_url(key)],
                            capture_output=True)
    return result.stdout if result.returncode == 0 else None


SERVER_OF = {"ftp": "ftp", "ftps": "ftp", "sftp": "sftp", "dav": "dav", "s3": "s3"}


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

    def remote_file(self, name):
        """The bytes of one published file, or None when the host does not have it."""
        if self.name == "s3":
            return s3_get(f"{self.folder}/{name}")
        path = Path(self.root()) / self.folder / name
        return path.read_bytes() if path.is_file() else None

    def write_remote(self, name, data):
        """Writes a file on the host, `name` relative to the target's folder ("../x" beside it).
        An existing file is rewritten in place, so that it keeps its owner (the server's user)."""
        if self.name == "s3":
            return s3_put(os.path.normpath(f"{self.folder}/{name}"), data)
        path = Path(os.path.normpath(Path(self.root()) / self.folder / name))
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "r+b" if path.exists() else "wb") as f:
            f.truncate(0)
            f.write(data)

    def outside_file(self, name):
        """A file of the host outside every target's folder, by its path from the host's root."""
        if self.name == "s3":
            return s3_get(name)
        path = Path(self.root()) / name
        return path.read_bytes() if path.is_file() else None

    def remote_tree(self, output):
        """What the host serves, file by file, for the files of `output`."""
        if self.name == "s3":
            out = {}
            for path in sorted(Path(output).rglob("*")):
                name = str(path.relative_to(output))
                if path.is_file() and name not in (".oitgen-output", ".oitgen-build.json"):
                    data = s3_get(f"{self.folder}/{name}")
                    out[name] = hashlib.sha256(data).hexdigest() if data is not None else None
            return out
        return digest_tree(Path(self.root()) / self.folder)


def environment(wrong_secret=None):
    """The credentials of every test host; with `wrong_secret`, each holds the right user (or
    access key) and that password (or secret key)."""
    env = dict(os.environ)
    logins = {"OITGEN_TEST_LOGIN": ENV["LOGIN"], "OITGEN_TEST_DAV": ENV["DAV_LOGIN"],
              "OITGEN_TEST_S3": ENV["S3_CREDENTIALS"]}
    for name, login in logins.items():
        env[name] = login.partition(":")[0] + ":" + wrong_secret if wrong_secret else login
    env.pop("CI", None)
    return env


def make_site(tmp, protocol, big_files=0, target=None):
    """The example site, built, with the publish target "host" (`protocol`'s, or `target`)."""
    site = Path(tmp) / "site"
    shutil.copytree(REPO / "content", site / "content")
    config_file = site / "content/site.json"
    config = json.loads(config_file.read_text(encoding="utf-8"))
    config["publish"] = {"host": target or protocol.target()}
    config_file.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    if big_files:
        static = site / "content/static/files"
        static.mkdir(parents=True)
        for i in range(big_files):
            (static / f"report-{i:03d}.pdf").write_bytes(os.urandom(512 * 1024))
    result = subprocess.run([OITGEN, "build", site], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert result.returncode == 0, result.stdout
    return site


def publish(site, protocol, *extra, wrong_secret=None):
    return subprocess.run([OITGEN, "publish", "host", site, *protocol.options(), *extra],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment(wrong_secret), timeout=600)


class PublishRoundTrip:
    protocol = None

    def test_publish_compare_republish_and_change_one_page(self):
        protocol = Protocol(self.protocol, "round-trip")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            first = publish(site, protocol)
            self.assertEqual(first.returncode, 0, first.stdout)
            output = site / "output"
            self.assertEqual(protocol.remote_tree(output), digest_tree(output))

            again = publish(site, protocol)
            self.assertEqual(again.returncode, 0, again.stdout)
            self.assertIn("published: 0 files uploaded, 0 deleted (the host was up to date)", again.stdout)

            about = site / "content/pages/about.md"
            about.write_text(about.read_text(encoding="utf-8") + "\nปรับปรุงข้อมูลแล้ว\n", encoding="utf-8")
            self.assertEqual(subprocess.run([OITGEN, "build", site], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).returncode, 0)
            changed = publish(site, protocol)
            self.assertEqual(changed.returncode, 0, changed.stdout)
            uploaded = [line.split()[1] for line in changed.stdout.splitlines() if line.startswith("uploaded ")]
            # The page, and of the search index only what its new words touch: the pieces of
            # its text from the edit on and the term files of those words, never the rest.
            self.assertIn("pages/about/index.html", uploaded, changed.stdout)
            index = [path for path in uploaded if path.startswith("search/index/")]
            self.assertEqual(sorted(index + ["pages/about/index.html"]), sorted(uploaded), changed.stdout)
            self.assertNotIn("search/index/pages.json", index)
            self.assertTrue(all(path.startswith(("search/index/t/", "search/index/x/")) for path in index), index)
            self.assertLessEqual(len(index), 4, changed.stdout)
            self.assertEqual(protocol.remote_tree(output), digest_tree(output))

    def test_dry_run_changes_nothing_and_removed_pages_go_only_with_delete(self):
        protocol = Protocol(self.protocol, "dry-run-and-delete")
        about = "pages/about/index.html"
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            dry = publish(site, protocol, "--dry-run")
            self.assertEqual(dry.returncode, 0, dry.stdout)
            self.assertIn("would upload index.html", dry.stdout)
            self.assertIsNone(protocol.remote_file(MANIFEST))
            self.assertIsNone(protocol.remote_file("index.html"))

            self.assertEqual(publish(site, protocol).returncode, 0)
            (site / "content/pages/about.md").unlink()
            self.assertEqual(subprocess.run([OITGEN, "build", site], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).returncode, 0)
            kept = publish(site, protocol)
            self.assertEqual(kept.returncode, 0, kept.stdout)
            self.assertIsNotNone(protocol.remote_file(about), kept.stdout)

            dry = publish(site, protocol, "--dry-run", "--delete")
            self.assertIn(f"would delete {about}", dry.stdout)
            self.assertIsNotNone(protocol.remote_file(about))
            deleted = publish(site, protocol, "--delete")
            self.assertEqual(deleted.returncode, 0, deleted.stdout)
            self.assertIn(f"deleted {about}", deleted.stdout)
            self.assertIsNone(protocol.remote_file(about))
            self.assertNotIn(about, json.loads(protocol.remote_file(MANIFEST))["files"])

    def test_wrong_password_is_a_clear_error_without_the_secret(self):
        protocol = Protocol(self.protocol, "wrong-password")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            variable = protocol.target()["credentials_env"]
            result = publish(site, protocol, wrong_secret="Wr0ng-S3cret-Value")
            self.assertEqual(result.returncode, 1, result.stdout)
            self.assertIn("refused the login", result.stdout)
            self.assertIn(f"check the user and password in the environment variable {variable}",
                          result.stdout)
            self.assertNotIn("Wr0ng-S3cret-Value", result.stdout)
            self.assertNotIn("Wr0ng-S3cret-Value", "".join(
                p.read_text(errors="replace") for p in (site / "output").rglob("*") if p.is_file()))
            # One refusal ends the run, in one line: no retry of every file with the same password.
            self.assertEqual([line for line in result.stdout.splitlines()
                              if not line.startswith("publishing ")], [
                line for line in result.stdout.splitlines() if "refused the login" in line],
                result.stdout)

    def test_a_server_killed_mid_publish_is_finished_by_the_next_run(self):
        protocol = Protocol(self.protocol, "interrupted")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol, big_files=60)
            output = site / "output"
            running = subprocess.Popen([OITGEN, "publish", "host", site, *protocol.options()],
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                       env=environment())
            # Kill the server once a few files have gone up; a line per file is printed as it ends.
            uploaded = []
            for line in running.stderr:  # what publish says goes to standard error
                if line.startswith("uploaded "):
                    uploaded.append(line.split()[1])
                if len(uploaded) >= 5:
                    break
            server = SERVER_OF[self.protocol]
            self.assertEqual(servers(SERVERS / "ctl.sh", WORK, "kill", server).returncode, 0)
            try:
                stdout, stderr = running.communicate(timeout=300)
            finally:
                self.assertEqual(servers(SERVERS / "ctl.sh", WORK, "start", server).returncode, 0)
            self.assertEqual(running.returncode, 1, stdout + stderr)
            self.assertIn("incomplete", stderr)
            self.assertIn("running the same command again finishes the job", stderr)
            # Pages wait for their assets: the large files were still going up, so no page is there.
            remote = protocol.remote_tree(output)
            self.assertEqual([name for name, digest in remote.items()
                              if digest is not None and name.endswith(".html")], [])
            self.assertIsNone(protocol.remote_file(MANIFEST))

            finished = publish(site, protocol)
            self.assertEqual(finished.returncode, 0, finished.stdout)
            self.assertEqual(protocol.remote_tree(output), digest_tree(output))
            self.assertIsNotNone(protocol.remote_file(MANIFEST))


class HostileManifest:
    """A manifest on the host that names files outside the target's folder: --delete removes
    none of them, names each in a warning and drops it from the manifest it writes back."""
    protocol = None

    def test_delete_never_leaves_the_target_folder(self):
        protocol = Protocol(self.protocol, "hostile-manifest")
        # Beside the target's folder, at the host's root: another site, and what "/etc/x" and
        # "a/../../b" would reach from it.
        outside = {"other-site/index.html": b"another site", "etc/x": b"not ours", "b": b"not ours either"}
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            first = publish(site, protocol)
            self.assertEqual(first.returncode, 0, first.stdout)
            for name, data in outside.items():
                protocol.write_remote("../" + name, data)
            protocol.write_remote("gone.html", b"ours, no longer built")
            files = json.loads(protocol.remote_file(MANIFEST))["files"]
            hostile = ["../other-site/index.html", "/etc/x", "a/../../b", "../../../../../../../etc/passwd",
                       "a\\..\\..\\b", "./index.html", "a//b"]
            for name in hostile:
                files[name] = "0" * 64
            files["gone.html"] = "0" * 64
            protocol.write_remote(MANIFEST, json.dumps({"format": "oitgen-publish-1", "files": files}).encode())

            deleted = publish(site, protocol, "--delete")
            self.assertEqual(deleted.returncode, 0, deleted.stdout)
            for name in hostile:
                self.assertIn(f"warning: the host's {MANIFEST} lists {json.dumps(name)}, which is not a path "
                              "inside the target's folder: not deleted, and dropped from the manifest",
                              deleted.stdout)
            self.assertIn("deleted gone.html", deleted.stdout)
            self.assertIsNone(protocol.remote_file("gone.html"))
            for name, data in outside.items():
                self.assertEqual(protocol.outside_file(name), data, name)
            self.assertTrue(Path("/etc/passwd").is_file())
            written = json.loads(protocol.remote_file(MANIFEST))["files"]
            self.assertEqual(sorted(written), sorted(digest_tree(site / "output")))


class Ftp(PublishRoundTrip, HostileManifest, unittest.TestCase):
    protocol = "ftp"

    def test_the_target_and_site_folder_are_told_apart_by_position(self):
        protocol = Protocol(self.protocol, "arguments")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            # A folder named like the target in the current folder does not make it the site.
            (Path(tmp) / "host").mkdir()
            for args in (["host", "site"], ["site"]):
                result = subprocess.run([OITGEN, "publish", *args, "--dry-run", *protocol.options()],
                                        cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment())
                self.assertEqual(result.returncode, 0, result.stdout)
                self.assertIn("would upload index.html", result.stdout)


class SilentHost(unittest.TestCase):
    """A host that takes the connection and then says nothing: each try ends at --timeout, is
    retried, and the run fails with a message instead of hanging."""

    def test_a_host_that_does_not_answer_times_out(self):
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        accepted = []
        def accept():
            while True:
                try:
                    accepted.append(listener.accept()[0])
                except OSError:
                    return
        threading.Thread(target=accept, daemon=True).start()
        port = listener.getsockname()[1]
        try:
            with tempfile.TemporaryDirectory() as tmp:
                site = make_site(tmp, None, target={"url": f"ftp://127.0.0.1:{port}/site/",
                                                    "credentials_env": "OITGEN_TEST_LOGIN"})
                result = subprocess.run([OITGEN, "publish", "host", site, "--timeout", "1"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment(), timeout=120)
                self.assertEqual(result.returncode, 1, result.stdout)
                self.assertIn("could not read .oitgen-manifest.json", result.stdout)
                self.assertRegex(result.stdout, "[Tt]imeout|timed out")
                self.assertEqual(len(accepted), 4, "the first try and three retries")
        finally:
            listener.close()
            for connection in accepted:
                connection.close()


class VerifiedHost:
    """A host behind TLS or SSH: oitgen trusts it only through the system's CAs, the given CA
    file or the known_hosts file, and uploads nothing otherwise."""
    protocol = None
    refusal = None  # what the error says

    def test_an_unknown_certificate_or_host_key_is_refused(self):
        protocol = Protocol(self.protocol, "untrusted")
        with tempfile.TemporaryDirectory() as tmp:
            site = make_site(tmp, protocol)
            # An empty known_hosts file for SFTP; no CA file for FTPS and WebDAV (the test
            # certificate is self-signed).
            empty = Path(tmp) / "known_hosts"
            empty.write_text("")
            extra = ["--known-hosts", str(empty)] if self.protocol == "sftp" else []
            result = subprocess.run([OITGEN, "publish", "host", site, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    text=True, env=environment(), timeout=120)
            self.assertEqual(result.returncode, 1, result.stdout)
            self.assertRegex(result.stdout, self.refusal)
            self.assertEqual(protocol.remote_tree(site / "output"), {})


def sshd_log_from(offset):
    """What the SFTP server logged after `offset` bytes of its log, once it has logged the end
    of the last connection (sshd writes it after the client has gone)."""
    log = Path(ENV["LOG_DIR"]) / "sftp.log"
    deadline = time.monotonic() + 5
    while True:
        text = log.read_bytes()[offset:].decode(errors="replace")
        if "Connection closed" in text or "Disconnected" in text or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


class SftpHostKey(unittest.TestCase):
    """SFTP without a known_hosts file, or with the host missing from it or under another key:
    refused before any credential goes out, with the command that adds the key."""

    def refused(self, tmp, known_hosts=None, home=True):
        protocol = Protocol("sftp", "host-key")
        site = make_site(tmp, protocol)
        env = environment()
        if not home:
            env.pop("HOME", None)
        log = Path(ENV["LOG_DIR"]) / "sftp.log"
        offset = log.stat().st_size
        args = ["--known-hosts", str(known_hosts)] if known_hosts else []
        result = subprocess.run([OITGEN, "publish", "host", site, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                env=env, timeout=120)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertEqual(protocol.remote_tree(site / "output"), {})
        self.assertNotIn(ENV["LOGIN_PASSWORD"], result.stdout)
        return result.stdout, sshd_log_from(offset)

    def assert_no_login_tried(self, log):
        # The connection ended before authentication: sshd logs every password it is sent.
        self.assertNotIn("password for", log)
        self.assertNotIn("Accepted", log)
        self.assertRegex(log, r"Connection closed by 127\.0\.0\.1 port \d+ \[preauth\]")

    def test_no_home_and_no_known_hosts_refuses_without_connecting(self):
        with tempfile.TemporaryDirectory() as tmp:
            stderr, log = self.refused(tmp, home=False)
            self.assertIn("no known_hosts file to check the host's SSH key against (HOME is not set, and no "
                          "--known-hosts was given); nothing was sent", stderr)
            self.assertIn(f"ssh-keyscan -p {ENV['SFTP_PORT']} 127.0.0.1 >> FILE", stderr)
            self.assertIn("with the host's administrator", stderr)
            self.assertIn("--known-hosts FILE", stderr)
            self.assertNotIn("Connection from", log)

    def test_a_missing_known_hosts_file_refuses(self):
        with tempfile.TemporaryDirectory() as tmp:
            missing = Path(tmp) / "no-such-file"
            stderr, log = self.refused(tmp, missing)
            self.assertIn(f"the known_hosts file {missing} cannot be read", stderr)
            self.assertIn(f"ssh-keyscan -p {ENV['SFTP_PORT']} 127.0.0.1 >> {missing}", stderr)
            self.assertNotIn("Connection from", log)

    def test_a_host_not_in_known_hosts_is_refused_before_the_password(self):
        with tempfile.TemporaryDirectory() as tmp:
            other = Path(tmp) / "known_hosts"
            # The right key, but for another host and port: not this host.
            line = Path(ENV["SFTP_KNOWN_HOSTS"]).read_text().split(" ", 1)[1]
            other.write_text("[127.0.0.2]:2222 " + line)
            stderr, log = self.refused(tmp, other)
            self.assertIn(f"the host's SSH key is not in {other}; nothing was sent", stderr)
            self.assertIn(f"ssh-keyscan -p {ENV['SFTP_PORT']} 127.0.0.1 >> {other}", stderr)
            self.assert_no_login_tried(log)

    def test_another_key_for_the_host_is_refused_before_the_password(self):
        with tempfile.TemporaryDirectory() as tmp:
            key = Path(tmp) / "other-key"
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
            kind, data = Path(str(key) + ".pub").read_text().split()[:2]
            wrong = Path(tmp) / "known_hosts"
            wrong.write_text(f"[127.0.0.1]:{ENV['SFTP_PORT']} {kind} {data}\n")
            stderr, log = self.refused(tmp, wrong)
            self.assertIn(f"the host's SSH key differs from the one {wrong} holds for it; nothing was sent",
                          stderr)
            self.assert_no_login_tried(log)


class Ftps(PublishRoundTrip, VerifiedHost, unittest.TestCase):
    protocol = "ftps"
    refusal = "certificate"


class Sftp(PublishRoundTrip, VerifiedHost, HostileManifest, unittest.TestCase):
    protocol = "sftp"
    refusal = "host key|known_hosts|fingerprint"


class WebDav(PublishRoundTrip, VerifiedHost, HostileManifest, unittest.TestCase):
    protocol = "dav"
    refusal = "certificate"


class S3(PublishRoundTrip, HostileManifest, unittest.TestCase):
    protocol = "s3"


if __name__ == "__main__":
    unittest.main(verbosity=2)
