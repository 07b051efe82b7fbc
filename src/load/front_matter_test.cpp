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

TEST_CASE("an alias is a copy of its anchor's value, with the anchor's positions") {
  Diagnostics diags;
  const auto file = read_markdown("---\na: &x [1, {b: c}]\nd: *x\n---\n", "p.md", diags);
  REQUIRE(file);
  CHECK(diags.all().empty());
  const Node* copy = file->front_matter.find("d");
  REQUIRE(copy);
  REQUIRE(copy->items.size() == 2);
  CHECK(copy->items[0].number == 1);
  CHECK(copy->items[1].find("b")->text == "c");
  CHECK(copy->pos.line == 2);
  CHECK(copy->pos.column == 4);
}

TEST_CASE("aliases cannot expand a front matter without bound, nor hold themselves") {
  std::string laughs = "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    laughs += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) laughs += (k ? ", *a" : "*a") + std::to_string(i - 1);
    laughs += "]\n";
  }
  Diagnostics diags;
  CHECK_FALSE(read_markdown(laughs + "---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(
      diags.all()[0].message.starts_with("aliases (\"*name\") expand this front matter to more "
                                         "than 10000 values"));
  CHECK(diags.all()[0].pos.line == 5);

  Diagnostics self;
  CHECK_FALSE(read_markdown("---\na: &x [1, *x]\n---\n", "p.md", self));
  REQUIRE(self.all().size() == 1);
  CHECK(self.all()[0].message.starts_with("this alias names a list or map that holds it"));
  CHECK(self.all()[0].pos.column == 11);
}

TEST_CASE("a key written twice is found among many keys") {
  std::string many = "---\n";
  for (int i = 0; i < 100; ++i) many += "k" + std::to_string(i) + ": 1\n";
  Diagnostics diags;
  REQUIRE(read_markdown(many + "k50: 2\nk3: 2\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].message == "key \"k50\" appears twice in the front matter");
  CHECK(diags.all()[0].pos.line == 102);
  CHECK(diags.all()[1].message == "key \"k3\" appears twice in the front matter");
}
