#!/usr/bin/env python3
"""Writes N synthetic Thai municipality sites for the province benchmark:
bench/make_sites.py N FOLDER [--projects K]

FOLDER/site-0001/content/ ... FOLDER/site-NNNN/content/, each a site in content format v1:
a plan of 20 to 40 projects (K with --projects) over 4 dimensions and 12 missions, two reports
of fiscal year 2567 with an entry for every project planned that year, the plan's risks and a
yearly risk assessment, an ITA year with measures, the No Gift Policy notice, a few news items
and pages. Names are invented Thai names. Each site is drawn from a generator seeded by its
number, so the same N always gives the same files, byte for byte, and site k is the same in
every N. Every site checks clean with `oitgen check --strict`.
"""
import json
import os
import random
import sys

YEARS = [2566, 2567, 2568, 2569, 2570]
DIMENSIONS = [
    (1, "การสร้างวัฒนธรรมสุจริต", ["1.1", "1.2", "1.3"]),
    (2, "การบริหารราชการด้วยความโปร่งใส", ["2.1", "2.2", "2.3"]),
    (3, "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", ["3.1", "3.2", "3.3"]),
    (4, "การยกระดับกลไกการตรวจสอบการดำเนินงาน", ["4.1", "4.2", "4.3"]),
]
MISSION_TITLES = ["ปลูกจิตสำนึกความซื่อสัตย์สุจริตแก่บุคลากร", "ส่งเสริมการต่อต้านการทุจริตในชุมชน",
                  "ปลูกฝังจิตสาธารณะแก่เด็กและเยาวชน", "เปิดเผยข้อมูลข่าวสารสาธารณะ",
                  "ลดการใช้ดุลพินิจของเจ้าหน้าที่", "พัฒนาการให้บริการประชาชน",
                  "เปิดโอกาสให้ประชาชนมีส่วนร่วม", "รับเรื่องร้องเรียนและตอบสนองอย่างเป็นธรรม",
                  "สร้างเครือข่ายภาคประชาชน", "วางระบบการควบคุมภายใน",
                  "สนับสนุนการตรวจสอบของสภาเทศบาล", "จัดการเรื่องร้องเรียนการทุจริต"]
PREFIXES = ["หนอง", "บ้าน", "ดอน", "โคก", "ท่า", "นา", "ห้วย", "บึง", "วัง", "ป่า", "เขา", "โนน"]
SUFFIXES = ["บัว", "แก้ว", "ทอง", "ใหญ่", "สวรรค์", "ยาง", "คำ", "ไผ่", "ขาม", "หลวง", "เจริญ",
            "งาม", "สำราญ", "ศรี", "จันทร์", "มะม่วง"]
PROVINCES = ["ขอนแก่น", "อุดรธานี", "มหาสารคาม", "ร้อยเอ็ด", "กาฬสินธุ์", "ชัยภูมิ", "เลย", "หนองคาย"]
KINDS_OF_MUNICIPALITY = ["เทศบาลตำบล", "เทศบาลตำบล", "เทศบาลตำบล", "เทศบาลเมือง"]
FIRST_M = ["สมชาย", "ธนพล", "วีระ", "ประเสริฐ", "สุรชัย", "อนุชา", "กิตติ", "ชาตรี"]
FIRST_F = ["วิไลวรรณ", "พิมพ์ชนก", "สุดารัตน์", "กาญจนา", "อรุณี", "ปราณี", "จันทร์เพ็ญ"]
SURNAMES = ["ใจดี", "บุญประคอง", "ศรีสุข", "ทองใบศรี", "แก้วประเสริฐ", "สุขสวัสดิ์", "มีสุข",
            "พรหมมา", "ศรีวงษา", "บุญมา"]
ACTIONS = ["โครงการอบรม", "มาตรการส่งเสริม", "กิจกรรมเผยแพร่", "โครงการพัฒนา", "มาตรการป้องกัน",
           "กิจกรรมรณรงค์", "โครงการเสริมสร้าง"]
SUBJECTS = ["คุณธรรมจริยธรรม", "ความโปร่งใส", "การมีส่วนร่วมของประชาชน", "การควบคุมภายใน",
            "การจัดซื้อจัดจ้าง", "ข้อมูลข่าวสาร", "การรับเรื่องร้องเรียน", "ผลประโยชน์ทับซ้อน"]
GROUPS = ["สำหรับพนักงานเทศบาล", "สำหรับผู้นำชุมชน", "สำหรับเด็กและเยาวชน", "ในหมู่บ้าน",
          "สำหรับสมาชิกสภาเทศบาล"]
