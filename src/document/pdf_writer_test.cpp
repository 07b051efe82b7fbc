#include "document/pdf_writer.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>

namespace oitgen {

namespace {

std::string sample(std::string date = "2024-04-05T00:00:00+07:00") {
  PdfMetadata metadata;
  metadata.title = "บันทึกข้อความ";
  metadata.date = std::move(date);
  metadata.page_number = [](int page) { return "- " + std::to_string(page) + " -"; };
  PdfWriter pdf(metadata);
  pdf.text("ตามที่เทศบาลได้จัดทำแผนปฏิบัติการป้องกันการทุจริต น้ำใจ ผู้ใหญ่ ปู่ย่า", {});
  Table table;
  table.widths = {1, 4};
  table.header = {{{"ลำดับ", true}, {"โครงการ", true}}};
  for (int i = 0; i < 60; ++i) table.rows.push_back({{std::to_string(i)}, {"โครงการเสริมสร้าง"}});
  pdf.table(table);
  SignatureBlock block;
  block.name = "นางสาวพิมพ์ชนก ทองใบศรี";
  block.position = "นิติกรปฏิบัติการ";
  pdf.signatures({block});
  return pdf.finish();
}

}  // namespace

TEST_CASE("a PDF is the same bytes for the same content, dated by the content") {
  const std::string first = sample();
  CHECK(first.starts_with("%PDF-"));
  CHECK(first == sample());
  CHECK(first.find("/CreationDate (20240405000000+07'00)") != std::string::npos);
  CHECK(first.find("/ModDate (20240405000000+07'00)") != std::string::npos);
  // The table went on over pages: more than one page object.
  CHECK(first.find("/Count 1\n") == std::string::npos);
  CHECK(first.find("/Count ") != std::string::npos);
}

TEST_CASE("a missing font family is an error that names it") {
  PageSetup setup;
  setup.font_family = "No Such Family Anywhere";
  try {
    PdfWriter pdf({}, setup);
    FAIL("no error");
  } catch (const DocumentError& e) {
    CHECK(std::string(e.what()).find("\"No Such Family Anywhere\"") != std::string::npos);
  }
}

TEST_CASE("an image that is not a PNG is refused") {
  PdfWriter pdf({});
  CHECK_FALSE(pdf.image("not a png", 20));
  CHECK(pdf.finish().starts_with("%PDF-"));
}

}  // namespace oitgen

namespace oitgen {

TEST_CASE("an undated PDF is the same bytes too: a fixed date, never the clock's") {
  const std::string first = sample("");
  CHECK(first.find("/CreationDate (20000101000000+07'00)") != std::string::npos);
  CHECK(first == sample(""));
}

}  // namespace oitgen
