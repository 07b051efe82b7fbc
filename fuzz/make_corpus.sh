#!/usr/bin/env bash
# Remakes the seed corpus fuzz/corpus/<target>/ from the example site (content/) and a few
# hand-written edge cases. Run it after the example site or the content format changes, and
# commit the result; scripts/fuzz.sh fuzzes a copy, so the committed corpus stays small.
# Inputs that still crash oitgen belong in fuzz/pending/, not here: the corpus is replayed by the
# fuzz_regressions ctests.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=fuzz/corpus
rm -rf "$corpus"
for target in fuzz_json fuzz_front_matter fuzz_markdown fuzz_money fuzz_date fuzz_csv; do
  mkdir -p "$corpus/$target"
done

# Named by their path in the site, so that a corpus file says where it came from.
copy() {  # copy TARGET FILE...
  local target=$1
  shift
  for file in "$@"; do cp "$file" "$corpus/$target/$(echo "$file" | tr / _)"; done
}
# One input per line of stdin, named by its line number.
lines() {  # lines TARGET PREFIX
  local n=0
  while IFS= read -r line; do
    n=$((n + 1))
    printf '%s' "$line" > "$corpus/$1/$2-$n"
  done
}
# An input written here, with the bytes printf makes of FORMAT.
edge() {  # edge TARGET NAME FORMAT
  printf -- "$3" > "$corpus/$1/edge-$2"
}

# JSON: every JSON file of the example site and the small shipped framework.
copy fuzz_json $(find content -name '*.json' | sort) frameworks/ita-2565.json
edge fuzz_json empty ''
edge fuzz_json bom-object '\xef\xbb\xbf{}'
edge fuzz_json trailing-comma '{"a": [1, 2,]}'
edge fuzz_json duplicate-key '{"title": "a", "title": "b"}'
edge fuzz_json typographic-quote '{"title": \xe2\x80\x9cx\xe2\x80\x9d}'
edge fuzz_json escapes '{"title": "\\u0e01\\ud83d\\ude00\\n\\"", "n": -0.0e+0}'
edge fuzz_json tis-620 '{"title": "\xca\xc7\xd1\xca\xb4\xd5"}'
edge fuzz_json nested-20 '[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]'
edge fuzz_json publish '{"organization": {"name": "x"}, "publish": {"main": {"url": "sftp://h/p", "password": "x"}}}'

# Front matter: every Markdown file of the example site.
copy fuzz_front_matter $(find content -name '*.md' | sort)
edge fuzz_front_matter no-front-matter '# title\n\ntext\n'
edge fuzz_front_matter unclosed '---\ntitle: x\n'
edge fuzz_front_matter empty-front-matter '---\n---\nbody\n'
edge fuzz_front_matter crlf '---\r\ntitle: x\r\ndate: 2024-01-01\r\n---\r\nbody\r\n'
edge fuzz_front_matter list '---\n- a\n- b\n---\n'
edge fuzz_front_matter flow-unclosed '---\ntitle: {a: [1, 2\n---\n'
edge fuzz_front_matter tags '---\ntitle: !!binary aGVsbG8=\nnumber: !!str 12\nbudget: {2566: 1.5e3, 2567: .5, 2568: ~}\n---\n'
edge fuzz_front_matter anchors '---\ntitle: &a x\nsummary: *a\n---\n'

# Markdown: the pages, notices and news of the example site, and two projects.
copy fuzz_markdown $(find content/pages content/notices content/news -name '*.md' | sort) \
  content/plans/2566-2570/projects/p01.md content/plans/2566-2570/projects/p12.en.md
edge fuzz_markdown raw-html '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <ของขวัญ>\n'
edge fuzz_markdown links '[a](javascript:alert(1)) [b](JaVaScRiPt&#58;x) ![c](data:text/html,x) [d](http://example.org "t")\n<http://example.org> www.example.org\n'
edge fuzz_markdown table '| a | b |\n|:--|--:|\n| 1 | 2 |\n| <b> | ~~x~~ |\n'
edge fuzz_markdown code '```html\n<script>\n```\n\n    indented\n\n`inline <b>`\n'
edge fuzz_markdown nesting '> > > > - - - 1. 2. *a **b _c_** ~~d~~*\n'
edge fuzz_markdown entities '&lt;script&gt; &#x3C;script&#x3E; &amp; &nbsp; &#0; &#xD800;\n'
edge fuzz_markdown control '\x01\x02\x1b[31m\x7f\x00text\n'

# Money: the literals of budgets and disbursements in the example site, and the shapes that
# matter: decimals, exponents, signs, the largest budgets.
{ grep -rhoE '"(budget|disbursed|[0-9]{4})": *-?[0-9][0-9.eE+-]*' content || true; } | sed -E 's/.*: *//' \
  | sort -u | head -40 | lines fuzz_money site
{ grep -rhoE '[0-9]{4}: *[0-9][0-9.eE+-]*' content || true; } | sed -E 's/.*: *//' | sort -u | head -20 \
  | lines fuzz_money front-matter
printf '%s\n' 0 0.0 0.01 1500 1500.5 1500.50 1500.505 20000.00 999999999.99 \
  1000000000000 1000000000000.01 1e3 1.5E2 2.5e-1 1e-2 1e-3 -0 -5 +5 .5 5. 00012 1e12 1e13 \
  9223372036854775807 12345678901234567890 0.1e1 123.456e1 | lines fuzz_money edge

# Dates: every date of the example site, and the edges of the calendar.
{ grep -rhoE '[0-9]{4}-[0-9]{2}-[0-9]{2}' content || true; } | sort -u | head -40 | lines fuzz_date site
printf '%s\n' 2024-02-29 2023-02-29 2000-02-29 1900-02-29 0000-01-01 0001-01-01 9999-12-31 \
  2567-01-01 2023-13-01 2023-00-10 2023-04-31 2023-4-30 2023/04/30 '2023-04-30 ' ' 2023-04-30' \
  2023-09-30 2023-10-01 +023-01-01 2023-1a-01 | lines fuzz_date edge

# CSV: cells separated by 0x1F, as fuzz_csv.cpp reads them.
edge fuzz_csv plain 'โครงการ\x1fงาน\x1fหมายเหตุ'
edge fuzz_csv quoting 'a,b\x1f"quoted"\x1fline\r\nbreak\x1f\x1f'
edge fuzz_csv formulas '=SUM(A1:A9)\x1f+1\x1f-1\x1f@cmd\x1f\tx\x1f\rx\x1f=HYPERLINK("http://x")'
edge fuzz_csv empty ''
{ grep -rh '"note"' content || true; } | head -5 | sed -E 's/.*"note": *"(.*)",?/\1/' | tr '\n' '\037' \
  > "$corpus/fuzz_csv/site-notes"

du -sh --apparent-size "$corpus"
