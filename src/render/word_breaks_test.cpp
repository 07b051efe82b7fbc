#include "render/word_breaks.h"

#include <doctest/doctest.h>

#include <string>

namespace oitgen {
namespace {

TEST_CASE("Thai runs of running text become unwrapped spans with breaks between words") {
  const ThaiWords words;
  CHECK(break_thai_words("<p>ความเป็นกลาง</p>", words, false) ==
        "<p><span class=\"tw\">ความ<wbr>เป็นกลาง</span></p>");
  // Spaces, digits and Latin text stay outside the spans; a lone character is left alone.
  CHECK(break_thai_words("<td>งบประมาณ 2,500 บาท ๆ ITA</td>", words, false) ==
        "<td><span class=\"tw\">งบประมาณ</span> 2,500 <span class=\"tw\">บาท</span> ๆ <span "
        "lang=\"en\">ITA</span></td>");
}

TEST_CASE("on a Thai page a run of Latin words says it is English") {
  const ThaiWords words;
  CHECK(break_thai_words("<p>ประกาศ No Gift Policy (ITA), don't &amp; e.g. a 2567 x1</p>", words,
                         false) ==
        "<p><span class=\"tw\">ประกาศ</span> <span lang=\"en\">No Gift Policy</span> (<span "
        "lang=\"en\">ITA</span>), <span lang=\"en\">don't</span> &amp; <span "
        "lang=\"en\">e.g</span>. a 2567 x1</p>");
  // Not inside a tag, nor on an English page.
  CHECK(break_thai_words("<a title=\"No Gift\">No</a>", words, true) ==
        "<a title=\"No Gift\">No</a>");
}

TEST_CASE("on a page in another language the Thai runs say they are Thai") {
  const ThaiWords words;
  CHECK(break_thai_words("<p>Mayor: นายก ๆ</p>", words, true) ==
        "<p>Mayor: <span class=\"tw\" lang=\"th\">นายก</span> <span class=\"tw\" "
        "lang=\"th\">ๆ</span></p>");
}

TEST_CASE("tags, comments, the head and elements that are not running text are left alone") {
  const ThaiWords words;
  const std::string page =
      "<!DOCTYPE html><html lang=\"th\"><head><title>งบประมาณ</title>"
      "<meta name=\"description\" content=\"งบประมาณ\"></head>"
      "<body class=\"x\"><header><a href=\"/\" title=\"ความเป็นกลาง > ก\" "
      "data-x='a>b'>หน้าแรก</a></header>"
      "<!-- งบประมาณ --><script>var s = \"<b>งบประมาณ</b>\";</script>"
      "<svg><text>งบประมาณ</text></svg><pre>งบประมาณ</pre><code>งบ</code>"
      "<textarea>งบประมาณ</textarea><STYLE>p::before{content:\"งบ\"}</STYLE><p>งบประมาณ</p></"
      "body></html>";
  const std::string out = break_thai_words(page, words, false);
  const std::string expected =
      "<!DOCTYPE html><html lang=\"th\"><head><title>งบประมาณ</title>"
      "<meta name=\"description\" content=\"งบประมาณ\"></head>"
      "<body class=\"x\"><header><a href=\"/\" title=\"ความเป็นกลาง > ก\" data-x='a>b'>"
      "<span class=\"tw\">หน้า<wbr>แรก</span></a></header>"
      "<!-- งบประมาณ --><script>var s = \"<b>งบประมาณ</b>\";</script>"
      "<svg><text>งบประมาณ</text></svg><pre>งบประมาณ</pre><code>งบ</code>"
      "<textarea>งบประมาณ</textarea><STYLE>p::before{content:\"งบ\"}</STYLE>"
      "<p><span class=\"tw\">งบประมาณ</span></p></body></html>";
  CHECK(out == expected);
}

TEST_CASE("text that is not well formed is copied, never lost") {
  const ThaiWords words;
  CHECK(break_thai_words("<p title=\"งบ", words, false) == "<p title=\"งบ");
  CHECK(break_thai_words("<script>งบประมาณ", words, false) == "<script>งบประมาณ");
  CHECK(break_thai_words("<!-- งบ", words, false) == "<!-- งบ");
  CHECK(break_thai_words("a < b งบประมาณ", words, false) ==
        "a < b <span class=\"tw\">งบประมาณ</span>");
  CHECK(break_thai_words("", words, false).empty());
}

TEST_CASE("an element whose name begins like a kept one is running text") {
  const ThaiWords words;
  CHECK(break_thai_words("<header>งบประมาณ</header><codex>งบประมาณ</codex>", words, false) ==
        "<header><span class=\"tw\">งบประมาณ</span></header>"
        "<codex><span class=\"tw\">งบประมาณ</span></codex>");
}

TEST_CASE("a place's own name is its name without the word for its kind") {
  CHECK(place_name("เทศบาลตำบลเจ๊ะบิลัง") == "เจ๊ะบิลัง");
  CHECK(place_name("อำเภอดอนแก้วเหนือ") == "ดอนแก้วเหนือ");
  CHECK(place_name("สตูล") == "สตูล");
  CHECK(place_name("ตำบล") == "ตำบล");
  CHECK(place_name("เมืองพัทยา", "เมือง") == "พัทยา");
}

}  // namespace
}  // namespace oitgen
