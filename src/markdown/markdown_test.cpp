#include "markdown/markdown.h"
#include "markdown/limits.h"

#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

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

TEST_CASE("Markdown bodies stay inside the limits that keep cmark-gfm fast") {
  const std::string thai_table = "| ปี | งบประมาณ |\n|---|---:|\n| 2567 | 20,000 |\n";
  CHECK_FALSE(markdown_problem("## หลักการ\n\nเผยแพร่ [ประกาศ](a.pdf) ทาง info@city.go.th\n\n" +
                               thai_table + "\n> - ข้อ 1\n"));
  CHECK(markdown_problem(std::string(max_markdown_bytes + 1, 'a'))->offset == max_markdown_bytes);
  CHECK(markdown_problem(std::string(200, '>') + " a")->message.starts_with("more than 32 quotes"));
  std::string brackets;
  for (int i = 0; i < 600; ++i) brackets += "![[]()";
  CHECK(markdown_problem(brackets)->offset == 3001);
  std::string split;
  for (int i = 0; i < 400; ++i) split += "![[]()\n\n";
  CHECK_FALSE(markdown_problem(split));
  CHECK(markdown_problem("|a|b|\n|" + std::string(101 * 2, '-') + "|") == std::nullopt);
  std::string wide = "|";
  for (int i = 0; i < 101; ++i) wide += "-|";
  CHECK(markdown_problem("|a|\n" + wide)->message ==
        "this table has 101 columns; a table may have at most 100");
  CHECK(markdown_problem(std::string(101, ' ') + "a <? b" + std::string(0, ' ')) == std::nullopt);
  std::string pis;
  for (int i = 0; i < 101; ++i) pis += "a <? ";
  CHECK(markdown_problem(pis)->offset == 502);
  CHECK(markdown_problem("a@b.a@b.a@b.a@b.a@b.a@b.a@b.a@b.a@b.a@b.a@b.")->offset == 41);
}

TEST_CASE("text past the limits is shown escaped, never handed to cmark-gfm") {
  const std::string quotes(200, '>');
  std::string escaped;
  for (int i = 0; i < 200; ++i) escaped += "&gt;";
  CHECK(render_markdown(quotes + " <b>a</b>") == "<p>" + escaped + " &lt;b&gt;a&lt;/b&gt;</p>\n");
  // Quadratic in cmark-gfm 0.29: seconds there, instant here.
  std::string cdata;
  for (int i = 0; i < 22000; ++i) cdata += "a <![CDATA[";
  CHECK(render_markdown(cdata).starts_with("<p>a &lt;![CDATA[a &lt;![CDATA["));
}

TEST_CASE("autolinks survive rendering on several threads at once") {
  // cmark-gfm's table of special inline characters is global; a parser freed on one thread
  // once removed the autolink extension's characters while another thread parsed.
  const std::string text = "เว็บไซต์หลัก: https://www.example.go.th/ และ www.example.org\n";
  std::atomic<int> missing{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 300; ++i)
        if (render_markdown(text).find("<a href=\"https://www.example.go.th/\">") ==
            std::string::npos)
          ++missing;
    });
  for (auto& thread : threads) thread.join();
  CHECK(missing == 0);
}
