#pragma once
// A parsed JSON value or YAML front matter value, with the position it was written at, so
// that the schema checks in reader.h are written once for both formats.

#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace oitgen {

struct Member;

// How deeply lists and objects may be nested in a JSON file or in front matter. Content files
// need four or five levels; the bound keeps every walker's recursion short.
constexpr int max_nesting = 64;

struct Node {
  enum class Kind { null, boolean, number, string, array, object };

  Kind kind = Kind::null;
  std::string text;  // the string's value; for numbers and booleans the literal as written
  double number = 0;
  bool boolean = false;
  std::vector<Node> items;      // array
  std::vector<Member> members;  // object, in written order
  Position pos;

  const Node* find(std::string_view key) const;
};

struct Member {
  std::string key;
  Position key_pos;
  Node value;
};

// "a string", "a number", ... for messages.
const char* describe(Node::Kind kind);

}  // namespace oitgen
