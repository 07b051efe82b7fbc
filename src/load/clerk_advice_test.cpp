#include "load/clerk_advice.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("dates as Thai documents write them") {
  auto iso = [](std::string_view text) {
    const auto date = date_as_written_on_forms(text);
    return date ? to_iso(*date) : std::string("none");
  };
  CHECK(iso("30/03/2567") == "2024-03-30");
  CHECK(iso("5/4/2567") == "2024-04-05");
  CHECK(iso("30-03-2024") == "2024-03-30");
  CHECK(iso("30.3.2567") == "2024-03-30");
  CHECK(iso("30 มี.ค. 2567") == "2024-03-30");
  CHECK(iso("๓๐ มีนาคม พ.ศ. ๒๕๖๗") == "2024-03-30");
  CHECK(iso("1 ตุลาคม 2566") == "2023-10-01");
  CHECK(iso("29 ก.พ. 2567") == "2024-02-29");
  CHECK(iso("29 ก.พ. 2566") == "none");  // 2023 is not a leap year
  CHECK(iso("30/03/67") == "none");      // a two-digit year is ambiguous
  CHECK(iso("31/04/2567") == "none");
  CHECK(iso("30 March 2024") == "none");
  CHECK(iso("") == "none");
}

TEST_CASE("amounts as forms and spreadsheets write them") {
  CHECK(amount_as_written_on_forms("120,000") == "120000");
  CHECK(amount_as_written_on_forms("๑๒๐,๐๐๐") == "120000");
  CHECK(amount_as_written_on_forms("1,500.50 บาท") == "1500.50");
  CHECK(amount_as_written_on_forms("20000.-") == "20000");
  CHECK(amount_as_written_on_forms("๒๐๐๐๐") == "20000");
  CHECK(amount_as_written_on_forms(" 7 ") == "7");
  CHECK_FALSE(amount_as_written_on_forms("12,00"));
  CHECK_FALSE(amount_as_written_on_forms("1,2345"));
  CHECK_FALSE(amount_as_written_on_forms("หนึ่งพัน"));
  CHECK_FALSE(amount_as_written_on_forms("-"));
  CHECK_FALSE(amount_as_written_on_forms("1.2.3"));
  CHECK_FALSE(amount_as_written_on_forms(""));
}

TEST_CASE("file names turned into ids") {
  CHECK(id_for_file_name("P 04") == "p-04");
  CHECK(id_for_file_name("Project_One") == "project-one");
  CHECK(id_for_file_name("p01 ") == "p01");
  CHECK_FALSE(id_for_file_name("โครงการ"));
  CHECK_FALSE(id_for_file_name("  "));
  CHECK_FALSE(id_for_file_name("a\x1b[31mb"));
  CHECK_FALSE(id_for_file_name("../x"));
}

TEST_CASE("a value with a colon is shown quoted") {
  CHECK(quoted_yaml_line("title: กิจกรรม: เผยแพร่ข้อมูล") == "title: \"กิจกรรม: เผยแพร่ข้อมูล\"");
  CHECK(quoted_yaml_line("  note: a \"b\": c") == "  note: \"a \\\"b\\\": c\"");
  CHECK_FALSE(quoted_yaml_line("title: \"already: quoted\""));
  CHECK_FALSE(quoted_yaml_line("title: plain"));
  CHECK_FALSE(quoted_yaml_line("budget: {2567: 10}"));
  CHECK_FALSE(quoted_yaml_line("- item: x: y"));
}
