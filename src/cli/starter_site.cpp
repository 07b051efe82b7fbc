#include "cli/starter_site.h"

#include <array>
#include <nlohmann/json.hpp>
#include <string_view>

namespace oitgen {

namespace {

using json = nlohmann::ordered_json;

// A blank to fill in, as the paper forms draw one.
constexpr const char* blank = "………………………………";

// The four dimensions of the local anti-corruption action plan 2566–2570, as the plans of
// local governments name them (see the action plan in the seeds).
constexpr std::array<std::string_view, 4> dimensions = {
    "การสร้างวัฒนธรรมสุจริต",
    "การบริหารราชการด้วยความโปร่งใส",
    "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
    "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
};

constexpr std::array<std::string_view, 5> kinds = {"องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนตำบล",
                                                   "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล"};

// A YAML double-quoted scalar is a JSON string: JSON's escaping makes any text safe in it.
std::string yaml_text(const std::string& text) {
  return json(text).dump();
}

std::string project_file(int number, int year) {
  return "---\nnumber: " + std::to_string(number) + "\ntitle: " +
         yaml_text(std::string("โครงการ/กิจกรรม/มาตรการที่ ") + std::to_string(number) + " " + blank) +
         "\nkind: project\ndimension: " + std::to_string(number) + "\nmission: \"" +
         std::to_string(number) + ".1\"\nbudget: {" + std::to_string(year) +
         ": 0}\nresponsible: " + yaml_text(blank) + "\n---\n\n## หลักการและเหตุผล\n\n" + blank +
         "\n\n## วัตถุประสงค์\n\n" + blank + "\n\n## วิธีดำเนินการ\n\n" + blank + "\n";
}

}  // namespace

std::string kind_of_name(const std::string& name) {
  for (const auto kind : kinds)
    if (name.starts_with(kind)) return std::string(kind);
  return "";
}

int plan_cycle_start(int fiscal_year) {
  const int offset = ((fiscal_year - 2566) % 5 + 5) % 5;
  return fiscal_year - offset;
}

std::map<std::string, std::string> starter_site(const StarterValues& values) {
  std::map<std::string, std::string> files;
  const int first = plan_cycle_start(values.fiscal_year);
  const int last = first + 4;
  const std::string plan_id = std::to_string(first) + "-" + std::to_string(last);
  const std::string plan_folder = "content/plans/" + plan_id + "/";
  const std::string kind = values.kind.empty() ? kind_of_name(values.name) : values.kind;
  const int year = values.fiscal_year;

  json organization = {{"name", {{"th", values.name}}}};
  if (!kind.empty()) organization["kind"] = kind;
  if (!values.province.empty()) organization["province"] = values.province;
  const json site = {{"organization", organization}, {"base_url", values.base_url},
                     {"languages", {"th"}},          {"numerals", "arabic"},
                     {"theme", "default"},           {"current_fiscal_year", year}};
  files["content/site.json"] = site.dump(2) + "\n";

  json plan_dimensions = json::array();
  for (std::size_t i = 0; i < dimensions.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    plan_dimensions.push_back(
        {{"number", i + 1},
         {"title", {{"th", std::string(dimensions[i])}}},
         {"missions", {{{"number", number + ".1"}, {"title", std::string("ภารกิจ ") + blank}}}}});
  }
  json years = json::array();
  for (int y = first; y <= last; ++y) years.push_back(y);
  const json plan = {
      {"title",
       {{"th", "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสของ" + values.name + " (พ.ศ. " +
                   std::to_string(first) + " – " + std::to_string(last) + ")"}}},
      {"years", years},
      {"dimensions", plan_dimensions}};
  files[plan_folder + "plan.json"] = plan.dump(2) + "\n";
  for (int number = 1; number <= static_cast<int>(dimensions.size()); ++number)
    files[plan_folder + "projects/p0" + std::to_string(number) + ".md"] =
        project_file(number, year);

  // The first round of the current year, waiting for its figures.
  json entries = json::array();
  for (int number = 1; number <= static_cast<int>(dimensions.size()); ++number)
    entries.push_back(
        {{"project", "p0" + std::to_string(number)}, {"status", "not_reported"}, {"disbursed", 0}});
  const int gregorian = year - 543;
  const json report = {{"fiscal_year", year},
                       {"round", "6-month"},
                       {"period",
                        {{"from", std::to_string(gregorian - 1) + "-10-01"},
                         {"to", std::to_string(gregorian) + "-03-31"}}},
                       {"entries", entries}};
  files[plan_folder + "reports/" + std::to_string(year) + "-6-month.json"] = report.dump(2) + "\n";

  const std::string y = std::to_string(year);
  files["content/notices/no-gift-policy.md"] =
      "---\ntitle: " +
      yaml_text("ประกาศ" + values.name +
                " เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift "
                "Policy) ประจำปีงบประมาณ พ.ศ. " +
                y) +
      "\ndate: " + std::to_string(gregorian - 1) + "-10-01\nsigned_by: " + yaml_text(blank) +
      "\nposition: " + yaml_text(blank) + "\nfiscal_year: " + y + "\n---\n\n" + values.name +
      "มุ่งบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และให้บริการประชาชนทุกคนอย่างเท่าเทียม "
      "จึงประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
      "สำหรับปีงบประมาณ พ.ศ. " +
      y + " ดังนี้\n\n## 1. ผู้ที่ต้องปฏิบัติตามนโยบาย\n\n" + blank + "\n\n## 2. สิ่งที่ห้าม\n\n" + blank +
      "\n\n## 3. ช่องทางแจ้งเบาะแส\n\n" + blank + "\n";
  return files;
}

}  // namespace oitgen
