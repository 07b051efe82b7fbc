#!/usr/bin/env python3
"""Writes the Hugo sites of a province made by bench/make_sites.py:
bench/make_hugo_sites.py SITES FOLDER

Each SITES/site-NNNN becomes the Hugo site FOLDER/site-NNNN with the same content and the same
pages: home, plan, a page per project, a page per report, the risk assessment, the ITA year,
the No Gift Policy notice, news (a list and an item page each) and pages. Markdown files are
copied with their front matter; each JSON file becomes the JSON front matter of its page, so
Hugo parses the same data. The templates print the same tables and compute the same totals as
oitgen's views: budget by year for each mission, dimension and the plan (summed from the
project pages), each report's status counts, budget and disbursed totals and implementation
level (budgets looked up on the project pages), the ITA score against the plan's target.
"""
import json
import os
import sys

HEAD = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "assets/style.css" | relURL }}"></head><body>
<header><a href="{{ "" | relURL }}">{{ site.Title }}</a> <nav><a href="{{ "plans/2566-2570/" | relURL }}">แผน</a>
<a href="{{ "ita/2567/" | relURL }}">ITA</a> <a href="{{ "notices/no-gift-policy/" | relURL }}">No Gift Policy</a>
<a href="{{ "news/" | relURL }}">ข่าว</a></nav></header><main>
"""
FOOT = """</main><footer>{{ site.Params.address }} {{ site.Params.district }} จังหวัด{{ site.Params.province }} โทรศัพท์ {{ site.Params.phone }}</footer></body></html>
"""
# Budget cell: "–" for a year nobody planned, else the sum with two decimals.
BUDGET_ROW = """{{ define "partials/budget-row.html" }}{{ $pages := .pages }}{{ $total := 0 }}{{ $any := false }}
{{ range $y := .years }}{{ $sum := 0 }}{{ $planned := false }}{{ range $pages }}{{ $b := index .Params.budget (string $y) }}{{ if ne $b nil }}{{ $planned = true }}{{ $sum = add $sum $b }}{{ end }}{{ end }}
<td>{{ if $planned }}{{ lang.FormatNumber 2 $sum }}{{ else }}–{{ end }}</td>{{ $total = add $total $sum }}{{ end }}
<td>{{ lang.FormatNumber 2 $total }}</td><td>{{ len $pages }}</td>{{ end }}
"""
LAYOUTS = {
    "_default/baseof.html": HEAD + "{{ block \"main\" . }}{{ end }}" + FOOT,
    "partials/budget-row.html": BUDGET_ROW.split('"partials/budget-row.html" }}', 1)[1].rsplit("{{ end }}", 1)[0],
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ $plan := site.GetPage "/plans/2566-2570" }}{{ $reports := where $plan.Pages "Type" "report" }}
{{ with index (sort $reports "Params.period.to" "desc") 0 }}{{ $done := len (where .Params.entries "status" "completed") }}{{ $prog := len (where .Params.entries "status" "in_progress") }}
<p>รายงานล่าสุด: <a href="{{ .RelPermalink }}">{{ .Title }}</a> ระดับความสำเร็จ {{ lang.FormatNumber 2 (div (mul 100.0 (add $done (div $prog 2.0))) (len .Params.entries)) }}%</p>{{ end }}
{{ with site.GetPage "/ita/2567" }}<p>ITA {{ .Params.score }} {{ .Params.level }}</p>{{ end }}
<h2>ข่าว</h2><ul>{{ range first 5 (where site.RegularPages "Section" "news").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}<p>{{ .Params.summary }}</p></li>{{ end }}</ul>
<h2>หน้า</h2><ul>{{ range where site.RegularPages "Section" "pages" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "plan/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $years := .Params.years }}{{ $projects := where .Pages "Type" "project" }}
<p>ประกาศ ณ วันที่ {{ .Params.announced.date }} ({{ .Params.announced.by }}) {{ .Params.announced.position }}</p>
<table><tr><th>ที่</th><th>โครงการ</th>{{ range $years }}<th>{{ . }}</th>{{ end }}<th>รวม</th><th>จำนวน</th></tr>
{{ range .Params.dimensions }}{{ $d := .number }}{{ $dp := where $projects "Params.dimension" $d }}
<tr><th colspan="9">ยุทธศาสตร์ที่ {{ $d }} {{ .title }}</th></tr>
{{ range .missions }}{{ $mp := where $dp "Params.mission" .number }}<tr><th colspan="9">{{ .number }} {{ .title }}</th></tr>
{{ range sort $mp "Params.number" }}<tr><td>{{ .Params.number }}</td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Params.kind }})</td>
{{ $p := . }}{{ range $years }}{{ $b := index $p.Params.budget (string .) }}<td>{{ if eq $b nil }}–{{ else }}{{ lang.FormatNumber 2 $b }}{{ end }}</td>{{ end }}<td></td><td>{{ $p.Params.responsible }}</td></tr>{{ end }}
<tr><td></td><td>รวม {{ .number }}</td>{{ partial "budget-row.html" (dict "pages" $mp "years" $years) }}</tr>{{ end }}
<tr><td></td><td>รวมยุทธศาสตร์ที่ {{ $d }}</td>{{ partial "budget-row.html" (dict "pages" $dp "years" $years) }}</tr>{{ end }}
<tr><td></td><td>รวมทั้งสิ้น</td>{{ partial "budget-row.html" (dict "pages" $projects "years" $years) }}</tr></table>
<h2 id="risks-heading">ความเสี่ยง</h2><table>{{ range .Params.risks }}<tr><td>{{ .process }}</td><td>{{ delimit .issues "; " }}</td><td>{{ .level }}</td>
<td>{{ range .controls }}{{ with site.GetPage (printf "/plans/2566-2570/projects/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ else }}{{ . }}{{ end }} {{ end }}</td></tr>{{ end }}</table>
<h2>เป้าหมาย</h2><table>{{ range .Params.targets }}<tr><td>{{ .title }}</td>{{ $v := .values }}{{ range $years }}<td>{{ index $v (string .) }}</td>{{ end }}</tr>{{ end }}</table>
<h2>รายงาน</h2><ul>{{ range where .Pages "Type" "report" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
{{ range where .Pages "Type" "risk" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "project/single.html": """{{ define "main" }}<h1>{{ .Params.number }}. {{ .Title }}</h1>
<p>{{ .Params.kind }}, ยุทธศาสตร์ที่ {{ .Params.dimension }} / {{ .Params.mission }}, {{ .Params.responsible }}, {{ .Params.target_group }}</p>
{{ $b := .Params.budget }}{{ $total := 0 }}<table>{{ range (.Parent.Params.years) }}{{ $v := index $b (string .) }}<tr><td>{{ . }}</td><td>{{ if eq $v nil }}–{{ else }}{{ lang.FormatNumber 2 $v }}{{ $total = add $total $v }}{{ end }}</td></tr>{{ end }}
<tr><td>รวม</td><td>{{ lang.FormatNumber 2 $total }}</td></tr></table>
{{ $id := .File.BaseFileName }}<h2>ผลการดำเนินงาน</h2><ul>{{ range where .Parent.Pages "Type" "report" }}{{ range where .Params.entries "project" $id }}<li>{{ .status }} {{ .note }}</li>{{ end }}{{ end }}</ul>
{{ .Content }}{{ end }}
""",
    "report/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.period.from }} – {{ .Params.period.to }}, ข้อมูล ณ {{ .Params.as_of }}</p>
{{ $year := string .Params.fiscal_year }}{{ $budget := 0 }}{{ $disbursed := 0 }}{{ $counts := dict }}
<table><tr><th>ที่</th><th>โครงการ</th><th>สถานะ</th><th>งบประมาณ</th><th>เบิกจ่าย</th><th>หมายเหตุ</th></tr>
{{ range .Params.entries }}{{ $p := site.GetPage (printf "/plans/2566-2570/projects/%s" .project) }}{{ $b := .budget | default (index $p.Params.budget $year) }}
{{ $budget = add $budget $b }}{{ $disbursed = add $disbursed (.disbursed | default 0) }}{{ $counts = merge $counts (dict .status (add 1 (index $counts .status | default 0))) }}
<tr><td>{{ $p.Params.number }}</td><td><a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a></td><td>{{ .status }}</td><td>{{ lang.FormatNumber 2 $b }}</td><td>{{ lang.FormatNumber 2 (.disbursed | default 0) }}</td><td>{{ .note }}</td></tr>{{ end }}
<tr><td></td><td>รวม</td><td></td><td>{{ lang.FormatNumber 2 $budget }}</td><td>{{ lang.FormatNumber 2 $disbursed }}</td><td></td></tr></table>
<table>{{ range $s, $n := $counts }}<tr><td>{{ $s }}</td><td>{{ $n }}</td></tr>{{ end }}</table>
{{ $done := index $counts "completed" | default 0 }}{{ $prog := index $counts "in_progress" | default 0 }}
<p>ระดับความสำเร็จ {{ lang.FormatNumber 2 (div (mul 100.0 (add $done (div $prog 2.0))) (len .Params.entries)) }}% จากโครงการที่บรรจุในแผนปี {{ $year }} จำนวน {{ len .Params.entries }} โครงการ</p>
{{ .Params.narrative | markdownify }}<p>ผู้รายงาน ({{ .Params.prepared_by.name }}) {{ .Params.prepared_by.position }}</p>{{ end }}
""",
    "risk/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.assessed.date }} ({{ .Params.assessed.by }}) {{ .Params.assessed.position }}</p>
