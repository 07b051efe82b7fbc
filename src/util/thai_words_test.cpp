#include "util/thai_words.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

namespace oitgen {
namespace {

// The run with a | at each break, which a failed check prints.
std::string split(const ThaiWords& words, const std::string& run) {
  std::string parts;
  std::size_t from = 0;
  for (const std::size_t at : words.breaks(run)) {
    parts += run.substr(from, at - from) + "|";
    from = at;
  }
  return parts + run.substr(from);
}

std::string joined(const std::vector<std::string>& words) {
  std::string all;
  for (const auto& word : words) all += (all.empty() ? "" : "|") + word;
  return all;
}

TEST_CASE("Thai code points are told from others") {
  const std::string text = "aก๛ไ€";
  CHECK_FALSE(thai_at(text, 0));
  CHECK(thai_at(text, 1));
  CHECK(thai_at(text, 4));  // U+0E5B, the last Thai character
  CHECK(thai_at(text, 7));
  CHECK_FALSE(thai_at(text, 10));       // the euro sign: E2 82 AC
  CHECK_FALSE(thai_at("\xE0\xB8", 0));  // cut short
}

TEST_CASE("a Thai run breaks between its words, never inside one") {
  const ThaiWords words;
  // The words a browser splits: "ความเป็นก|ลาง", "งบ|ประมาณ".
  CHECK(split(words, "ความเป็นกลาง") == "ความ|เป็นกลาง");
  CHECK(split(words, "งบประมาณการจัดจ้าง") == "งบประมาณ|การ|จัด|จ้าง");
  CHECK(words.breaks("ก").empty());
  CHECK(words.breaks("").empty());
  // Every break falls between two code points.
  for (const std::size_t at : words.breaks("ประกาศเจตนารมณ์การต่อต้านการทุจริตคอร์รัปชัน"))
    CHECK(at % 3 == 0);
}

TEST_CASE("threads break runs at once and each gets what one thread gets") {
  // libthai keeps a process-wide free list in its breaker, so calls from two threads at once
  // must not overlap; distinct runs keep every call out of the per-thread cache.
  const ThaiWords words;
  const std::vector<std::string> stems = {"งบประมาณ",       "การจัดซื้อจัดจ้าง",   "ความโปร่งใส",
                                          "ประกาศเจตนารมณ์", "ร้องเรียนการทุจริต", "ของขวัญ"};
  const std::vector<std::string> digits = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่",
                                           "ห้า",  "หก",  "เจ็ด", "แปด", "เก้า"};
  std::vector<std::string> runs;
  for (std::size_t i = 0; i < 3000; ++i) {
    // Long runs: each call spends longer inside libthai.
    std::string run = stems[i % stems.size()];
    for (std::size_t n = i; n > 0; n /= 10) run += digits[n % 10] + stems[(n / 10) % stems.size()];
    runs.push_back(run + run + run);
  }
  std::vector<std::string> expected;
  {
    const ThaiWords alone;
    std::thread first([&] {
      for (const auto& run : runs) expected.push_back(split(alone, run));
    });
    first.join();
  }
  std::vector<std::vector<std::string>> got(6);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      // Each thread ends at its own time, and its breaker goes while the others work.
      const std::size_t count = runs.size() * (t + 1) / got.size();
      for (std::size_t i = 0; i < count; ++i) got[t].push_back(split(words, runs[i]));
    });
  for (auto& thread : threads) thread.join();
  for (const auto& each : got)
    CHECK(each ==
          std::vector<std::string>(expected.begin(),
                                   expected.begin() + static_cast<std::ptrdiff_t>(each.size())));
}

TEST_CASE("names given are kept whole, and so is a name after a personal title") {
  const ThaiWords plain;
  // The dictionary does not know the name.
  REQUIRE(split(plain, "เทศบาลตำบลเจ๊ะบิลังงบประมาณ") == "เทศบาล|ตำบล|เจ๊ะ|บิ|ลัง|งบประมาณ");
  const ThaiWords named({"เทศบาลตำบลเจ๊ะบิลัง", "นายสมชาย ใจดี"});
  CHECK(split(named, "เทศบาลตำบลเจ๊ะบิลังงบประมาณ") == "เทศบาลตำบลเจ๊ะบิลัง|งบประมาณ");
  const std::string person = split(plain, "โดยนายบุญมากรักษ์ดี");
  CHECK(person == "โดย|นาย|บุญมากรักษ์ดี");
}

TEST_CASE("words of mixed text: Thai words, and other words at spaces and punctuation") {
  const ThaiWords words;
  CHECK(joined(words.words("แผนปฏิบัติการ ITA 2566, e-mail")) == "แผน|ปฏิบัติการ|ITA|2566|e|mail");
  CHECK(words.words("ของขวัญ").size() == 1);
  CHECK(words.words("  ").empty());
}

}  // namespace
}  // namespace oitgen
