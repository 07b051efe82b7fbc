#include "render/page_text.h"

#include <doctest/doctest.h>

namespace oitgen {

TEST_CASE("a page's text is its main content: no header, menu, banner or footer") {
  const PageText text = page_text(
      "<html><head><title>T · Site</title></head><body><header><nav><ul>"
      "<li><a href=\"../\">หน้าแรก</a></li>"
      "<li><a href=\"./\" aria-current=\"page\"><span class=\"tw\">แผน<wbr>ปฏิบัติการ</span></a></li>"
      "</ul></nav></header><div class=\"no-gift-banner\"><p>ไม่รับของขวัญ</p></div>"
      "<main id=\"main\"><h1>1. <span class=\"tw\">โครงการ<wbr>อบรม</span></h1>"
      "<p>งบ &amp; <b>เงิน</b><br>ปี<td>2567</td></p>"
      "<svg><text>กราฟ</text></svg><script>var x = '<p>';</script><p>จบ</p></main>"
      "<footer>ที่อยู่</footer></body></html>");
  CHECK(text.title == "1. โครงการอบรม");
  CHECK(text.section == "แผนปฏิบัติการ");
  CHECK(text.text == "1. โครงการอบรม งบ & เงิน ปี 2567 จบ");
}

TEST_CASE("a page outside the menu has no section, and one without main no text") {
  const PageText text = page_text("<body><nav><a href=\"/\">x</a></nav><p>y</p></body>");
  CHECK(text.section.empty());
  CHECK(text.title.empty());
  CHECK(text.text.empty());
}

}  // namespace oitgen
