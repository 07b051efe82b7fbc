#include "load/table_import.h"

#include <doctest/doctest.h>

#include "load/csv_reader.h"

namespace oitgen {

TEST_CASE("read_amount_cell: Thai digits, thousands separators, - for not planned") {
  CHECK(read_amount_cell({"๒๕,๐๐๐", false}).amount == 2500000);
  CHECK(read_amount_cell({"20,000.50 บาท", false}).amount == 2000050);
  CHECK(read_amount_cell({"-", false}).dash);
  CHECK_FALSE(read_amount_cell({"-", false}).amount);
  CHECK(read_amount_cell({"", false}).dash);
  CHECK(read_amount_cell({"19850.000000000004", true}).amount == 1985000);
  CHECK(read_amount_cell({"1.5E+4", true}).amount == 1500000);
  CHECK_FALSE(read_amount_cell({"สองหมื่น", false}).problem.empty());
}

TEST_CASE("decode_csv_bytes: UTF-8 with or without BOM, Windows-874 detected") {
  CHECK(decode_csv_bytes("\xEF\xBB\xBFลำดับ").utf8 == "ลำดับ");
  CHECK(decode_csv_bytes("ลำดับ").encoding == "UTF-8");
  // ลำดับ in Windows-874 (TIS-620): ล ำ ด ั บ.
  const DecodedText thai = decode_csv_bytes("\xC5\xD3\xB4\xD1\xBA");
  CHECK(thai.encoding == "Windows-874");
  CHECK(thai.utf8 == "ลำดับ");
}

TEST_CASE("read_report_sheet: the form's four status columns with a tick, and errors by cell") {
  const std::string csv =
      "ลำดับ,รายการโครงการ,งบประมาณ,เบิกจ่าย,สถานะ,,,,หมายเหตุ\n"
      ",,,,รอ รายงาน,อยู่ ระหว่าง ดำเนิน การ,ดำเนิน การ แล้วเสร็จ,ไม่ สามารถ ดำเนิน การได้,\n"
      "๑,a,0,0,,,✓,,ok\n"
      "2,b,-,0,,☑,✓,,\n"
      "3,c,0,0,,,,,\n";
  const TableReading reading = read_csv(csv, "r.csv");
  REQUIRE(reading.table);
  const ReportSheet sheet = read_report_sheet(*reading.table);
  REQUIRE(sheet.rows.size() == 3);
  CHECK(sheet.rows[0].number == 1);
  CHECK(sheet.rows[0].status == "completed");
  CHECK(sheet.rows[0].note == "ok");
  REQUIRE(sheet.problems.size() == 2);
  CHECK(sheet.problems[0].place == "r.csv!E4");
  CHECK(sheet.problems[0].message.find("more than one") != std::string::npos);
  CHECK(sheet.problems[1].place == "r.csv!E5");
}

TEST_CASE("read_plan_sheet: mission labels stay text, years from the heads") {
  const std::string csv =
      "ลำดับ,มิติ,ภารกิจ,โครงการ/กิจกรรม/มาตรการ,ปี ๒๕๖๖,ปี 2567,หมายเหตุ\n"
      "1,1,1.10,มาตรการหนึ่ง,-,\"1,000\",n\n";
  const PlanSheet sheet = read_plan_sheet(*read_csv(csv, "p.csv").table);
  REQUIRE(sheet.problems.empty());
  CHECK(sheet.years == std::vector<int>{2566, 2567});
  REQUIRE(sheet.rows.size() == 1);
  CHECK(sheet.rows[0].mission == "1.10");
  CHECK(sheet.rows[0].kind == "measure");
  CHECK_FALSE(sheet.rows[0].budget.at(2566));
  CHECK(sheet.rows[0].budget.at(2567) == 100000);
}

}  // namespace oitgen
