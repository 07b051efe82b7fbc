#!/usr/bin/env python3
"""Kill tests: `oitgen build` and `oitgen archive 2567 --replace` killed with SIGKILL at random
moments of their run must leave the complete previous tree or the complete new one, never a mix
and never no tree at all; the next run must remove every leftover and succeed.

The example site (content/ of the repository) is copied to a scratch folder, and one page is
changed back and forth so that each run replaces one tree (A) with another (B). The delays are
drawn from a seeded random generator (OITGEN_KILL_SEED, default 11) over the measured duration
of a run, half of them in its last part, where the swap happens. Each part goes on until it has
killed at least OITGEN_KILLS runs (default 40) and seen both outcomes, the old tree and the new.
"""

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OITGEN = Path(sys.argv[1]).resolve()
REPO = Path(__file__).resolve().parent.parent
SEED = int(os.environ.get("OITGEN_KILL_SEED", "11"))
KILLS = int(os.environ.get("OITGEN_KILLS", "40"))
MAX_RUNS = 4 * KILLS  # a part that cannot see both outcomes in that many runs fails
PAGE = "content/pages/about.md"
YEAR = "2567"


def run(*args):
    result = subprocess.run([str(OITGEN), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return result


def tree(folder):
    """Every file under folder (hidden ones too), with its SHA-256; links by their target."""
    files = {}
    for path in sorted(Path(folder).rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            files[rel] = "link:" + os.readlink(path)
        elif path.is_file():
            files[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def leftovers(*folders):
    return [str(p) for folder in folders if folder.is_dir() for p in folder.iterdir()
            if ".staging-" in p.name or ".old-" in p.name]


class Site:
    """A copy of the example site whose about page is version A or version B."""

    def __init__(self, folder):
        self.dir = Path(folder)
        shutil.copytree(REPO / "content", self.dir / "content")
        self.texts = {"A": (self.dir / PAGE).read_text(encoding="utf-8")}
        self.texts["B"] = self.texts["A"] + "\nแก้ไขครั้งที่สอง: version B of this page.\n"

    def set(self, version):
        (self.dir / PAGE).write_text(self.texts[version], encoding="utf-8")


def kill_at(args, delay):
    """Starts oitgen, kills it after `delay` seconds; True when it was still running."""
    process = subprocess.Popen([str(OITGEN), *map(str, args)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    return process.wait() == -signal.SIGKILL


def duration(args, times=2, before=lambda: None):
    spent = []
    for _ in range(times):
        before()
        started = time.monotonic()
        result = run(*args)
        spent.append(time.monotonic() - started)
        assert result.returncode == 0, result.stdout
    return min(spent)


def delays(rng, seconds):
    """Spread over the whole run, every other one in its last fifth (and a little after)."""
    late = False
    while True:
        late = not late
        yield rng.uniform(0.8 * seconds, 1.1 * seconds) if late else rng.uniform(0, seconds)


class Part:
    def __init__(self, name):
        self.name = name
        self.kills = 0
        self.runs = 0
        self.outcomes = {"old": 0, "new": 0}
        self.with_leftovers = 0
        self.failures = []

    def done(self):
        return self.kills >= KILLS and all(self.outcomes.values())

    def check(self, condition, message):
        if not condition:
            self.failures.append("run %d: %s" % (self.runs, message))
        return condition

    def report(self, started):
        print("%s: %d runs, %d killed (%d left the old tree, %d the new one, %d left leftovers) "
              "in %.1f s" % (self.name, self.runs, self.kills, self.outcomes["old"],
                             self.outcomes["new"], self.with_leftovers, time.monotonic() - started))
        if not self.done():
            self.failures.append("only %d kills and outcomes %s after %d runs"
                                 % (self.kills, self.outcomes, self.runs))
        for failure in self.failures[:20]:
            print("FAIL %s: %s" % (self.name, failure))
        return not self.failures


def other(version):
    return "B" if version == "A" else "A"


def build_part(work, rng):
    """`oitgen build`: output/ is always exactly tree A or tree B."""
    started = time.monotonic()
    part = Part("build")
    site = Site(work / "build")
    output = site.dir / "output"
    reference = {}
    for version in "AB":
        site.set(version)
        result = run("build", site.dir, "--output", work / ("reference-" + version))
        assert result.returncode == 0, result.stdout
        reference[version] = tree(work / ("reference-" + version))
    assert reference["A"] != reference["B"]
    # Timed as the runs below are: each one a change (a build with nothing changed writes
    # nothing and would be much shorter). Leaves tree B.
    versions = iter("AB")
    seconds = duration(["build", site.dir], before=lambda: site.set(next(versions)))
    current = "B"
    assert tree(output) == reference[current]
    for delay in delays(rng, seconds):
        if part.done() or part.runs >= MAX_RUNS or part.failures:
            break
        part.runs += 1
        target = other(current)
        site.set(target)
        killed = kill_at(["build", site.dir], delay)
        part.kills += killed
        if not part.check(output.is_dir(), "no output folder after a kill at %.3f s" % delay):
            break
        got = tree(output)
        outcome = "old" if got == reference[current] else "new" if got == reference[target] else None
        if not part.check(outcome, "after a kill at %.3f s the output is neither tree: %d files"
                          % (delay, len(got))):
            break
        if killed:
            part.outcomes[outcome] += 1
        part.with_leftovers += bool(leftovers(site.dir))
        result = run("build", site.dir)
        part.check(result.returncode == 0, "the next build failed: " + result.stdout)
        part.check(tree(output) == reference[target], "the next build did not write tree " + target)
        left = leftovers(site.dir, site.dir / "content/archive")
        part.check(not left, "left after the next build: %s" % left)
        current = target
    return part.report(started)


def snapshot_files(folder):
    return {path: digest for path, digest in tree(folder).items() if path != "manifest.json"}


def archive_part(work, rng):
    """`oitgen archive 2567 --replace`: content/archive/2567 is always the old snapshot byte for
    byte or a complete new one, and no build publishes what a killed run left."""
    started = time.monotonic()
    part = Part("archive --replace")
    site = Site(work / "archive")
    archive = site.dir / "content/archive"
    snapshot = archive / YEAR
    expected = {}
    for version in "AB":  # a snapshot's files but its manifest are the same at every run
        alone = Site(work / ("snapshot-" + version))
        alone.set(version)
        result = run("archive", YEAR, alone.dir)
        assert result.returncode == 0, result.stdout
        expected[version] = snapshot_files(alone.dir / "content/archive" / YEAR)
    assert expected["A"] != expected["B"]
    site.set("A")
    result = run("archive", YEAR, site.dir)
    assert result.returncode == 0, result.stdout
    seconds = duration(["archive", YEAR, site.dir, "--replace"])
    current = "A"
    for delay in delays(rng, seconds):
        if part.done() or part.runs >= MAX_RUNS or part.failures:
            break
        part.runs += 1
        before = tree(snapshot)
        old_manifest = hashlib.sha256((snapshot / "manifest.json").read_bytes()).hexdigest()
        target = other(current)
        site.set(target)
        killed = kill_at(["archive", YEAR, site.dir, "--replace"], delay)
        part.kills += killed
        if not part.check(snapshot.is_dir(), "no snapshot after a kill at %.3f s" % delay):
            break
        got = tree(snapshot)
        if got == before:
            outcome = "old"
        else:
            outcome = "new"
            manifest = json.loads((snapshot / "manifest.json").read_text(encoding="utf-8"))
            listed = {f["path"]: f["sha256"] for f in manifest["files"]}
            complete = (snapshot_files(snapshot) == expected[target] and listed == expected[target]
                        and manifest["replaces"][-1] == old_manifest)
            got_files = snapshot_files(snapshot)
            differing = sorted(p for p in set(got_files) | set(expected[target])
                               if got_files.get(p) != expected[target].get(p))
            if not part.check(complete, "after a kill at %.3f s the snapshot is neither the old "
                              "one nor a complete new one (files that differ: %s; manifest "
                              "lists the files: %s; replaces the old manifest: %s)"
                              % (delay, differing[:5], listed == expected[target],
                                 manifest["replaces"][-1:] == [old_manifest])):
                break
        if killed:
            part.outcomes[outcome] += 1
        current = target if outcome == "new" else current
        part.with_leftovers += bool(leftovers(archive))
        if part.runs % 4 == 0:  # now and then the next run is an archive run itself
            result = run("archive", YEAR, site.dir, "--replace")
            part.check(result.returncode == 0, "the next archive failed: " + result.stdout)
            part.check(snapshot_files(snapshot) == expected[target], "the next archive is not " + target)
            current = target
        result = run("build", site.dir)
        part.check(result.returncode == 0, "the next build failed: " + result.stdout)
        left = leftovers(archive, site.dir)
        part.check(not left, "left after the next run: %s" % left)
        published = sorted(p.name for p in (site.dir / "output/archive").iterdir())
        part.check(published == [YEAR, "index.html", "index.json"], "published %s" % published)
        part.check(tree(site.dir / "output/archive" / YEAR) == tree(snapshot),
                   "the published snapshot differs from content/archive/" + YEAR)
    verified = run("archive", "--verify", site.dir)
    part.check(verified.returncode == 0, "archive --verify: " + verified.stdout)
    return part.report(started)


def main():
    rng = random.Random(SEED)
    print("seed %d, at least %d kills per part" % (SEED, KILLS))
    with tempfile.TemporaryDirectory(prefix="oitgen-kill-") as tmp:
        ok = build_part(Path(tmp), rng)
        ok = archive_part(Path(tmp), rng) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
