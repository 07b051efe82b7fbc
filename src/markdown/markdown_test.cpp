#include "markdown/markdown.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("CommonMark with GitHub tables and strikethrough") {
  CHECK(render_markdown("## หลักการ\n\nข้อความ **สำคัญ**") ==
        "<h2>หลักการ</h2>\n<p>ข้อความ <strong>สำคัญ</strong></p>\n");
  const std::string table = render_markdown("| ไตรมาส | งาน |\n|---|---|\n| 1 | อบรม |\n");
  CHECK(table.find("<table>") != std::string::npos);
  CHECK(table.find("<td>อบรม</td>") != std::string::npos);
  CHECK(render_markdown("~~เดิม~~") == "<p><del>เดิม</del></p>\n");
  CHECK(render_markdown("ดู https://www.example.go.th") ==
        "<p>ดู <a href=\"https://www.example.go.th\">https://www.example.go.th</a></p>\n");
}

TEST_CASE("raw HTML is escaped, never rendered") {
  CHECK(render_markdown("<script>alert(1)</script>") ==
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  CHECK(render_markdown("ก่อน <b onclick=\"x()\">หนา</b> หลัง") ==
        "<p>ก่อน &lt;b onclick=&quot;x()&quot;&gt;หนา&lt;/b&gt; หลัง</p>\n");
  CHECK(render_markdown("<div>\nblock\n</div>\n").find("<div>") == std::string::npos);
}

TEST_CASE("unsafe link schemes are dropped") {
  const std::string html = render_markdown("[คลิก](javascript:alert(1))");
  CHECK(html.find("javascript") == std::string::npos);
}
