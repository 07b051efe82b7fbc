#!/usr/bin/env python3
"""Writes a large site for timing oitgen: bench/make_site.py N FOLDER.

One plan of N projects spread over 4 dimensions and 12 missions, two reports (6 and 12 months
of fiscal year 2567) with an entry for every project, one ITA year whose measures name some
projects, the No Gift Policy notice. Titles and notes are Thai. The same N always gives the
same files, byte for byte, so timings at one N can be compared between versions; the site
checks clean (no errors, no warnings).
"""
import json
import os
import sys

YEARS = [2566, 2567, 2568, 2569, 2570]
DIMENSIONS = [
    (1, "การสร้างวัฒนธรรมสุจริต", ["1.1", "1.2", "1.3"]),
    (2, "การบริหารราชการด้วยความโปร่งใส", ["2.1", "2.2", "2.3"]),
    (3, "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", ["3.1", "3.2", "3.3"]),
    (4, "การยกระดับกลไกการตรวจสอบการดำเนินงาน", ["4.1", "4.2", "4.3"]),
]
KINDS = ["project", "activity", "measure"]
# Words that combine into plausible project titles; index arithmetic keeps the output fixed.
ACTIONS = ["โครงการอบรม", "มาตรการส่งเสริม", "กิจกรรมเผยแพร่", "โครงการพัฒนา", "มาตรการป้องกัน"]
SUBJECTS = ["คุณธรรมจริยธรรม", "ความโปร่งใส", "การมีส่วนร่วมของประชาชน", "การควบคุมภายใน",
            "การจัดซื้อจัดจ้าง", "ข้อมูลข่าวสาร", "การรับเรื่องร้องเรียน"]
GROUPS = ["สำหรับพนักงานเทศบาล", "สำหรับผู้นำชุมชน", "สำหรับเด็กและเยาวชน", "ในหมู่บ้าน"]
OFFICES = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข"]
STATUSES = ["completed", "in_progress", "not_reported", "not_possible"]


def project_id(i):
    return "p%06d" % i


def budget_of(i, year):
    # Some projects use no budget; the others vary by project and year, in whole baht.
    if i % 5 == 0:
        return 0
    return 5000 + (i * 37 + year * 11) % 200 * 500


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_json(path, value):
    write(path, json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: make_site.py N FOLDER (N projects, N >= 1)")
    n = int(sys.argv[1])
    content = os.path.join(sys.argv[2], "content")
    if os.path.exists(content):
        sys.exit(content + " exists; give an empty or new folder")
    plan_dir = os.path.join(content, "plans", "2566-2570")

    write_json(os.path.join(content, "site.json"), {
        "organization": {"name": {"th": "เทศบาลตำบลทดสอบขนาดใหญ่", "en": "Large Test Municipality"},
                         "kind": "เทศบาลตำบล"},
        "base_url": "https://www.example.go.th/ita/",
        "languages": ["th"],
        "numerals": "arabic",
        "theme": "default",
        "current_fiscal_year": 2568,
        "oit_framework": "ita-2566",
        "oit_year": 2566,
    })
    write(os.path.join(content, "notices", "no-gift-policy.md"),
          "---\ntitle: ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)\ndate: 2024-10-01\n"
          "signed_by: นายทดสอบ ใจดี\nposition: นายกเทศมนตรี\nfiscal_year: 2568\n---\n\n"
          "ห้ามรับของขวัญจากการปฏิบัติหน้าที่\n")

    controls = [project_id(i) for i in range(1, n + 1, max(1, n // 20))]
    write_json(os.path.join(plan_dir, "plan.json"), {
        "title": "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2570)",
        "years": YEARS,
        "announced": {"date": "2022-09-23", "by": "นายทดสอบ ใจดี", "position": "นายกเทศมนตรี"},
        "dimensions": [{"number": number, "title": title,
                        "missions": [{"number": m, "title": "พันธกิจ " + m} for m in missions]}
                       for number, title, missions in DIMENSIONS],
        "targets": [{"title": "คะแนน ITA", "unit": "คะแนน", "kind": "ita_score",
                     "values": {str(y): 60 + 5 * k for k, y in enumerate(YEARS)}}],
        "risks": [{"process": "การจัดซื้อจัดจ้าง", "issues": ["กำหนดคุณลักษณะเอื้อผู้ขายบางราย"],
                   "level": "สูง", "controls": controls}],
    })

    for i in range(1, n + 1):
        number, _, missions = DIMENSIONS[i % len(DIMENSIONS)]
        mission = missions[(i // len(DIMENSIONS)) % len(missions)]
        title = "%s%s%s ครั้งที่ %d" % (ACTIONS[i % len(ACTIONS)], SUBJECTS[i % len(SUBJECTS)],
                                        GROUPS[i % len(GROUPS)], i)
        budget = ", ".join("%d: %d" % (y, budget_of(i, y)) for y in YEARS)
        write(os.path.join(plan_dir, "projects", project_id(i) + ".md"),
              "---\nnumber: %d\ntitle: %s\nkind: %s\ndimension: %d\nmission: \"%s\"\n"
              "budget: {%s}\nresponsible: %s\n---\n\n## หลักการและเหตุผล\n\n"
              "เพื่อ%sของเทศบาล โครงการลำดับที่ %d\n"
              % (i, title, KINDS[i % len(KINDS)], number, mission, budget,
                 OFFICES[i % len(OFFICES)], SUBJECTS[i % len(SUBJECTS)], i))

    for round_name, period_to, as_of, shift in [("6-month", "2024-03-31", "2024-04-05", 0),
                                                ("12-month", "2024-09-30", "2024-10-05", 1)]:
        entries = []
        for i in range(1, n + 1):
            status = STATUSES[(i + shift) % len(STATUSES)]
            budget = budget_of(i, 2567)
            disbursed = budget // 2 if status == "completed" else 0
            entries.append({"project": project_id(i), "status": status, "disbursed": disbursed,
                            "note": "ดำเนินการตามแผน รายการที่ %d" % i})
        # One entry a line, without indentation: 100,000 entries stay inside the 16 MiB
        # limit for a report file.
        head = json.dumps({
            "fiscal_year": 2567,
            "round": round_name,
            "period": {"from": "2023-10-01", "to": period_to},
            "as_of": as_of,
            "prepared_by": {"name": "นางสาวทดสอบ รายงาน", "position": "นิติกร"},
        }, ensure_ascii=False)
        lines = ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":"))
                            for e in entries)
        write(os.path.join(plan_dir, "reports", "2567-" + round_name + ".json"),
              head[:-1] + ', "entries": [\n' + lines + "\n]}\n")

    measures = [{"number": k + 1, "title": "มาตรการที่ %d" % (k + 1),
                 "responsible": OFFICES[k % len(OFFICES)], "project": pid}
                for k, pid in enumerate(controls)]
    write_json(os.path.join(content, "ita", "2567.json"), {
        "score": 88.45, "parts": {"IIT": 92.10, "EIT": 86.30, "OIT": 87.00}, "level": "ผ่านดี",
        "measures": measures})


if __name__ == "__main__":
    main()
