#include "load/xlsx_reader.h"

#include <doctest/doctest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

namespace oitgen {

namespace {

// A zip archive holding `parts`, made with libzip in a scratch file.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  const auto path = std::filesystem::temp_directory_path() / "oitgen-xlsx-reader-test.zip";
  std::filesystem::remove(path);
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip != nullptr);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
  std::ifstream in(path, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  std::filesystem::remove(path);
  return out.str();
}

const std::string workbook =
    R"(<workbook xmlns:r="r"><sheets><sheet name="อื่น" sheetId="1" r:id="rId1"/>)"
    R"(<sheet name="แผน" sheetId="2" r:id="rId2"/></sheets></workbook>)";
const std::string rels =
    R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>)";
const std::string strings =
    R"(<sst><si><t>ลำดับ</t></si><si><r><t>1.</t></r><r><t>10</t></r><rPh><t>x</t></rPh></si></sst>)";
const std::string sheet =
    R"(<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>ภารกิจ</t></is></c></row>)"
    R"(<row r="14"><c r="D14"><v>25000</v></c><c r="E14" t="s"><v>1</v></c></row></sheetData></worksheet>)";

}  // namespace

TEST_CASE("read_xlsx: the sheet named as asked, shared and inline strings, numbers") {
  const std::string bytes = make_zip({{"xl/workbook.xml", workbook},
                                      {"xl/_rels/workbook.xml.rels", rels},
                                      {"xl/sharedStrings.xml", strings},
                                      {"xl/worksheets/sheet1.xml", "<worksheet/>"},
                                      {"xl/worksheets/sheet2.xml", sheet}});
  const TableReading reading = read_xlsx(bytes, "plan.xlsx", "แผน");
  REQUIRE_MESSAGE(reading.table, reading.problem);
  CHECK(reading.table->sheet == "แผน");
  CHECK(reading.table->rows.at(1).at(1).text == "ลำดับ");
  CHECK(reading.table->rows.at(1).at(3).text == "ภารกิจ");
  CHECK(reading.table->rows.at(14).at(4).text == "25000");
  CHECK(reading.table->rows.at(14).at(4).number);
  // Rich text runs joined, phonetic runs left out; text stays text ("1.10").
  CHECK(reading.table->rows.at(14).at(5).text == "1.10");
  CHECK_FALSE(reading.table->rows.at(14).at(5).number);
  CHECK(cell_place(*reading.table, 14, 4) == "plan.xlsx!D14");
  // No sheet of that name: the first.
  CHECK(read_xlsx(bytes, "plan.xlsx", "รายงาน").table->sheet == "อื่น");
}

TEST_CASE("read_xlsx refuses hostile workbooks") {
  SUBCASE("a part whose path climbs out") {
    const auto reading =
        read_xlsx(make_zip({{"../../etc/evil", "x"}, {"xl/workbook.xml", workbook}}), "a.xlsx");
    CHECK_FALSE(reading.table);
    CHECK(reading.problem.find("outside the workbook") != std::string::npos);
  }
  SUBCASE("a sheet said to be outside the archive") {
    const std::string evil_rels =
        R"(<Relationships><Relationship Id="rId1" Target="../../../etc/passwd"/></Relationships>)";
    const auto reading = read_xlsx(
        make_zip({{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", evil_rels}}),
        "a.xlsx");
    CHECK_FALSE(reading.table);
    CHECK(reading.problem.find("outside the workbook") != std::string::npos);
  }
  SUBCASE("a part larger than the bound once uncompressed") {
    TableLimits limits;
    limits.entry_bytes = 1000;
    const auto reading = read_xlsx(
        make_zip({{"xl/workbook.xml", std::string(5000, ' ') + workbook}}), "a.xlsx", {}, limits);
    CHECK_FALSE(reading.table);
    CHECK(reading.problem.find("larger than") != std::string::npos);
  }
  SUBCASE("not a zip archive") {
    CHECK_FALSE(read_xlsx("hello", "a.xlsx").table);
  }
  SUBCASE("a shared string that is not there") {
    const std::string bad_sheet =
        R"(<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>)";
    const auto reading = read_xlsx(make_zip({{"xl/workbook.xml", workbook},
                                             {"xl/_rels/workbook.xml.rels", rels},
                                             {"xl/worksheets/sheet1.xml", bad_sheet}}),
                                   "a.xlsx");
    CHECK_FALSE(reading.table);
  }
}

}  // namespace oitgen
