#include <doctest/doctest.h>

#include "render/theme.h"
#include "render/views.h"

using namespace oitgen;

namespace {

Organization place(std::string address, std::string district, std::string province) {
  Organization organization;
  organization.address = std::move(address);
  organization.district = std::move(district);
  organization.province = std::move(province);
  return organization;
}

// A context over an empty site, with the default theme, in one language.
struct Context {
  explicit Context(std::string language, Numerals numerals = Numerals::arabic) {
    site.config.numerals = numerals;
    theme = Theme::load(".", "default", diags);
    ctx.emplace(site, figures, theme, std::move(language), markdown);
  }
  Site site;
  Figures figures;
  Diagnostics diags;
  Theme theme;
  MarkdownRenderer markdown;
  std::optional<RenderContext> ctx;
};

}  // namespace

TEST_CASE("the signer's name stands in parentheses, as under a paper signature") {
  CHECK(signer_in_parentheses("นายสมชาย ใจดี") == "(นายสมชาย ใจดี)");
  CHECK(signer_in_parentheses("  นางสาวสมศรี มีสุข \n") == "(นางสาวสมศรี มีสุข)");
  CHECK(signer_in_parentheses("(นายสมชาย ใจดี)") == "(นายสมชาย ใจดี)");  // not doubled
  CHECK(signer_in_parentheses("") == "");
  CHECK(signer_in_parentheses("   ") == "");
}

TEST_CASE("a signature has the announcement date, the name in parentheses and the position") {
  Context thai("th");
  const auto value = signature_value(*thai.ctx, {"นายสมชาย ใจดี", "นายกเทศมนตรีตำบลหนองบัวทอง",
                                                 Date{2023, 10, 15}, "ประกาศ ณ วันที่", ""});
  CHECK(value["date"]["text"] == "15 ตุลาคม พ.ศ. 2566");
  CHECK(value["date"]["iso"] == "2023-10-15");
  CHECK(value["date_label"] == "ประกาศ ณ วันที่");
  CHECK(value["name"] == "(นายสมชาย ใจดี)");
  CHECK(value["position"] == "นายกเทศมนตรีตำบลหนองบัวทอง");

  Context digits("th", Numerals::thai);
  CHECK(signature_value(*digits.ctx, {"นายสมชาย ใจดี", "", Date{2023, 10, 15}, "",
                                      ""})["date"]["text"] == "๑๕ ตุลาคม พ.ศ. ๒๕๖๖");
  Context english("en", Numerals::thai);
  CHECK(signature_value(*english.ctx, {"นายสมชาย ใจดี", "", Date{2023, 10, 15}, "",
                                       ""})["date"]["text"] == "15 October 2023");
}

TEST_CASE("a signature leaves out what is not given, and is nothing when nothing is") {
  Context thai("th");
  const auto no_position = signature_value(*thai.ctx, {"นายสมชาย ใจดี", " ", {}, "", ""});
  CHECK(no_position["name"] == "(นายสมชาย ใจดี)");
  // Present but null: a template must not find the page's own position or date instead.
  CHECK(no_position["position"].is_null());
  CHECK(no_position["date"].is_null());
  CHECK(signature_value(*thai.ctx, {"", "", {}, "ประกาศ ณ วันที่", "ผู้รายงาน"}).is_null());
  CHECK(signature_value(*thai.ctx, {"  ", "", Date{2023, 10, 15}, "", ""})["name"].is_null());
}

TEST_CASE("the signature block shows the name in parentheses on its own line, then the position") {
  Context thai("th");
  nlohmann::json values = {
      {"t", thai.ctx->strings},
      {"signature", signature_value(*thai.ctx, {"นายสมชาย ใจดี", "นายกเทศมนตรี", Date{2023, 10, 15},
                                                "ประกาศ ณ วันที่", ""})},
      {"date", "the page's own date"},
      {"position", "the page's own position"}};
  const std::string html = thai.theme.render("partials/signature", values);
  CHECK(html.find("ประกาศ ณ วันที่ <time datetime=\"2023-10-15\">15 ตุลาคม พ.ศ. 2566</time>") !=
        std::string::npos);
  CHECK(html.find("<p class=\"signer\">(นายสมชาย ใจดี)</p>") != std::string::npos);
  CHECK(html.find("<p class=\"signer-position\">นายกเทศมนตรี</p>") != std::string::npos);
  CHECK(html.find("signature-line") < html.find("signer\""));

  values["signature"] = signature_value(*thai.ctx, {"นายสมชาย ใจดี", "", {}, "", ""});
  const std::string bare = thai.theme.render("partials/signature", values);
  CHECK(bare.find("the page's own") == std::string::npos);
  CHECK(bare.find("<time") == std::string::npos);
}

