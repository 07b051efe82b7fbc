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
  CHECK(diags.all()[0].pos.line == 3);
  CHECK(diags.all()[0].pos.column == 9);
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

TEST_CASE("positions count characters after Thai text, in block and flow values") {
  Diagnostics diags;
  const auto file = read_markdown(
      "---\ntitle: โครงการอบรม\nresponsible: {th: สำนักปลัด, en: Office}\noit: [ข้อ O35, "
      "36]\nlist:\n  - ก\n  - \"ข\"\n---\n",
      "p.md", diags);
  REQUIRE(file);
  CHECK(diags.all().empty());
  const Node& front = file->front_matter;
  CHECK(front.members[0].key_pos.line == 2);
  CHECK(front.members[0].key_pos.column == 1);
  CHECK(front.find("title")->pos.column == 8);
  const Node* responsible = front.find("responsible");
  REQUIRE(responsible);
  CHECK(responsible->pos.line == 3);
  CHECK(responsible->pos.column == 14);
  CHECK(responsible->find("en")->pos.column == 34);  // after 9 Thai characters, not 27 bytes
  const Node* oit = front.find("oit");
  REQUIRE(oit);
  CHECK(oit->items[1].pos.line == 4);
  CHECK(oit->items[1].pos.column == 16);
  const Node* list = front.find("list");
  REQUIRE(list);
  REQUIRE(list->items.size() == 2);
  CHECK(list->items[1].pos.line == 7);
  CHECK(list->items[1].pos.column == 5);
  CHECK(list->items[1].text == "ข");
}

TEST_CASE("positions are counted in lines ended by newlines, also with CRLF") {
  Diagnostics diags;
  const auto file = read_markdown("---\r\na: ก\r\nb: 1\r\n---\r\nbody\r\n", "p.md", diags);
  REQUIRE(file);
  CHECK(file->front_matter.find("a")->text == "ก");
  CHECK(file->front_matter.find("b")->pos.line == 3);
  CHECK(file->front_matter.find("b")->pos.column == 4);
  CHECK(file->body == "body\r\n");
}

TEST_CASE("scalars are typed as the loaders expect: YAML 1.2 core, quoted stays a string") {
  Diagnostics diags;
  const auto file = read_markdown(
      "---\nyes: yes\nno: no\non: off\nt: True\nf: false\nn: ~\nq: '12'\ntagged: !!str 12\n"
      "date: 2024-10-01\nhex: 0x10\nneg: -5\nempty:\n~: null key\n---\n",
      "p.md", diags);
  REQUIRE(file);
  CHECK(diags.all().empty());
  const Node& front = file->front_matter;
  for (const char* key : {"yes", "no", "on", "q", "tagged", "date", "hex"})
    CHECK(front.find(key)->kind == Node::Kind::string);
  CHECK(front.find("yes")->text == "yes");
  CHECK(front.find("q")->text == "12");
  CHECK(front.find("t")->kind == Node::Kind::boolean);
  CHECK(front.find("t")->boolean);
  CHECK(front.find("f")->kind == Node::Kind::boolean);
  CHECK_FALSE(front.find("f")->boolean);
  CHECK(front.find("n")->kind == Node::Kind::null);
  CHECK(front.find("neg")->number == -5);
  const Node* empty = front.find("empty");
  REQUIRE(empty);
  CHECK(empty->kind == Node::Kind::null);
  CHECK(empty->pos.line == 13);
  CHECK(front.find("")->text == "null key");  // a null key has no text
}

TEST_CASE("only the first YAML document is read") {
  Diagnostics diags;
  const auto file = read_markdown("---\na: 1\n--- b: [\n---\n", "p.md", diags);
  REQUIRE(file);
  CHECK(diags.all().empty());
  CHECK(file->front_matter.members.size() == 1);
}

TEST_CASE("an unclosed bracket is reported where it opens, after Thai text") {
  {
    Diagnostics diags;
    CHECK_FALSE(read_markdown("---\nชื่อ: {ก: 0\nb: c\n---\n", "p.md", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message ==
          "invalid YAML in the front matter: the \"{\" opened here is not closed with \"}\"");
    CHECK(diags.all()[0].pos.line == 2);
    CHECK(diags.all()[0].pos.column == 7);
  }
  {
    Diagnostics diags;
    CHECK_FALSE(read_markdown("---\na: [1, \"]\", 2\n---\n", "p.md", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message ==
          "invalid YAML in the front matter: the \"[\" opened here is not closed with \"]\"");
    CHECK(diags.all()[0].pos.column == 4);
  }
  {
    // Closed, but a comma is missing: libyaml's own words, where it found the problem.
    Diagnostics diags;
    CHECK_FALSE(read_markdown("---\na: {b: c d: e}\n---\n", "p.md", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message.starts_with("invalid YAML in the front matter: "));
    CHECK(diags.all()[0].message.find("not closed") == std::string::npos);
    CHECK(diags.all()[0].pos.line == 2);
  }
}

TEST_CASE("syntax errors name what libyaml found, where, and what it was reading") {
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\nก: \"ข\\q\"\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message ==
        "invalid YAML in the front matter: found unknown escape character (while parsing a "
        "quoted scalar that starts at line 2, column 4)");
  CHECK(diags.all()[0].pos.line == 2);
  CHECK(diags.all()[0].pos.column == 6);

  Diagnostics values;
  CHECK_FALSE(read_markdown("---\nชื่อ: a: b\n---\n", "p.md", values));
  REQUIRE(values.all().size() == 1);
  CHECK(values.all()[0].message ==
        "invalid YAML in the front matter: mapping values are not allowed in this context");
  CHECK(values.all()[0].pos.column == 8);
}

TEST_CASE("a control character in front matter is an error naming it") {
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\nก: a\x01\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message ==
        "invalid YAML in the front matter: control characters are not allowed (U+0001)");
  CHECK(diags.all()[0].pos.line == 2);
  CHECK(diags.all()[0].pos.column == 5);
}

TEST_CASE("an alias without its anchor is a syntax error, reported alone") {
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\nb: 1e400\na: *nothing\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.starts_with(
      "invalid YAML in the front matter: the alias \"*nothing\" names no anchor"));
  CHECK(diags.all()[0].pos.line == 3);
  CHECK(diags.all()[0].pos.column == 4);
}

TEST_CASE("very deep nesting is reported once, at the first list too deep") {
  Diagnostics diags;
  const std::size_t depth = 200000;
  CHECK_FALSE(read_markdown(
      "---\na: " + std::string(depth, '[') + std::string(depth, ']') + "\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.starts_with("lists and maps are nested more than 64 levels"));
  CHECK(diags.all()[0].pos.line == 2);
  CHECK(diags.all()[0].pos.column == 4 + 63);  // the map is level 1, the first "[" level 2
}

TEST_CASE("a syntax error after a problem is reported alone") {
  Diagnostics diags;
  CHECK_FALSE(read_markdown("---\na: 1e400\nb: 1\nb: 2\nc: [\n---\n", "p.md", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("not closed") != std::string::npos);
}
