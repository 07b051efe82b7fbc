#!/usr/bin/env python3
"""build --for-disk opens from a disk, and --base-url changes the absolute URLs and nothing else.

tests/for_disk_test.py OITGEN. Builds the example site three ways into temporary folders.
"""
import hashlib
import html.parser
import json
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

OITGEN = Path(sys.argv[1]).resolve()
SITE = Path(__file__).resolve().parent.parent


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def build(out, *options):
    run = subprocess.run([str(OITGEN), "build", str(SITE), "--output", str(out), *options],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert run.returncode == 0, run.stdout


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        disk = tmp / "disk"
        build(disk, "--for-disk")
        problems = []
        for page in disk.rglob("*.html"):
            parser = Links()
            parser.feed(page.read_text(encoding="utf-8"))
            for link in parser.links:
                parts = urllib.parse.urlsplit(link)
                if parts.scheme or link.startswith("#"):
                    continue  # another site, mailto:, or a place in this page
                if link.startswith("/"):
                    problems.append(f"{page.relative_to(disk)}: {link} works only on a server")
                    continue
                target = (page.parent / urllib.parse.unquote(parts.path)).resolve()
                if not target.is_file():
                    problems.append(f"{page.relative_to(disk)}: {link} is not a file")
        assert not problems, "\n".join(problems[:20])

        normal, staging = tmp / "normal", tmp / "staging"
        build(normal)
        build(staging, "--base-url", "https://staging.example.test/x/")
        base = next(line for line in (SITE / "content" / "site.json").read_text().splitlines()
                    if '"base_url"' in line).split('"')[3]
        files = sorted(p.relative_to(normal) for p in normal.rglob("*") if p.is_file()
                       and p.name != ".oitgen-output" and not p.name.startswith(".oitgen"))
        changed = 0
        for name in files:
            a, b = (normal / name).read_bytes(), (staging / name).read_bytes()
            if a != b:
                changed += 1
                # The 404 page, served at any depth, links by the address's path ("/ita/..."),
                # which follows the base URL too.
                path = "/" + base.split("://", 1)[1].split("/", 1)[1]
                expected = a.replace(base.encode(), b"https://staging.example.test/x/")
                for attribute in (b'href="', b'src="'):
                    expected = expected.replace(attribute + path.encode(), attribute + b"/x/")
                if name.as_posix() == "data/datapackage.json":
                    # The size and hash of a CSV that holds absolute URLs (oit/oit-links.csv)
                    # follow its bytes: they are those of the staging file.
                    expected, actual = json.loads(expected), json.loads(b)
                    for resource in expected["resources"]:
                        path_of = resource["path"].replace("https://staging.example.test/x/", "")
                        data = (staging / ("" if "://" in resource["path"] else "data") / path_of).read_bytes()
                        resource["bytes"] = len(data)
                        resource["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
                    assert expected == actual, name
                    continue
                assert expected == b, name
        assert changed > 0
        assert b"https://staging.example.test/x/sitemap.xml" in (staging / "robots.txt").read_bytes()
    print("for-disk links resolve; --base-url changes only the base URL")


if __name__ == "__main__":
    main()
