#include "load/front_matter.h"

#include <doctest/doctest.h>

#include "util/text.h"

using namespace oitgen;

TEST_CASE("front matter values are typed as YAML types them, with file positions") {
  Diagnostics diags;
  const auto file = read_markdown(
      "---\nnumber: 12\nmission: \"2.2\"\nkind: measure\nbudget: {2566: 0, 2567: null}\ndate: "
      "2024-10-01\n---\n# Body\n",
      "p12.md", diags);
  REQUIRE(file);
  CHECK(diags.all().empty());
  CHECK(file->has_front_matter);
  CHECK(file->body == "# Body\n");
  const Node& front = file->front_matter;
  CHECK(front.find("number")->kind == Node::Kind::number);
  CHECK(front.find("number")->pos.line == 2);
  CHECK(front.find("number")->pos.column == 9);
  CHECK(front.find("mission")->kind == Node::Kind::string);
  CHECK(front.find("mission")->text == "2.2");
  CHECK(front.find("kind")->kind == Node::Kind::string);
  const Node* budget = front.find("budget");
  REQUIRE(budget);
  CHECK(budget->members[0].key == "2566");
  CHECK(budget->members[0].value.kind == Node::Kind::number);
  CHECK(budget->members[1].value.kind == Node::Kind::null);
  CHECK(front.find("date")->kind == Node::Kind::string);
}

TEST_CASE("a file without front matter is all body") {
  Diagnostics diags;
  const auto file = read_markdown("# Title\n---\n", "x.md", diags);
  REQUIRE(file);
  CHECK_FALSE(file->has_front_matter);
  CHECK(file->body == "# Title\n---\n");
}

TEST_CASE("YAML errors are reported at their line in the file") {
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\ntitle: a\nbudget: {2566: 0\n---\n", "x.md", diags));
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].pos.line >= 3);
  CHECK(diags.all()[0].message.rfind("invalid YAML in the front matter", 0) == 0);
}

TEST_CASE("an unclosed front matter is reported") {
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\ntitle: a\n", "x.md", diags));
  CHECK(diags.all()[0].pos.line == 1);
}

TEST_CASE("front matter nesting is bounded and huge numbers are errors") {
  for (std::size_t depth : {100u, 20000u}) {
    Diagnostics diags;
    CHECK_FALSE(read_markdown(
        "---\na: " + std::string(depth, '[') + std::string(depth, ']') + "\n---\n", "p.md", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message.starts_with("lists and maps are nested more than 64 levels"));
  }
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\nbudget: {2567: 1e400}\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.starts_with("the number 1e400 is out of range"));
  CHECK(diags.all()[0].pos.line == 2);
}

TEST_CASE("plain scalars are typed without a regex, however long") {
  Diagnostics diags;
  const std::string digits = std::string(100000, '0') + "7";
  const auto file = read_markdown(
      "---\nlong: " + digits + "\na: -1.5e3\nb: .5\nc: 5.\nd: 1e\ne: .\nf: +\ng: 1.2.3\n---\n",
      "p.md", diags);
  REQUIRE(file);
  const Node& front = file->front_matter;
  CHECK(front.find("long")->kind == Node::Kind::number);
  CHECK(front.find("long")->number == 7);
  for (const char* key : {"a", "b", "c"}) CHECK(front.find(key)->kind == Node::Kind::number);
  for (const char* key : {"d", "e", "f", "g"}) CHECK(front.find(key)->kind == Node::Kind::string);
}

TEST_CASE("a YAML error message never ends inside a character") {
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\ntitle: \"\\\u0E01\"\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK_FALSE(find_invalid_utf8(diags.all()[0].message));
  CHECK(diags.all()[0].message.find("unknown escape character") != std::string::npos);
}
