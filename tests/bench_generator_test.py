#!/usr/bin/env python3
"""The province benchmark's generators stay usable: tests/bench_generator_test.py OITGEN.

bench/make_sites.py writes 2 sites, twice, byte for byte the same; each checks clean with
`oitgen check --strict`; bench/make_hugo_sites.py turns them into Hugo sites, and when Hugo
is installed the first one builds with it and has the plan, a project and a report page.
It times nothing: the benchmark itself is bench/province.sh.
"""
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def same_trees(a, b):
    c = filecmp.dircmp(a, b)
    if c.left_only or c.right_only or c.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, c.common_files, shallow=False)
    return not mismatch and not errors and all(
        same_trees(os.path.join(a, d), os.path.join(b, d)) for d in c.common_dirs)


def main():
    oitgen = sys.argv[1]
    work = tempfile.mkdtemp()
    try:
        for name in ["a", "b"]:
            subprocess.run([sys.executable, os.path.join(REPO, "bench", "make_sites.py"), "2",
                            os.path.join(work, name)], check=True)
        assert sorted(os.listdir(os.path.join(work, "a"))) == ["site-0001", "site-0002"]
        assert same_trees(os.path.join(work, "a"), os.path.join(work, "b")), "not deterministic"
        for site in ["site-0001", "site-0002"]:
            r = subprocess.run([oitgen, "check", "--strict", os.path.join(work, "a", site)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            assert r.returncode == 0, r.stdout
            assert "no problems found" in r.stdout, r.stdout
        hugo_sites = os.path.join(work, "hugo")
        subprocess.run([sys.executable, os.path.join(REPO, "bench", "make_hugo_sites.py"),
                        os.path.join(work, "a"), hugo_sites], check=True)
        assert sorted(os.listdir(hugo_sites)) == ["site-0001", "site-0002"]
        hugo = shutil.which("hugo")
        if hugo:
            public = os.path.join(work, "public")
            r = subprocess.run([hugo, "--quiet", "--source", os.path.join(hugo_sites, "site-0001"),
                                "--destination", public], capture_output=True, text=True)
            assert r.returncode == 0, r.stdout
            for page in ["index.html", "plans/2566-2570/index.html",
                         "plans/2566-2570/projects/p01/index.html",
                         "plans/2566-2570/reports/2567-6-month/index.html", "ita/2567/index.html",
                         "notices/no-gift-policy/index.html"]:
                assert os.path.isfile(os.path.join(public, page)), page
        else:
            print("Hugo is not installed: the Hugo sites were written but not built")
    finally:
        shutil.rmtree(work)
    print("ok")


if __name__ == "__main__":
    main()
