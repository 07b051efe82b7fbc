#include "load/thai_choices.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("the report form's status words mean the format's codes") {
  CHECK(code_of_words("รอการรายงาน", status_words) == "not_reported");
  CHECK(code_of_words("รอรายงาน", status_words) == "not_reported");
  CHECK(code_of_words("อยู่ระหว่างดำเนินการ", status_words) == "in_progress");
  CHECK(code_of_words("ดำเนินการแล้วเสร็จ", status_words) == "completed");
  CHECK(code_of_words("ไม่สามารถดำเนินการได้", status_words) == "not_possible");
  CHECK(code_of_words("ไม่ได้บรรจุในแผนปีนี้", status_words) == "not_planned");
  // As a narrow column of the form breaks it, and with a no-break space.
  CHECK(code_of_words("ดำเนิน การ แล้วเสร็จ", status_words) == "completed");
  CHECK(code_of_words("อยู่\xC2\xA0ระหว่างดำเนินการ", status_words) == "in_progress");
  CHECK_FALSE(code_of_words("เสร็จ", status_words));
  CHECK_FALSE(code_of_words("completed", status_words));
  CHECK_FALSE(code_of_words("", status_words));
}

TEST_CASE("rounds are read with Arabic or Thai digits") {
  CHECK(code_of_words("รอบ 6 เดือน", round_words) == "6-month");
  CHECK(code_of_words("รอบ ๖ เดือน", round_words) == "6-month");
  CHECK(code_of_words("รอบ๑๒เดือน", round_words) == "12-month");
  CHECK(code_of_words("12 เดือน", round_words) == "12-month");
  CHECK_FALSE(code_of_words("รอบ 3 เดือน", round_words));
}

TEST_CASE("a message lists one Thai word per code") {
  const auto words = main_words(status_words);
  REQUIRE(words.size() == 5);
  CHECK(words[0] == "รอการรายงาน");
  CHECK(words[4] == "ไม่ได้บรรจุในแผนปีนี้");
  CHECK(main_words(kind_words).size() == 3);
}
