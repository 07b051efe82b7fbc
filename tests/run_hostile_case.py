#!/usr/bin/env python3
"""Runs oitgen on one hostile case of tests/hostile/ and proves it did no harm.

A case folder holds:
  site/           the site folder as committed (copied with its symlinks as they are); optional
  setup.sh        optional; run first with WORK (the scratch folder), SITE (WORK/site) and REPO
                  set, to make what git cannot hold: FIFOs, device links, unreadable folders,
                  huge files, a copy of a sample site
  args            one line: the oitgen command and its arguments; {site} and {work} are replaced
                  by the paths of the scratch copies (e.g. "build {site} --output {site}/content")
  expected.txt    lines that must each appear in what oitgen printed (stdout and stderr together)
  unexpected.txt  optional: lines that must NOT appear in what oitgen printed (a misleading
                  message the case once produced)
  expected-exit   the exit status
  writes          optional: paths relative to WORK that oitgen may create, change or delete, one
                  a line (default: site/output); "nothing" means nothing at all may change
  timeout         optional: seconds the run may take (default 20)
  unprivileged    optional, empty: run oitgen as the user nobody when the tests run as root, for
                  cases about permissions (root reads every file whatever its mode)
  verify.sh       optional; run last with WORK, SITE, REPO and OUTPUT (a file holding what
                  oitgen printed, outside WORK) set, to look into what was written and printed;
                  a non-zero exit fails the case

Whatever the case, oitgen must not crash (no signal, no sanitizer report), must finish within the
time limit and within 1 GiB of memory, and must leave every file outside `writes` as it was:
same type, bytes, mode and symlink target. Staging and old folders beside the output must be
gone when it ends.
"""
import hashlib
import os
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time

MEMORY_LIMIT = 1 << 30  # bytes of resident memory at most


def snapshot(root, allowed):
    """Every path under root outside `allowed`, with what identifies its content."""
    state = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        rel_folder = os.path.relpath(folder, root)
        for name in sorted(dirs + files):
            path = os.path.join(folder, name)
            rel = os.path.normpath(os.path.join(rel_folder, name))
            if any(rel == a or rel.startswith(a + os.sep) for a in allowed):
                continue
            try:
                info = os.lstat(path)
            except OSError as error:
                state[rel] = ("gone", str(error))
                continue
            mode = stat.S_IMODE(info.st_mode)
            if stat.S_ISLNK(info.st_mode):
                state[rel] = ("link", os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):
                state[rel] = ("dir", mode)
            elif stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256()
                try:
                    with open(path, "rb") as f:
                        for block in iter(lambda: f.read(1 << 20), b""):
                            digest.update(block)
                    state[rel] = ("file", mode, info.st_size, digest.hexdigest())
                except OSError:  # unreadable on purpose (mode 000)
                    state[rel] = ("file", mode, info.st_size, "unreadable")
            else:
                state[rel] = ("special", stat.S_IFMT(info.st_mode), mode)
        # Folders that the case made unreadable cannot be walked; their mode is recorded above.
        dirs[:] = [d for d in dirs if os.access(os.path.join(folder, d), os.R_OK | os.X_OK)]
    return state


