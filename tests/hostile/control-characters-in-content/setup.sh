# ESC sequences, BEL, NUL, DEL and C1 controls (NEL U+0085, CSI U+009B) in the texts of a valid
# site: the name of the municipality, a plan and a project title, a report note, a news title,
# summary and body. JSON carries them as \u escapes, YAML as \e, \a, \0 and \u escapes.
set -e
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
python3 - "$SITE/content" <<'PY'
import json, sys
content = sys.argv[1]
nasty = "\u001b[31m\u0007\u0000\u0085\u009b2J\u007f\u001b]0;title\u0007"
def edit(path, change):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    change(data)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=True)  # the controls as \u escapes
edit(content + "/site.json", lambda d: d["organization"]["name"].update(th="เทศบาล" + nasty))
edit(content + "/plans/2566-2570/plan.json", lambda d: d.update(title="แผน" + nasty))
edit(content + "/plans/2566-2570/reports/2567-6-month.json",
     lambda d: d["entries"][1].update(note="อบรม" + nasty))
PY
sed -i 's/^title: .*/title: "โครงการ\\e[31m\\a\\0\\u0085\\u009b\\x7f อบรม"/' \
  "$SITE/content/plans/2566-2570/projects/p02.md"
mkdir -p "$SITE/content/news"
printf -- '---\ntitle: "ข่าว\\e[31m\\a\\0\\u0085\\u009b2J"\ndate: 2024-02-16\nsummary: "สรุป\\e[2J\\u0085"\n---\n\nเนื้อหา \033[31m สี \007 \302\205 \177 จบ\n' \
  > "$SITE/content/news/2024-02-16-news.md"
