#!/usr/bin/env python3
"""`--message-format json` and `--message-format sarif`: the diagnostics as data for CI.

`oitgen check SITE --message-format json` prints one JSON object a line on standard output, one
per diagnostic and nothing else; `--message-format sarif` prints one SARIF 2.1.0 log. Both say
what the human lines say (on standard error, "FILE:LINE:COL: error: message"), with the
diagnostic's code. The site is tests/check/many-errors with a few more problems: a Thai file
name with a space, a column after Thai text, an unknown field with a suggestion.

The SARIF log is validated against the schema by tests/sarif/validate.js, whose npm packages
(`npm ci --ignore-scripts` in tests/sarif/, as scripts/install-deps.sh runs) must be installed;
without them that one test is skipped and says so.

    python3 tests/message_format_test.py PATH_TO_OITGEN
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.parse
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
SARIF_TESTS = REPO / "tests/sarif"
SITE = "site"  # the site folder's name, as the command line gives it: the paths start with it
PROJECTS = "content/plans/2566-2570/projects"
THAI_FILE = "content/บันทึก ประชุม.txt"

FIELDS = {"file", "line", "column", "severity", "code", "message", "suggestion"}
CODE = re.compile(r"[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*")
# A human diagnostic line; the severity is translated as the message is.
SEVERITY_WORDS = {"error": "error", "warning": "warning", "ข้อผิดพลาด": "error", "คำเตือน": "warning"}
HUMAN = re.compile(r"(?P<file>.+?)(?::(?P<line>\d+)(?::(?P<column>\d+))?)?: "
                   r"(?P<severity>error|warning|ข้อผิดพลาด|คำเตือน): (?P<message>.*)")


def environment():
    """The language comes from --lang alone, as in tests/run_check_case.sh."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("OITGEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "NO_COLOR")}
    env["LANG"] = "C.UTF-8"
    return env