<table>{{ range .Params.risks }}<tr><td>{{ .process }}</td><td>{{ delimit .issues "; " }}</td><td>{{ .likelihood }}</td><td>{{ .impact }}</td><td>{{ mul .likelihood .impact }}</td><td>{{ .level }}</td>
<td>{{ range .controls }}{{ with site.GetPage (printf "/plans/2566-2570/projects/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ else }}{{ . }}{{ end }} {{ end }}</td></tr>{{ end }}</table>
<h2 id="risk-management-heading">การบริหารความเสี่ยง</h2><ul>{{ range .Params.management.actions }}<li>{{ .title }} {{ with site.GetPage (printf "/plans/2566-2570/projects/%s" .project) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</li>{{ end }}</ul>{{ end }}
""",
    "ita/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $target := 0 }}{{ range (site.GetPage "/plans/2566-2570").Params.targets }}{{ if eq .kind "ita_score" }}{{ $target = index .values "2567" }}{{ end }}{{ end }}
<p>คะแนน {{ lang.FormatNumber 2 .Params.score }} ({{ .Params.level }} ตามที่ สำนักงาน ป.ป.ช. ประกาศ) เป้าหมาย {{ $target }}: {{ if ge .Params.score $target }}บรรลุ{{ else }}ไม่บรรลุ{{ end }}</p>
<table>{{ range $k, $v := .Params.parts }}<tr><td>{{ $k }}</td><td>{{ lang.FormatNumber 2 $v }}</td></tr>{{ end }}</table>
<h2 id="measures-heading">มาตรการ</h2><table>{{ range .Params.measures }}<tr><td>{{ .number }}</td><td>{{ .title }}</td><td>{{ .method | markdownify }}</td><td>{{ .responsible }}</td>
<td>{{ with site.GetPage (printf "/plans/2566-2570/projects/%s" .project) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</td></tr>{{ end }}</table>
<h2 id="analysis-heading">การวิเคราะห์</h2>{{ .Params.analysis | markdownify }}{{ end }}
""",
    "notice/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<p>ประกาศ ณ วันที่ {{ .Date.Format "2006-01-02" }}</p><p>({{ .Params.signed_by }}) {{ .Params.position }}</p>{{ end }}
""",
    "_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}{{ .Content }}{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}<p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>ไม่พบหน้าที่ต้องการ</h1>{{ end }}
""",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def markdown_with(src, dst, extra):
    """Copies a Markdown file, adding front matter lines (the page's type)."""
    with open(src, encoding="utf-8") as f:
        text = f.read()
    assert text.startswith("---\n")
    write(dst, "---\n" + extra + text[4:])


def json_page(src, dst, extra):
    """Writes a JSON file as the JSON front matter of a page without a body."""
    with open(src, encoding="utf-8") as f:
        value = json.load(f)
    value.update(extra)
    write(dst, json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def convert(site, out, style):
    content = os.path.join(site, "content")
    with open(os.path.join(content, "site.json"), encoding="utf-8") as f:
        config = json.load(f)
    org = config["organization"]
    write(os.path.join(out, "hugo.json"), json.dumps({
        "baseURL": config["base_url"], "languageCode": "th", "title": org["name"]["th"],
        "disableKinds": ["taxonomy", "term"],
        "outputs": {"home": ["HTML", "RSS"], "section": ["HTML"], "page": ["HTML"]},
        "params": {k: org.get(k, "") for k in ["address", "district", "province", "phone"]},
    }, ensure_ascii=False, indent=1) + "\n")
    for name, text in LAYOUTS.items():
        write(os.path.join(out, "layouts", name), text)
    write(os.path.join(out, "static", "assets", "style.css"), style)
    hc = os.path.join(out, "content")
    plan = os.path.join(content, "plans", "2566-2570")
    json_page(os.path.join(plan, "plan.json"), os.path.join(hc, "plans", "2566-2570", "_index.md"),
              {"type": "plan"})
    for name in sorted(os.listdir(os.path.join(plan, "projects"))):
        markdown_with(os.path.join(plan, "projects", name),
                      os.path.join(hc, "plans", "2566-2570", "projects", name), "type: project\n")
    for name in sorted(os.listdir(os.path.join(plan, "reports"))):
        rid = name[:-5]
        json_page(os.path.join(plan, "reports", name),
                  os.path.join(hc, "plans", "2566-2570", "reports", rid + ".md"),
                  {"type": "report", "title": "รายงานผลการดำเนินงาน " + rid})
    for name in sorted(os.listdir(os.path.join(plan, "risks"))):
        json_page(os.path.join(plan, "risks", name),
                  os.path.join(hc, "plans", "2566-2570", "risks", name[:-5] + ".md"),
                  {"type": "risk", "title": "การประเมินความเสี่ยงการทุจริต " + name[:-5]})
    for name in sorted(os.listdir(os.path.join(content, "ita"))):
        json_page(os.path.join(content, "ita", name), os.path.join(hc, "ita", name[:-5] + ".md"),
                  {"type": "ita", "title": "ผลการประเมิน ITA " + name[:-5]})
    markdown_with(os.path.join(content, "notices", "no-gift-policy.md"),
                  os.path.join(hc, "notices", "no-gift-policy.md"), "type: notice\n")
    write(os.path.join(hc, "news", "_index.md"), "---\ntitle: ข่าวกิจกรรม\n---\n")
    for folder in ["news", "pages"]:
        for name in sorted(os.listdir(os.path.join(content, folder))):
            markdown_with(os.path.join(content, folder, name), os.path.join(hc, folder, name), "")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_hugo_sites.py SITES FOLDER")
    sites, out = sys.argv[1], sys.argv[2]
    if os.path.exists(out):
        sys.exit(out + " exists; give a new folder")
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(repo, "themes", "default", "assets", "style.css"), encoding="utf-8") as f:
        style = f.read()
    for name in sorted(os.listdir(sites)):
        if name.startswith("site-"):
            convert(os.path.join(sites, name), os.path.join(out, name), style)


if __name__ == "__main__":
    main()