def main():
    oitgen = os.path.realpath(sys.argv[1])
    case = os.path.realpath(sys.argv[2])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    name = os.path.basename(case)
    work = tempfile.mkdtemp(prefix="oitgen-hostile-" + name + "-")
    site = os.path.join(work, "site")
    failures = []
    try:
        if os.path.isdir(os.path.join(case, "site")):
            shutil.copytree(os.path.join(case, "site"), site, symlinks=True)
        else:
            os.makedirs(site)
        env = dict(os.environ, WORK=work, SITE=site, REPO=repo)
        command_prefix = []
        if os.path.exists(os.path.join(case, "unprivileged")) and os.geteuid() == 0:
            for folder, dirs, files in os.walk(work):
                for entry in dirs + files + ["."]:
                    os.chmod(os.path.join(folder, entry), 0o777, follow_symlinks=False) \
                        if not os.path.islink(os.path.join(folder, entry)) else None
            command_prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        if os.path.exists(os.path.join(case, "setup.sh")):
            subprocess.run(["bash", os.path.join(case, "setup.sh")], cwd=work, env=env, check=True)

        with open(os.path.join(case, "args"), encoding="utf-8") as f:
            args = f.read().strip().replace("{site}", site).replace("{work}", work).split()
        allowed = ["site/output"]
        if os.path.exists(os.path.join(case, "writes")):
            with open(os.path.join(case, "writes"), encoding="utf-8") as f:
                allowed = [line.strip().rstrip("/") for line in f if line.strip()]
        if allowed == ["nothing"]:
            allowed = []
        allowed = [os.path.normpath(a) for a in allowed]
        timeout = 20.0
        if os.path.exists(os.path.join(case, "timeout")):
            with open(os.path.join(case, "timeout"), encoding="utf-8") as f:
                timeout = float(f.read().strip())
        if os.environ.get("OITGEN_SANITIZED"):
            timeout *= 5

        before = snapshot(work, allowed)
        started = time.monotonic()
        process = subprocess.Popen(command_prefix + [oitgen] + args, cwd=work, env=env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
            failures.append("did not finish within %g s" % timeout)
        elapsed = time.monotonic() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        text = output.decode("utf-8", errors="replace")
        status = process.returncode

        if status < 0:
            failures.append("killed by signal %d" % -status)
        if "Sanitizer" in text or "runtime error:" in text:
            failures.append("sanitizer report")
        with open(os.path.join(case, "expected-exit"), encoding="utf-8") as f:
            expected_status = int(f.read().strip())
        if status != expected_status:
            failures.append("exit status %d, expected %d" % (status, expected_status))
        with open(os.path.join(case, "expected.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line and line.replace("{work}", work) not in text:
                    failures.append("missing from the output: " + line)
        unexpected = os.path.join(case, "unexpected.txt")
        if os.path.exists(unexpected):
            with open(unexpected, encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\n")
                    if line and line.replace("{work}", work) in text:
                        failures.append("in the output, but must not be: " + line)
        if not os.environ.get("OITGEN_SANITIZED") and usage.ru_maxrss * 1024 > MEMORY_LIMIT:
            failures.append("used %d MiB of memory" % (usage.ru_maxrss // 1024))

        after = snapshot(work, allowed)
        for path in sorted(set(before) | set(after)):
            if before.get(path) != after.get(path):
                failures.append("changed outside the output: %s (%s -> %s)"
                                % (path, before.get(path), after.get(path)))
        for folder, dirs, _ in os.walk(work):
            for d in dirs:
                if ".staging-" in d or ".old-" in d:
                    failures.append("left behind: " + os.path.relpath(os.path.join(folder, d), work))

        if os.path.exists(os.path.join(case, "verify.sh")):
            with tempfile.NamedTemporaryFile(prefix="oitgen-hostile-output-") as printed:
                printed.write(output)
                printed.flush()
                verify = subprocess.run(["bash", os.path.join(case, "verify.sh")], cwd=work,
                                        env=dict(env, OUTPUT=printed.name),
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if verify.returncode != 0:
                failures.append("verify.sh: " + verify.stdout.decode("utf-8", errors="replace")
                                .strip().replace(work, "{work}"))

        print("$ oitgen " + " ".join(args).replace(work, "{work}"))
        print(text.replace(work, "{work}"), end="")
        print("exit %d in %.2f s, %d MiB at most" % (status, elapsed, usage.ru_maxrss // 1024))
    finally:
        # Give back what setup.sh took away, so that the scratch folder can be removed.
        for folder, dirs, files in os.walk(work):
            for d in dirs:
                if os.path.islink(os.path.join(folder, d)):
                    continue  # Linux cannot chmod a link itself; its target is walked on its own
                try:
                    os.chmod(os.path.join(folder, d), 0o755)
                except OSError:
                    pass
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
