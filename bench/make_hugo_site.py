#!/usr/bin/env python3
"""Writes a Hugo site with the same project files as an oitgen site: bench/make_hugo_site.py
SITE FOLDER.

Each project's Markdown file of SITE (made by bench/make_site.py) becomes a Hugo page with the
same YAML front matter and body; the layouts print the title, the figures and the body, and a
list page names every project, as oitgen's plan page does. So `hugo` parses the same front
matter and renders as many pages from it, which makes the two times comparable.
"""
import os
import shutil
import sys

SINGLE = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Params.number }}. {{ .Title }}</h1>
<p>{{ .Params.kind }}, {{ .Params.dimension }} / {{ .Params.mission }}, {{ .Params.responsible }}</p>
<table>{{ range $year, $baht := .Params.budget }}<tr><td>{{ $year }}</td><td>{{ $baht }}</td></tr>{{ end }}</table>
{{ .Content }}</body></html>
"""
LIST = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.number }}. {{ .Title }}</a></li>{{ end }}</ul></body></html>
"""


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_hugo_site.py SITE FOLDER")
    projects = os.path.join(sys.argv[1], "content", "plans", "2566-2570", "projects")
    out = sys.argv[2]
    if os.path.exists(out):
        sys.exit(out + " exists; give a new folder")
    os.makedirs(os.path.join(out, "content", "projects"))
    os.makedirs(os.path.join(out, "layouts", "_default"))
    with open(os.path.join(out, "hugo.yaml"), "w", encoding="utf-8") as f:
        f.write("baseURL: https://www.example.go.th/ita/\nlanguageCode: th\ntitle: bench\n"
                "disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]\n")
    for name, text in [("single.html", SINGLE), ("list.html", LIST)]:
        with open(os.path.join(out, "layouts", "_default", name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "content", "projects", "_index.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: โครงการ\n---\n")
    for name in sorted(os.listdir(projects)):
        shutil.copyfile(os.path.join(projects, name), os.path.join(out, "content", "projects", name))


if __name__ == "__main__":
    main()