OFFICES = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม"]
KINDS = ["project", "activity", "measure"]
STATUSES = ["completed", "completed", "in_progress", "in_progress", "not_reported", "not_possible"]
NEWS = [("2024-02-16", "no-gift-day", "กิจกรรมปลูกจิตสำนึก \"ไม่รับ ไม่ให้\" ตามนโยบาย No Gift Policy"),
        ("2024-03-08", "ethics-training", "อบรมส่งเสริมคุณธรรมจริยธรรมประจำปีงบประมาณ พ.ศ. 2567"),
        ("2024-06-20", "community-forum", "เวทีประชาคมรับฟังความคิดเห็นต่อแผนพัฒนาท้องถิ่น"),
        ("2024-10-01", "no-gift-policy-2568", "นายกเทศมนตรีประกาศนโยบาย No Gift Policy ประจำปี 2568")]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_json(path, value):
    write(path, json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def paragraph(rng, place, words):
    parts = [rng.choice(SUBJECTS) + rng.choice(GROUPS) for _ in range(words)]
    return "เทศบาล" + place + "ดำเนินการเรื่อง" + " ".join(parts) + " เพื่อให้ประชาชนตรวจสอบได้"


def person(rng):
    first = rng.choice(FIRST_M + FIRST_F)
    title = "นาย" if first in FIRST_M else "นางสาว"
    return title + first + " " + rng.choice(SURNAMES)


def make_site(k, folder, fixed_projects):
    rng = random.Random(k)
    place = rng.choice(PREFIXES) + rng.choice(SUFFIXES) + rng.choice(SUFFIXES)
    kind = rng.choice(KINDS_OF_MUNICIPALITY)
    name = kind + place
    province = rng.choice(PROVINCES)
    mayor = person(rng)
    mayor_position = "นายก" + kind.replace("เทศบาล", "เทศมนตรี") + place
    content = os.path.join(folder, "site-%04d" % k, "content")
    if os.path.exists(content):
        sys.exit(content + " exists; give an empty or new folder")
    plan_dir = os.path.join(content, "plans", "2566-2570")

    write_json(os.path.join(content, "site.json"), {
        "organization": {"name": {"th": name}, "kind": kind,
                         "address": "%d หมู่ที่ %d ตำบล%s" % (rng.randint(1, 299), rng.randint(1, 15), place),
                         "district": place[:len(place) // 2 + 1] + "เหนือ", "province": province,
                         "phone": "043-%03d-%03d" % (rng.randint(0, 999), rng.randint(0, 999))},
        "base_url": "https://www.site%04d.go.th/ita/" % k,
        "languages": ["th"],
        "numerals": "arabic",
        "theme": "default",
        "current_fiscal_year": 2568,
    })

    n = fixed_projects or rng.randint(20, 40)
    projects = []
    for i in range(1, n + 1):
        number, _, missions = DIMENSIONS[(i - 1) * len(DIMENSIONS) // n]
        mission = missions[i % len(missions)]
        budget = {}
        for y in YEARS:
            r = rng.random()
            budget[y] = None if r < 0.1 else 0 if r < 0.35 else rng.randint(1, 60) * 1000
        budget[2567] = budget[2567] if budget[2567] is not None else 0
        projects.append(("p%02d" % i, i, number, mission, budget))
        title = "%s%s%s" % (rng.choice(ACTIONS), rng.choice(SUBJECTS), rng.choice(GROUPS))
        years = ", ".join("%d: %s" % (y, "null" if b is None else b) for y, b in budget.items())
        body = "## หลักการและเหตุผล\n\n%s\n\n## วัตถุประสงค์\n\n1. %s\n2. %s\n\n## วิธีดำเนินการ\n\n" % (
            paragraph(rng, place, 6), paragraph(rng, place, 2), paragraph(rng, place, 2))
        body += "".join("%d. %s\n" % (s, paragraph(rng, place, 1)) for s in range(1, rng.randint(3, 7)))
        write(os.path.join(plan_dir, "projects", "p%02d.md" % i),
              "---\nnumber: %d\ntitle: %s\nkind: %s\ndimension: %d\nmission: \"%s\"\nbudget: {%s}\n"
              "responsible: %s\ntarget_group: %s\n---\n\n%s"
              % (i, title, rng.choice(KINDS), number, mission, years, rng.choice(OFFICES),
                 rng.choice(GROUPS)[5:] or "ประชาชน", body))

    ids = [p[0] for p in projects]
    mtitles = iter(MISSION_TITLES)
    write_json(os.path.join(plan_dir, "plan.json"), {
        "title": "แผนปฏิบัติการป้องกันการทุจริตของ%s (พ.ศ. 2566 – 2570)" % name,
        "years": YEARS,
        "announced": {"date": "2022-09-%02d" % rng.randint(1, 28), "by": mayor, "position": mayor_position},
        "dimensions": [{"number": number, "title": title,
                        "missions": [{"number": m, "title": next(mtitles)} for m in missions]}
                       for number, title, missions in DIMENSIONS],
        "targets": [{"title": "คะแนน ITA", "unit": "คะแนน", "kind": "ita_score",
                     "values": {str(y): 60 + 5 * j for j, y in enumerate(YEARS)}}],
        "risks": [{"process": "การจัดซื้อจัดจ้าง", "issues": ["กำหนดคุณลักษณะเอื้อผู้ขายบางราย"],
                   "level": "สูง", "controls": rng.sample(ids, 3)},
                  {"process": "การอนุมัติ อนุญาต", "issues": ["ใช้ดุลพินิจโดยไม่มีหลักเกณฑ์"],
                   "level": "ปานกลาง", "controls": rng.sample(ids, 2) + ["ระบบบัตรคิว"]}],
    })
    write_json(os.path.join(plan_dir, "risks", "2568.json"), {
        "assessed": {"date": "2024-10-%02d" % rng.randint(1, 28), "by": person(rng), "position": "ประธานคณะทำงาน"},
        "risks": [{"process": "การจัดซื้อจัดจ้างและการตรวจรับพัสดุ", "issues": ["กรรมการมีส่วนได้เสีย"],
                   "likelihood": rng.randint(1, 5), "impact": rng.randint(1, 5), "level": "สูง",
                   "controls": rng.sample(ids, 2), "responsible": "กองคลัง"}],
        "management": {"as_of": "2025-03-31",
                       "actions": [{"title": "ตรวจร่างขอบเขตของงานก่อนประกาศ", "project": rng.choice(ids)}]},
    })

    preparer = person(rng)
    for round_name, period_to, as_of in [("6-month", "2024-03-31", "2024-04-05"),
                                         ("12-month", "2024-09-30", "2024-10-05")]:
        entries = []
        for pid, _, _, _, budget in projects:
            status = rng.choice(STATUSES)
            disbursed = rng.randint(0, budget[2567] // 100) * 100 if status == "completed" else 0
            entries.append({"project": pid, "status": status, "disbursed": disbursed,
                            "note": paragraph(rng, place, 1)})
        write_json(os.path.join(plan_dir, "reports", "2567-" + round_name + ".json"), {
            "fiscal_year": 2567, "round": round_name,
            "period": {"from": "2023-10-01", "to": period_to}, "as_of": as_of,
            "prepared_by": {"name": preparer, "position": "นิติกร"},
            "narrative": paragraph(rng, place, 4),
            "entries": entries})

    parts = {p: round(rng.uniform(70, 98), 2) for p in ["IIT", "EIT", "OIT"]}
    score = round(parts["IIT"] * 0.3 + parts["EIT"] * 0.3 + parts["OIT"] * 0.4, 2)
    level = "ผ่านดีเยี่ยม" if score >= 95 else "ผ่านดี" if score >= 85 else "ผ่าน"
    write_json(os.path.join(content, "ita", "2567.json"), {
        "score": score, "parts": parts, "level": level,
        "measures": [{"number": j + 1, "title": "มาตรการ" + rng.choice(SUBJECTS),
                      "responsible": rng.choice(OFFICES), "method": paragraph(rng, place, 2),
                      "project": pid} for j, pid in enumerate(rng.sample(ids, 4))],
        "analysis": paragraph(rng, place, 5)})
    write(os.path.join(content, "notices", "no-gift-policy.md"),
          "---\ntitle: ประกาศ%s เรื่อง นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2568\n"
          "date: 2024-10-01\nsigned_by: %s\nposition: %s\nfiscal_year: 2568\n---\n\n%s\n\n"
          "## สิ่งที่ห้าม\n\n1. ห้ามรับของขวัญจากการปฏิบัติหน้าที่\n2. ห้ามเรียกรับประโยชน์อื่นใด\n"
          % (name, mayor, mayor_position, paragraph(rng, place, 5)))
    for date, slug, title in rng.sample(NEWS, rng.randint(2, 4)):
        write(os.path.join(content, "news", "%s-%s.md" % (date, slug)),
              "---\ntitle: %s\ndate: %s\nsummary: %s\n---\n\n%s\n\n%s\n"
              % (title, date, paragraph(rng, place, 1), paragraph(rng, place, 4), paragraph(rng, place, 3)))
    for slug, title in [("about", "เกี่ยวกับเว็บไซต์นี้"), ("code-of-conduct", "ประมวลจริยธรรม")]:
        write(os.path.join(content, "pages", slug + ".md"),
              "---\ntitle: %s\n---\n\n%s\n\n- %s\n- %s\n"
              % (title, paragraph(rng, place, 4), paragraph(rng, place, 1), paragraph(rng, place, 1)))


def main():
    args = sys.argv[1:]
    fixed = 0
    if len(args) == 4 and args[2] == "--projects" and args[3].isdigit() and int(args[3]) >= 1:
        fixed = int(args[3])
        args = args[:2]
    if len(args) != 2 or not args[0].isdigit() or int(args[0]) < 1:
        sys.exit("usage: make_sites.py N FOLDER [--projects K] (N sites, N >= 1)")
    for k in range(1, int(args[0]) + 1):
        make_site(k, args[1], fixed)


if __name__ == "__main__":
    main()
