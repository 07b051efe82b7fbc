#include "load/reader.h"

#include <doctest/doctest.h>

#include "load/json_reader.h"

using namespace oitgen;

namespace {

std::string only_message(Diagnostics& diags) {
  REQUIRE(diags.all().size() == 1);
  return diags.all()[0].message;
}

}  // namespace

TEST_CASE("a fiscal year has one written form") {
  Diagnostics diags;
  Reader reader("f.json", diags);
  CHECK(reader.fiscal_year_text("2567", {}, "year") == std::optional<int>(2567));
  CHECK(diags.all().empty());
  for (const char* spelling : {"02567", "+2567", " 2567", "2567 ", "2567.0", "2.567e3"}) {
    Diagnostics one;
    Reader r("f.json", one);
    CHECK_FALSE(r.fiscal_year_text(spelling, {}, "year"));
    CHECK(only_message(one) ==
          "year \"" + std::string(spelling) + "\" is not written in its one form; write 2567");
  }
  Diagnostics other;
  Reader r("f.json", other);
  CHECK_FALSE(r.fiscal_year_text("abc", {}, "year"));
  CHECK(only_message(other).find("is not a fiscal year") != std::string::npos);
}

TEST_CASE("whole numbers and amounts are read from the text as written") {
  Diagnostics diags;
  const auto root = read_json(
      R"({"n": 1, "m": 1.0, "e": 1e0, "a": 5000.125, "b": 2.5e3, "c": 1500.5})", "f.json", diags);
  REQUIRE(root);
  Reader reader("f.json", diags);
  CHECK(reader.integer(*root, "n") == std::optional<int>(1));
  CHECK_FALSE(reader.integer(*root, "m"));
  CHECK_FALSE(reader.integer(*root, "e"));
  CHECK_FALSE(reader.money(*root, "a"));
  CHECK_FALSE(reader.money(*root, "b"));
  CHECK(reader.money(*root, "c") == std::optional<Money>(150050));
  REQUIRE(diags.all().size() == 4);
  CHECK(diags.all()[0].message == "\"m\" 1.0 is not written in its one form; write 1");
  CHECK(diags.all()[2].message ==
        "\"a\" 5000.125 has more than two decimals; baht amounts have at most two (satang)");
  CHECK(diags.all()[3].message ==
        "\"b\" 2.5e3 is written with an exponent; write the amount in plain digits: 2500");
}

TEST_CASE("a Markdown string is held to the Markdown limits at its own position") {
  Diagnostics diags;
  const std::string quotes(200, '>');
  const auto root =
      read_json("{\"ok\": \"**bold** [a](b)\",\n \"bad\": \"" + quotes + " a\"}", "f.json", diags);
  REQUIRE(root);
  Reader reader("f.json", diags);
  CHECK(reader.markdown(*root, "ok") == std::optional<std::string>("**bold** [a](b)"));
  CHECK_FALSE(reader.markdown(*root, "bad"));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.starts_with("\"bad\": more than 32 quotes"));
  CHECK(diags.all()[0].pos.line == 2);
  CHECK(diags.all()[0].pos.column == 9);
}