TEST_CASE("a label whose value is empty is not shown") {
  Context thai("th");
  nlohmann::json values = {
      {"t", thai.ctx->strings},
      {"organization",
       {{"name", "เทศบาลตำบลทดสอบ"}, {"phone", ""}, {"email", "  "}, {"address_line", ""}}},
      {"content", ""}};
  const std::string html = thai.theme.render("layout", values);
  CHECK(html.find(thai.ctx->ui("footer.phone")) == std::string::npos);
  CHECK(html.find(thai.ctx->ui("footer.email")) == std::string::npos);
  CHECK(html.find("mailto:") == std::string::npos);
  values["organization"]["phone"] = "043-009-123";
  CHECK(thai.theme.render("layout", values).find(thai.ctx->ui("footer.phone") + " 043-009-123") !=
        std::string::npos);
}

TEST_CASE("the address line names each place once, with its word") {
  // The example site: the address ends with the subdistrict; district and province follow.
  CHECK(address_line(place("199 หมู่ที่ 6 ถนนหนองบัวทอง–ดอนแก้ว ตำบลหนองบัวทอง", "อำเภอดอนแก้วเหนือ",
                           "จังหวัดขอนแก่น")) ==
        "199 หมู่ที่ 6 ถนนหนองบัวทอง–ดอนแก้ว ตำบลหนองบัวทอง อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น");
  // District and province without their words get them.
  CHECK(address_line(place("99 ตำบลหนองบัวทอง", "ดอนแก้วเหนือ", "ขอนแก่น")) ==
        "99 ตำบลหนองบัวทอง อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น");
  // An address that names them already is not followed by them again.
  CHECK(address_line(place("99 ตำบลหนองบัวทอง อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น", "อำเภอดอนแก้วเหนือ",
                           "จังหวัดขอนแก่น")) == "99 ตำบลหนองบัวทอง อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น");
  CHECK(address_line(place("99 ต.หนองบัวทอง อ.ดอนแก้วเหนือ", "ดอนแก้วเหนือ", "ขอนแก่น")) ==
        "99 ต.หนองบัวทอง อ.ดอนแก้วเหนือ จังหวัดขอนแก่น");
  CHECK(address_line(place("99 ตำบลหนองบัวทอง อำเภอ ดอนแก้วเหนือ", "อำเภอดอนแก้วเหนือ", "จ. ขอนแก่น")) ==
        "99 ตำบลหนองบัวทอง อำเภอ ดอนแก้วเหนือ จ. ขอนแก่น");
  // A road or subdistrict named after the place does not count as naming it.
  CHECK(address_line(place("1 ถนนขอนแก่น–ชุมแพ ตำบลเมืองจันทร์", "เมืองจันทร์", "ขอนแก่น")) ==
        "1 ถนนขอนแก่น–ชุมแพ ตำบลเมืองจันทร์ อำเภอเมืองจันทร์ จังหวัดขอนแก่น");
}

TEST_CASE("the address line without some parts, and in Bangkok") {
  CHECK(address_line(place("", "", "")) == "");
  CHECK(address_line(place("  ", " อำเภอ ", "")) == "");
  CHECK(address_line(place("", "ดอนแก้วเหนือ", "ขอนแก่น")) == "อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น");
  CHECK(address_line(place("99 ตำบลหนองบัวทอง", "", "")) == "99 ตำบลหนองบัวทอง");
  CHECK(address_line(place("1 ถนนราชดำเนิน แขวงบวรนิเวศ", "พระนคร", "กรุงเทพมหานคร")) ==
        "1 ถนนราชดำเนิน แขวงบวรนิเวศ เขตพระนคร กรุงเทพมหานคร");
  CHECK(address_line(place("1 แขวงบวรนิเวศ เขตพระนคร กรุงเทพมหานคร", "เขตพระนคร", "กรุงเทพมหานคร")) ==
        "1 แขวงบวรนิเวศ เขตพระนคร กรุงเทพมหานคร");
}

TEST_CASE("a poster's length counts what takes room on the line") {
  CHECK(poster_length("") == 0);
  // A Latin letter is 0.8 of a Thai one; a line's end adds half a line, 50 characters.
  CHECK(poster_length("abcde") == 4 + 50);
  // Marks above and below the line take no room: ที่ is one character wide.
  CHECK(poster_length("ที่") == 1 + 50);
  CHECK(poster_length("ประกาศ") == 6 + 50);
  // Each line of text ends a half-filled line; blank lines add nothing.
  CHECK(poster_length("ab\n\nabc\n") == 4 + 2 * 50);
  CHECK(poster_length("- one\n- two") > poster_length("- one two"));
}
