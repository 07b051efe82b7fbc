#include "document/pdf_writer.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "util/thai_words.h"

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

// Thai paragraphs, each different, so that Pango asks libthai for the breaks of every one.
std::string long_thai(int seed) {
  const std::vector<std::string> words = {
      "งบประมาณ", "การจัดซื้อจัดจ้าง", "ความโปร่งใส", "ประกาศเจตนารมณ์", "ร้องเรียน",
      "ของขวัญ",   "เทศบาล",       "ผู้บริหาร",     "ประชาชน",        "มาตรการ"};
  PdfWriter pdf(PdfMetadata{});
  for (int paragraph = 0; paragraph < 40; ++paragraph) {
    std::string text;
    for (int i = 0; i < 60; ++i)
      text += words[static_cast<std::size_t>((seed + paragraph * 7 + i * i) % 10)];
    pdf.text(text, {});
  }
  return pdf.finish();
}

}  // namespace

TEST_CASE("PDFs laid out on several threads, beside the word breaker, are those of one thread") {
  // libthai's breaker keeps process-wide state, and Pango calls it for every Thai line.
  std::vector<std::string> alone;
  for (int seed = 0; seed < 4; ++seed) alone.push_back(long_thai(seed));
  std::vector<std::vector<std::string>> together(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int seed = 0; seed < 4; ++seed)
        together[static_cast<std::size_t>(t)].push_back(long_thai((seed + t) % 4));
    });
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([t] {
      const ThaiWords words;
      std::string run = "ประชาชน";
      for (int i = 0; i < 4000; ++i) {
        run += (i + t) % 2 ? "ของขวัญ" : "เทศบาล";
        if (run.size() > 600) run = "ร้องเรียน";
        (void)words.breaks(run);
      }
    });
  for (auto& thread : threads) thread.join();
  for (std::size_t t = 0; t < together.size(); ++t)
    for (std::size_t seed = 0; seed < 4; ++seed) CHECK(together[t][seed] == alone[(seed + t) % 4]);
}

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