def check(cwd, *args):
    return subprocess.run([str(OITGEN), "check", SITE, *args], cwd=cwd, env=environment(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)


def human_diagnostics(text):
    """(file, line, column, severity, message) of each diagnostic line; None where not given."""
    out = []
    for line in text.splitlines():
        match = HUMAN.fullmatch(line)
        if not match:
            continue
        out.append((match["file"],
                    int(match["line"]) if match["line"] else None,
                    int(match["column"]) if match["column"] else None,
                    SEVERITY_WORDS[match["severity"]], match["message"]))
    return out


def as_tuple(d):
    return (d["file"], d["line"], d["column"], d["severity"], d["message"])


def ordered(diagnostics):
    return sorted(diagnostics, key=lambda d: tuple("" if x is None else str(x) for x in d))


def make_broken_site(folder):
    site = folder / SITE
    shutil.copytree(REPO / "tests/check/many-errors/content", site / "content")
    # Not part of the format: a warning for the whole file, whose path needs percent-encoding.
    (site / THAI_FILE).write_text("บันทึกการประชุม\n", encoding="utf-8")
    # "1" is character 40 of the line but byte 77: the column counts characters.
    p02 = site / PROJECTS / "p02.md"
    text = p02.read_text(encoding="utf-8")
    p02.write_text(text.replace("responsible: สำนักปลัดเทศบาล\n",
                                "responsible: {th: สำนักปลัดเทศบาล, en: 1}\n"), encoding="utf-8")
    # An unknown field: its message names the field meant, which is the suggestion.
    p01 = site / PROJECTS / "p01.md"
    text = p01.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    p01.write_text("---\nresponsibel: กองคลัง\n" + text[4:], encoding="utf-8")


class MessageFormatTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = Path(tempfile.mkdtemp(prefix="oitgen-message-format-"))
        cls.broken = cls.work / "broken"
        cls.broken.mkdir()
        make_broken_site(cls.broken)
        cls.clean = cls.work / "clean"
        shutil.copytree(REPO / "tests/check/clean-minimal/content", cls.clean / SITE / "content")
        cls.runs = {}
        for lang in ("en", "th"):
            for form in ("human", "json", "sarif"):
                args = ["--lang", lang] + ([] if form == "human" else ["--message-format", form])
                cls.runs[lang, form] = check(cls.broken, *args)
        cls.human = {lang: human_diagnostics(cls.runs[lang, "human"].stderr) for lang in ("en", "th")}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def json_lines(self, lang):
        result = self.runs[lang, "json"]
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertTrue(result.stdout.endswith("\n"), result.stdout)
        lines = []
        for text in result.stdout[:-1].split("\n"):
            # json.loads refuses anything after the object: one object a line, nothing else.
            lines.append(json.loads(text))
        return lines

    def sarif_log(self, lang):
        result = self.runs[lang, "sarif"]
        self.assertEqual(result.returncode, 1, result.stderr)
        return json.loads(result.stdout)  # the whole of standard output is one document

    def test_human_diagnostics_go_to_standard_error(self):
        result = self.runs["en", "human"]
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        severities = [d[3] for d in self.human["en"]]
        self.assertGreaterEqual(severities.count("error"), 10, result.stderr)
        self.assertGreaterEqual(severities.count("warning"), 2, result.stderr)

    def test_json_lines_are_the_human_diagnostics_with_their_codes(self):
        lines = self.json_lines("en")
        for line in lines:
            with self.subTest(line=line):
                self.assertIsInstance(line, dict)
                self.assertEqual(set(line), FIELDS)
                self.assertIsInstance(line["file"], str)
                for key in ("line", "column"):
                    self.assertTrue(line[key] is None or
                                    (type(line[key]) is int and line[key] >= 1), line[key])
                if line["line"] is None:
                    self.assertIsNone(line["column"])
                self.assertIn(line["severity"], ("error", "warning"))
                self.assertIsInstance(line["code"], str)
                self.assertRegex(line["code"], CODE)
                self.assertIsInstance(line["message"], str)
                self.assertTrue(line["suggestion"] is None or
                                (isinstance(line["suggestion"], str) and line["suggestion"]))
        self.assertEqual(ordered(as_tuple(d) for d in lines), ordered(self.human["en"]))
        # The diagnostics are said once: not as human lines on standard error too.
        self.assertEqual(human_diagnostics(self.runs["en", "json"].stderr), [])

    def test_json_places_suggestions_and_thai_file_names(self):
        lines = self.json_lines("en")
        by_place = {(d["file"], d["line"]): d for d in lines}
        unknown = by_place[f"{SITE}/{PROJECTS}/p01.md", 2]
        self.assertEqual(unknown["code"], "field.unknown")
        self.assertEqual(unknown["suggestion"], "responsible")
        whole = by_place[f"{SITE}/{THAI_FILE}", None]
        self.assertEqual((whole["severity"], whole["code"], whole["column"]),
                         ("warning", "file.ignored", None))
        # Columns count characters (code points), not bytes.
        wrong = by_place[f"{SITE}/{PROJECTS}/p02.md", 8]
        self.assertEqual(wrong["code"], "value.wrong-type")
        text = (self.broken / SITE / PROJECTS / "p02.md").read_text(encoding="utf-8")
        line = text.split("\n")[7]
        self.assertEqual(wrong["column"], 40)
        self.assertEqual(line[wrong["column"] - 1], "1")
        self.assertNotEqual(len(line[:39].encode("utf-8")), 39)

    def test_json_in_thai_keeps_the_severity_and_codes_and_says_the_thai_messages(self):
        thai = self.json_lines("th")
        english = self.json_lines("en")
        self.assertEqual(ordered(as_tuple(d) for d in thai), ordered(self.human["th"]))
        self.assertTrue(any(re.search("[\u0e00-\u0e7f]", d["message"]) for d in thai))
        self.assertEqual(sorted((d["file"], d["line"] or 0, d["column"] or 0, d["code"])
                                for d in thai),
                         sorted((d["file"], d["line"] or 0, d["column"] or 0, d["code"])
                                for d in english))

    def test_sarif_log_holds_every_diagnostic(self):
        log = self.sarif_log("en")
        self.assertEqual(log["version"], "2.1.0")
        self.assertEqual(len(log["runs"]), 1)
        run = log["runs"][0]
        self.assertEqual(run["tool"]["driver"]["name"], "oitgen")
        self.assertEqual(run["columnKind"], "unicodeCodePoints")
        self.assertEqual(run["language"], "en")
        self.assertEqual(self.sarif_log("th")["runs"][0]["language"], "th")
        results = run["results"]
        self.assertEqual(len(results), len(self.human["en"]))
        rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
        lines = self.json_lines("en")
        self.assertEqual(sorted(rules), sorted({d["code"] for d in lines}))
        seen = []
        for result in results:
            with self.subTest(result=result):
                self.assertEqual(rules[result["ruleIndex"]], result["ruleId"])
                location = result["locations"][0]["physicalLocation"]
                uri = location["artifactLocation"]["uri"]
                region = location.get("region", {})
                suggestion = result.get("properties", {}).get("suggestion")
                seen.append((urllib.parse.unquote(uri), region.get("startLine"),
                             region.get("startColumn"), result["level"], result["ruleId"],
                             result["message"]["text"], suggestion))
                self.assertEqual(uri, urllib.parse.quote(urllib.parse.unquote(uri)))
        expected = [(d["file"], d["line"], d["column"], d["severity"], d["code"], d["message"],
                     d["suggestion"]) for d in lines]
        self.assertEqual(ordered(seen), ordered(expected))
        thai_uri = urllib.parse.quote(f"{SITE}/{THAI_FILE}")
        self.assertIn("%E0%B8%9A", thai_uri)
        self.assertIn("%20", thai_uri)
        self.assertIn(thai_uri, [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                                 for r in results])

    def test_clean_site_gives_no_lines_and_an_empty_sarif_run(self):
        result = check(self.clean, "--message-format", "json")
        self.assertEqual((result.returncode, result.stdout), (0, ""), result.stderr)
        result = check(self.clean, "--message-format", "sarif")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["runs"][0]["results"], [])

    def test_sarif_log_is_valid_by_the_schema(self):
        if not (SARIF_TESTS / "node_modules").is_dir() or not shutil.which("node"):
            self.skipTest("SARIF schema check skipped: tests/sarif/node_modules or node is missing "
                          "(run `npm ci --ignore-scripts` in tests/sarif/)")
        logs = {"broken-en.sarif": self.runs["en", "sarif"].stdout,
                "broken-th.sarif": self.runs["th", "sarif"].stdout,
                "clean.sarif": check(self.clean, "--message-format", "sarif").stdout}
        paths = []
        for name, text in logs.items():
            path = self.work / name
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        result = subprocess.run(["node", str(SARIF_TESTS / "validate.js"), *paths],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                timeout=120)
        self.assertEqual(result.returncode, 0, result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=1)
