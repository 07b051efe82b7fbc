#include "load/json_reader.h"

#include <doctest/doctest.h>
#include <vector>

using namespace oitgen;

TEST_CASE("values keep the line and column they were written at") {
  Diagnostics diags;
  const auto root =
      read_json("{\n  \"title\": \"แผน\",\n  \"years\": [2566, 2567]\n}", "plan.json", diags);
  REQUIRE(root);
  CHECK(diags.all().empty());
  CHECK(root->pos.line == 1);
  const Node* title = root->find("title");
  REQUIRE(title);
  CHECK(title->text == "แผน");
  CHECK(title->pos.line == 2);
  CHECK(title->pos.column == 12);
  const Node* years = root->find("years");
  REQUIRE(years);
  REQUIRE(years->items.size() == 2);
  CHECK(years->items[1].number == 2567);
  CHECK(years->items[1].pos.line == 3);
  CHECK(years->items[1].pos.column == 19);
  CHECK(root->members[1].key_pos.column == 3);
}

TEST_CASE("escapes are resolved and literals typed") {
  Diagnostics diags;
  const auto root =
      read_json(R"({"a": "x\"y\u0e01", "b": true, "c": null, "d": -1.5e2})", "f.json", diags);
  REQUIRE(root);
  CHECK(root->find("a")->text == "x\"y\xe0\xb8\x81");
  CHECK(root->find("b")->kind == Node::Kind::boolean);
  CHECK(root->find("c")->kind == Node::Kind::null);
  CHECK(root->find("d")->number == -150);
}

namespace {

Diagnostic syntax_error(std::string_view text) {
  Diagnostics diags;
  CHECK_FALSE(read_json(text, "f.json", diags));
  REQUIRE(diags.all().size() == 1);
  return diags.all()[0];
}

}  // namespace

TEST_CASE("a trailing comma is reported at the comma") {
  const Diagnostic d = syntax_error("{\n  \"a\": 1,\n}");
  CHECK(d.file == "f.json");
  CHECK(d.pos.line == 2);
  CHECK(d.pos.column == 9);
  CHECK(
      d.message ==
      "invalid JSON: a comma after the last field of an object is not allowed; remove this comma");
  CHECK(syntax_error("[1, 2,\n]").pos.column == 6);
}

TEST_CASE("a missing comma is reported where it belongs") {
  const Diagnostic d = syntax_error("{\n  \"a\": \"ก\"\n  \"b\": 2\n}");
  CHECK(d.pos.line == 2);
  CHECK(d.pos.column == 11);
  CHECK(d.message == "invalid JSON: a comma is missing after this value");
  CHECK(syntax_error("[1 2]").pos.column == 3);
}

TEST_CASE("a thousands separator is named, with the number to write") {
  const Diagnostic d = syntax_error("{\n  \"disbursed\": 120,000\n}");
  CHECK(d.pos.line == 2);
  CHECK(d.pos.column == 16);
  CHECK(d.message ==
        "invalid JSON: a number is written without thousands separators: write 120000, not "
        "120,000");
  CHECK(syntax_error("{\"a\": 1,234,567.50, \"b\": 1}")
            .message.ends_with("write 1234567.50, not 1,234,567.50"));
  // At the end of the text, nothing is read past it.
  CHECK(syntax_error("{\"a\": 5,000").message.find("5000") != std::string::npos);
}

TEST_CASE("typographic quotes and bare words are named") {
  const Diagnostic quote = syntax_error("{\"a\": \u201Cx\u201D}");
  CHECK(quote.pos.column == 7);
  CHECK(quote.message ==
        "invalid JSON: \u201C is a typographic quote; JSON text goes between straight quotes "
        "\"...\"");
  CHECK(syntax_error("{\"a\": yes}").message.find("unexpected word") != std::string::npos);
}

TEST_CASE("an empty file and a cut-off file are told apart") {
  CHECK(syntax_error("  \n").message ==
        "invalid JSON: the file is empty; it must hold a JSON object { ... }");
  CHECK(syntax_error("{\"a\": [1").message ==
        "invalid JSON: the file ends too early: a closing } or ] is missing");
}

TEST_CASE("a duplicate key is an error") {
  Diagnostics diags;
  const auto root = read_json("{\"a\": 1, \"a\": 2}", "f.json", diags);
  REQUIRE(root);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].pos.column == 10);
}

TEST_CASE("a duplicate key is found among many keys") {
  std::string many = "{";
  for (int i = 0; i < 100; ++i) many += "\"k" + std::to_string(i) + "\": 1,\n";
  Diagnostics diags;
  REQUIRE(read_json(many + "\"k50\": 2, \"k\\u0033\": 2}", "f.json", diags));
  REQUIRE(diags.error_count() == 2);
  CHECK(diags.all()[0].message == "key \"k50\" appears twice in the same object");
  CHECK(diags.all()[0].pos.line == 101);
  CHECK(diags.all()[1].message == "key \"k3\" appears twice in the same object");
}

TEST_CASE("invalid UTF-8 is reported, not parsed") {
  Diagnostics diags;
  CHECK_FALSE(read_json("{\"a\": \"\xff\"}", "f.json", diags));
  CHECK(diags.all()[0].pos.column == 8);
}

TEST_CASE("a number out of range is an error, never an abort") {
  for (const char* text : {R"({"budget": 1e400})", R"({"unknown": -1e400})"}) {
    const Diagnostic d = syntax_error(text);
    CHECK(d.pos.column == 12 + (text[2] == 'u' ? 1 : 0));
    CHECK(d.message.find("is out of range") != std::string::npos);
    CHECK(d.message.find("1,000,000,000,000 baht") != std::string::npos);
  }
  const std::string digits = "{\"a\": " + std::string(400, '9') + "}";
  CHECK(syntax_error(digits).message.starts_with("the number 99999999999999999999... (400 "));
}

TEST_CASE("nesting is bounded before anything recurses") {
  for (std::size_t depth : {20000u, 1000000u}) {
    const Diagnostic d = syntax_error(std::string(depth, '['));
    CHECK(d.pos.column == 65);
    CHECK(d.message.starts_with("lists and objects are nested more than 64 levels deep"));
  }
  Diagnostics diags;
  const std::string ok = std::string(64, '[') + std::string(64, ']');
  CHECK(read_json(ok, "f.json", diags));
  CHECK(read_json(R"({"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})",
                  "f.json", diags));
  CHECK(diags.all().empty());
}

TEST_CASE("an invalid literal that ends the file is named without reading past it") {
  // On the heap and exactly one byte long, so that AddressSanitizer sees any read past the end.
  const std::vector<char> bytes{'t'};
  const Diagnostic d = syntax_error(std::string_view(bytes.data(), bytes.size()));
  CHECK(d.message.find("unexpected word") != std::string::npos);
  CHECK(d.pos.line == 1);
  CHECK(d.pos.column == 1);
}
