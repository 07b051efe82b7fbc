#!/usr/bin/env python3
"""The command line as a vendor scripts it: help for every command (also in Thai), "did you
mean" for a misspelt command or option, --quiet and --verbose, colours only on a terminal and
never with NO_COLOR or in a pipe, and a manual page and a bash completion made from the same
declarations as --help."""

import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

OITGEN = Path(sys.argv.pop(1)).resolve()
REPO = Path(__file__).resolve().parent.parent
COMMANDS = ["new", "check", "build", "archive", "framework", "publish", "serve", "export",
            "import"]
ENGLISH = {k: v for k, v in os.environ.items()
           if k not in ("OITGEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "NO_COLOR")}
ENGLISH["LANG"] = "C.UTF-8"


def run(*args, env=None, cwd=None):
    return subprocess.run([str(OITGEN), *map(str, args)], capture_output=True, text=True,
                          env=env or ENGLISH, cwd=cwd, stdin=subprocess.DEVNULL)


def on_terminal(*args, env):
    """Runs oitgen with its standard error on a pseudo-terminal; returns (status, bytes)."""
    primary, secondary = pty.openpty()
    process = subprocess.Popen([str(OITGEN), *map(str, args)], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=secondary, env=env)
    os.close(secondary)
    output = b""
    while True:
        ready, _, _ = select.select([primary], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # closed when the process ends
            break
        if not chunk:
            break
        output += chunk
    os.close(primary)
    return process.wait(timeout=60), output


def broken_site(into):
    site = Path(into) / "site"
    shutil.copytree(REPO / "content", site / "content")
    report = site / "content/plans/2566-2570/reports/2567-6-month.json"
    report.write_text(report.read_text(encoding="utf-8").replace('"completed"', '"done"', 1),
                      encoding="utf-8")
    return site


class Help(unittest.TestCase):
    def test_every_command_has_help_and_help_command_says_the_same(self):
        for command in COMMANDS:
            own = run(command, "--help")
            self.assertEqual(own.returncode, 0, command)
            self.assertIn("oitgen " + command, own.stdout)
            self.assertEqual(own.stderr, "")
            self.assertEqual(run("help", command).stdout, own.stdout, command)
        framework = run("help", "framework", "new")
        self.assertIn("--from ID", framework.stdout)
        self.assertEqual(framework.stdout, run("framework", "new", "--help").stdout)

    def test_every_option_is_described(self):
        for command in COMMANDS:
            text = run("help", command).stdout
            for line in text.splitlines():
                match = re.match(r"  (--?[a-z][a-z-]*)", line)
                if match:
                    self.assertGreater(len(line.split(None, 1)), 1, (command, line))

    def test_help_in_thai(self):
        thai = run("--lang", "th", "help", "build")
        self.assertEqual(thai.returncode, 0)
        self.assertIn("วิธีใช้: oitgen build", thai.stdout)
        self.assertIn("ถือว่าคำเตือนเป็นข้อผิดพลาด", thai.stdout)
        self.assertNotIn("treat warnings as errors", thai.stdout)

    def test_lines_fit_a_terminal(self):
        for command in COMMANDS:
            for line in run("help", command).stdout.splitlines():
                self.assertLessEqual(len(line), 80, (command, line))

    def test_no_command_is_wrong_usage(self):
        result = run()
        self.assertEqual(result.returncode, 2)
        self.assertIn("Usage: oitgen", result.stderr)
        self.assertEqual(result.stdout, "")


class Misspellings(unittest.TestCase):
    def test_a_command(self):
        result = run("biuld")
        self.assertEqual(result.returncode, 2)
        self.assertIn("oitgen: unknown command biuld; did you mean build?", result.stderr)
        self.assertIn('Run "oitgen help" for the options.', result.stderr)
        self.assertIn("did you mean check?", run("chekc").stderr)
        far = run("deploy")
        self.assertEqual(far.returncode, 2)
        self.assertIn("unknown command deploy", far.stderr)
        self.assertNotIn("did you mean", far.stderr)

    def test_an_option(self):
        with tempfile.TemporaryDirectory() as tmp:
            result = run("build", "--stirct", cwd=tmp)
            self.assertEqual(result.returncode, 2)
            self.assertIn("oitgen build: unknown option --stirct; did you mean --strict?",
                          result.stderr)
            self.assertIn('Run "oitgen help build" for the options.', result.stderr)
            self.assertIn("did you mean --no-pdf?", run("build", "--nopdf", cwd=tmp).stderr)
            self.assertIn("did you mean --dry-run?", run("publish", "--dryrun", cwd=tmp).stderr)
            self.assertFalse(any(Path(tmp).iterdir()), "wrong usage writes nothing")

    def test_in_thai(self):
        result = run("--lang", "th", "biuld")
        self.assertIn("oitgen: ไม่รู้จักคำสั่ง biuld หรือหมายถึง build?", result.stderr)

    def test_a_missing_value(self):
        result = run("build", "--output")
        self.assertEqual(result.returncode, 2)
        self.assertIn("oitgen build: --output needs a value", result.stderr)


class QuietAndVerbose(unittest.TestCase):
    def test_quiet_prints_nothing_on_success(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            shutil.copytree(REPO / "content", site / "content")
            for args in (["check", site], ["build", site, "--no-pdf"], ["-q", "build", site]):
                result = run("--quiet", *args) if args[0] != "-q" else run(*args)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual((result.stdout, result.stderr), ("", ""), args)
            self.assertTrue((site / "output/index.html").is_file())

    def test_quiet_still_tells_the_problems(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = broken_site(tmp)
            result = run("build", site, "--quiet")
            self.assertEqual(result.returncode, 1)
            self.assertIn('error: status "done"', result.stderr)
            self.assertIn("build failed", result.stderr)

    def test_verbose_says_more(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            shutil.copytree(REPO / "content", site / "content")
            plain = run("build", site, "--no-pdf")
            verbose = run("build", site, "--no-pdf", "--verbose", "--output", Path(tmp) / "out")
            self.assertNotIn("building ", plain.stderr)
            self.assertIn("building " + str(site / "content"), verbose.stderr)
            for step in ("checking the content", "rendering the pages",
                         "putting the new output in place"):
                self.assertNotIn(step, plain.stderr)
                self.assertRegex(verbose.stderr, step + r": \d+ ms\n")
            self.assertNotIn("writing the printable documents", verbose.stderr)  # --no-pdf

    def test_a_build_on_a_terminal_shows_its_step_then_erases_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            shutil.copytree(REPO / "content", site / "content")
            env = dict(ENGLISH, TERM="xterm")
            status, shown = on_terminal("build", site, "--no-pdf", env=env)
            self.assertEqual(status, 0)
            text = shown.decode("utf-8")
            self.assertIn("\r\x1b[Kchecking the content…", text)
            self.assertIn("\r\x1b[Krendering the pages…", text)
            # The step line is gone before the summary, which stands alone on its line.
            self.assertRegex(text, r"\r\x1b\[K(\r\n|\n)?built \d+ pages")
            status, quiet = on_terminal("build", site, "--no-pdf", "--quiet", env=env)
            self.assertEqual((status, quiet), (0, b""))


class Colours(unittest.TestCase):
    def test_none_in_a_pipe(self):
        with tempfile.TemporaryDirectory() as tmp:
            result = run("check", broken_site(tmp))
            self.assertEqual(result.returncode, 1)
            self.assertIn("error:", result.stderr)
            self.assertNotIn("\x1b", result.stderr + result.stdout)
            forced = run("check", broken_site(Path(tmp) / "b"), "--color", "always")
            self.assertIn("\x1b[1;31m", forced.stderr)
            self.assertIn("\x1b[0m", forced.stderr)

    def test_on_a_terminal_unless_no_color(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = broken_site(tmp)
            env = dict(ENGLISH, TERM="xterm")
            status, coloured = on_terminal("check", site, env=env)
            self.assertEqual(status, 1)
            self.assertIn(b"\x1b[1;31m", coloured)
            for variables in ({"NO_COLOR": "1"}, {"TERM": "dumb"}):
                status, plain = on_terminal("check", site, env=dict(env, **variables))
                self.assertEqual(status, 1)
                self.assertIn(b"error:", plain)
                self.assertNotIn(b"\x1b", plain, variables)
            status, never = on_terminal("check", site, "--color", "never", env=env)
            self.assertNotIn(b"\x1b", never)

    def test_content_cannot_inject_escape_codes_into_coloured_lines(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            shutil.copytree(REPO / "content", site / "content")
            page = site / "content/pages/about.md"
            page.write_text(page.read_text(encoding="utf-8").replace(
                "title:", "bogus: 1\ntitle:", 1), encoding="utf-8")
            (site / "content/pages/x\x1b[2J.md").write_text("no front matter\n", encoding="utf-8")
            result = run("check", site, "--color", "always")
            self.assertNotIn("\x1b[2J", result.stderr)
            self.assertIn("\\x1b[2J", result.stderr)


class ManualAndCompletion(unittest.TestCase):
    def test_manual_page_renders_without_warnings_and_lists_every_option(self):
        page = run("--manual-page")
        self.assertEqual(page.returncode, 0)
        self.assertIn("\n.TH OITGEN 1 ", page.stdout)
        groff = shutil.which("groff")
        if groff:
            shown = subprocess.run([groff, "-k", "-man", "-Tutf8", "-ww"], input=page.stdout,
                                   capture_output=True, text=True)
            self.assertEqual(shown.returncode, 0)
            self.assertEqual(shown.stderr, "")
            text = re.sub(r".\x08", "", shown.stdout)
        else:
            text = page.stdout.replace("\\-", "-")
        for command in COMMANDS:
            for option in re.findall(r"^  (?:-\w,)?(--[a-z][a-z-]*)", run("help", command).stdout,
                                     re.M):
                if option != "--help":
                    self.assertIn(option, text, (command, option))
        thai = run("--lang", "th", "--manual-page").stdout
        self.assertIn("ถือว่าคำเตือนเป็นข้อผิดพลาด", thai)

    def complete(self, *words):
        script = run("--bash-completion").stdout
        line = " ".join(words)
        program = (script + "\nCOMP_WORDS=(%s)\nCOMP_CWORD=%d\n_oitgen\nprintf '%%s\\n' "
                   '"${COMPREPLY[@]}"\n' % (line, len(words) - 1))
        with tempfile.TemporaryDirectory() as empty:  # no file names to offer
            result = subprocess.run(["bash", "-c", program], capture_output=True, text=True,
                                    cwd=empty)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.split()

    def test_bash_completion(self):
        self.assertEqual(self.complete("oitgen", "bu"), ["build"])
        self.assertIn("--no-pdf", self.complete("oitgen", "build", "--no"))
        self.assertIn("--quiet", self.complete("oitgen", "check", "--q"))
        self.assertEqual(self.complete("oitgen", "framework", "n"), ["new"])
        self.assertIn("--dry-run", self.complete("oitgen", "publish", "--d"))


if __name__ == "__main__":
    unittest.main()
