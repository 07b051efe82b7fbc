#include "load/json_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "model/money.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

const Node* Node::find(std::string_view key) const {
  for (const auto& member : members)
    if (member.key == key) return &member.value;
  return nullptr;
}

const char* describe(Node::Kind kind) {
  switch (kind) {
    case Node::Kind::null:
      return tr("null");
    case Node::Kind::boolean:
      return tr("true/false");
    case Node::Kind::number:
      return tr("a number");
    case Node::Kind::string:
      return tr("a string");
    case Node::Kind::array:
      return tr("a list");
    case Node::Kind::object:
      return tr("an object");
  }
  return "";
}

namespace {

// nlohmann/json (3.11, as packaged) checks the syntax and gives good messages, but it does not
// record where values were written. Once it has accepted the text, this walker builds the
// Node tree with positions; it can assume the text is valid JSON.
class PositionedJson {
 public:
  PositionedJson(std::string_view text, const std::string& file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  Node value() {
    skip_space();
    Node node;
    node.pos = here_;
    const char c = text_[i_];
    if (c == '{') {
      node.kind = Node::Kind::object;
      advance(1);
      skip_space();
      std::unordered_set<std::string> keys;  // hashed once an object has many keys
      while (text_[i_] != '}') {
        skip_space();
        const Position key_pos = here_;
        std::string key = string_token();
        skip_space();
        advance(1);  // ':'
        Node member_value = value();
        if (seen_before(node, keys, key))
          diags_.error(file_, key_pos, "json.duplicate-key",
                       trf("key {1} appears twice in the same object", {quote(key)}));
        node.members.push_back({std::move(key), key_pos, std::move(member_value)});
        skip_space();
        if (text_[i_] == ',') advance(1);
        skip_space();
      }
      advance(1);
    } else if (c == '[') {
      node.kind = Node::Kind::array;
      advance(1);
      skip_space();
      while (text_[i_] != ']') {
        node.items.push_back(value());
        skip_space();
        if (text_[i_] == ',') advance(1);
        skip_space();
      }
      advance(1);
    } else if (c == '"') {
      node.kind = Node::Kind::string;
      node.text = string_token();
    } else if (c == 't' || c == 'f') {
      node.kind = Node::Kind::boolean;
      node.boolean = c == 't';
      node.text = node.boolean ? "true" : "false";
      advance(node.text.size());
    } else if (c == 'n') {
      advance(4);
    } else {
      node.kind = Node::Kind::number;
      std::size_t end = i_;
      while (end < text_.size() &&
             std::string_view("+-.eE0123456789").find(text_[end]) != std::string_view::npos)
        ++end;
      node.text = std::string(text_.substr(i_, end - i_));
      std::from_chars(node.text.data(), node.text.data() + node.text.size(), node.number);
      advance(end - i_);
    }
    return node;
  }

 private:
  std::string string_token() {
    std::size_t end = i_ + 1;
    while (text_[end] != '"') end += text_[end] == '\\' ? 2 : 1;
    const std::string_view token = text_.substr(i_, end + 1 - i_);
    advance(token.size());
    // The syntax check let no control character through, so without a backslash the string
    // is its bytes.
    if (token.find('\\') == std::string_view::npos)
      return std::string(token.substr(1, token.size() - 2));
    return nlohmann::json::parse(token).get<std::string>();  // resolves the escapes
  }

  // Whether an object already has `key`: searched while it is small, hashed once it has many
  // keys, so that a large object takes linear time.
  static bool seen_before(const Node& object, std::unordered_set<std::string>& keys,
                          const std::string& key) {
    if (keys.empty()) {
      if (object.members.size() < 8) return object.find(key) != nullptr;
      for (const auto& member : object.members) keys.insert(member.key);
    }
    return !keys.insert(key).second;
  }

  void skip_space() {
    while (i_ < text_.size() &&
           (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\n' || text_[i_] == '\r'))
      advance(1);
  }

  void advance(std::size_t count) {
    for (std::size_t k = 0; k < count && i_ < text_.size(); ++k, ++i_) {
      const auto c = static_cast<unsigned char>(text_[i_]);
      if (c == '\n') {
        ++here_.line;
        here_.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++here_.column;
      }
    }
  }

  std::string_view text_;
  const std::string& file_;
  Diagnostics& diags_;
  std::size_t i_ = 0;
  Position here_{1, 1};
};

// The nesting of [ and { is measured before anything recurses over the text. Written by hand
// because the parser's own limits are the stack's.
std::optional<std::size_t> too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_nesting) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// Checks the syntax without building a tree; errors (syntax, or a number too large for any
// reader to hold) are kept with the byte they were found at.
class SyntaxCheck : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t at, const std::string& token,
                   const nlohmann::detail::exception& e) override {
    failed = true;
    position = at;
    last_token = token;
    out_of_range = dynamic_cast<const nlohmann::detail::out_of_range*>(&e) != nullptr;
    what = e.what();
    return false;
  }

  bool failed = false;
  bool out_of_range = false;
  std::size_t position = 0;
  std::string last_token;
  std::string what;
};

struct SyntaxError {
  std::size_t offset;
  std::string message;
  std::string suggestion = {};  // the text to write instead, when it is known
};

std::size_t previous_non_space(std::string_view text, std::size_t offset) {
  while (offset > 0) {
    --offset;
    const char c = text[offset];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return offset;
  }
  return 0;
}

// nlohmann/json reports where it stopped reading, in a parser's words ("unexpected string
// literal; expected '}'"). A clerk needs the place to fix and plain words, so the common
// mistakes are recognised and restated; the rest keep the parser's description.
SyntaxError explain_syntax_error(std::string_view text, std::size_t offset,
                                 const std::string& what) {
  const auto described = what.find(": ", what.find("column"));
  std::string detail = described == std::string::npos ? what : what.substr(described + 2);
  // "last read: '...'" may end inside a multi-byte character; the position says more anyway.
  if (const auto last_read = detail.find("; last read:"); last_read != std::string::npos)
    detail.erase(last_read);

  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return {0, tr("the file is empty; it must hold a JSON object { ... }")};
  if (detail.find("unexpected end of input") != std::string::npos)
    return {text.size(), tr("the file ends too early: a closing } or ] is missing")};

  const bool unexpected_string = detail.find("unexpected string literal") != std::string::npos;
  const bool unexpected_value = unexpected_string ||
                                detail.find("unexpected number literal") != std::string::npos ||
                                detail.find("unexpected '{'") != std::string::npos ||
                                detail.find("unexpected '['") != std::string::npos ||
                                detail.find("unexpected true literal") != std::string::npos ||
                                detail.find("unexpected false literal") != std::string::npos ||
                                detail.find("unexpected null literal") != std::string::npos;
  if (detail.find("unexpected number literal") != std::string::npos && offset > 0 &&
      offset < text.size()) {
    // "disbursed": 5,000 reads as 5, then a comma and 000 where the next key belongs.
    std::size_t start = offset;
    while (start > 0 && std::isdigit(static_cast<unsigned char>(text[start - 1]))) --start;
    if (start > 1 && text[start - 1] == ',' &&
        std::isdigit(static_cast<unsigned char>(text[start - 2]))) {
      std::size_t first = start - 1;
      while (first > 0 &&
             (std::isdigit(static_cast<unsigned char>(text[first - 1])) || text[first - 1] == ','))
        --first;
      // The rest of the number: digits, a decimal point, and commas that group three digits.
      auto is_digit_at = [&](std::size_t i) {
        return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
      };
      std::size_t end = start;
      while (end < text.size() &&
             (is_digit_at(end) || text[end] == '.' ||
              (text[end] == ',' && is_digit_at(end + 1) && is_digit_at(end + 2) &&
               is_digit_at(end + 3) && !is_digit_at(end + 4))))
        ++end;
      const std::string written(text.substr(first, end - first));
      std::string meant;
      for (char c : written)
        if (c != ',') meant += c;
      return {first,
              trf("a number is written without thousands separators: write {1}, not {2}",
                  {meant, written}),
              meant};
    }
  }
  if (unexpected_value && (detail.find("expected '}'") != std::string::npos ||
                           detail.find("expected ']'") != std::string::npos)) {
    // The offending token starts after the previous value; the comma belongs right after it.
    std::size_t token = offset;
    if (unexpected_string && token > 0) {
      token = text.rfind('"', token - 1);
      if (token == std::string_view::npos) token = offset;
    }
    const std::size_t before = previous_non_space(text, token);
    return {before + 1, tr("a comma is missing after this value")};
  }
  if (detail.find("unexpected '}'") != std::string::npos ||
      detail.find("unexpected ']'") != std::string::npos) {
    const std::size_t before = previous_non_space(text, offset);
    if (text[before] == ',')
      return {before,
              text[offset] == '}'
                  ? tr("a comma after the last field of an object is not allowed; remove this "
                       "comma")
                  : tr("a comma after the last item of a list is not allowed; remove this comma")};
  }
  if (detail.find("invalid literal") != std::string::npos) {
    // Point at the first character that cannot start a value.
    // The offset is one past the end when the literal ends the file ("t").
    std::size_t start = std::min(offset, text.size() - 1);
    while (start > 0 && text[start] != ':' && text[start] != ',' && text[start] != '[') --start;
    start = text.find_first_not_of(" \t\r\n:,[", start);
    if (start != std::string_view::npos && start < text.size()) {
      const auto c = static_cast<unsigned char>(text[start]);
      if (c >= 0x80) {
        std::size_t end = start + 1;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
        const std::string character(text.substr(start, end - start));
        if (character == "\u201C" || character == "\u201D" || character == "\u2018" ||
            character == "\u2019")
          return {start, trf("{1} is a typographic quote; JSON text goes between straight quotes "
                             "\"...\"",
                             {character})};
        return {start, trf("unexpected {1} here; text values go between straight quotes \"...\"",
                           {character})};
      }
      return {start,
              tr("unexpected word here; text values go between straight quotes \"...\", and true, "
                 "false and null are written in lower case")};
    }
  }
  if (detail.find("control character") != std::string::npos)
    return {offset, tr("a line break or tab inside a text value must be written as \\n or \\t")};
  return {offset, detail};
}

}  // namespace

std::optional<Node> read_json(std::string_view text, const std::string& file, Diagnostics& diags) {
  text = strip_bom(text);
  if (const auto bad = find_invalid_utf8(text)) {
    diags.error(file, position_at(text, *bad), "file.not-utf8", not_utf8_message(text, *bad));
    return std::nullopt;
  }
  if (const auto deep = too_deep(text)) {
    diags.error(file, position_at(text, *deep), "json.too-deep",
                trf("lists and objects are nested more than {1} levels deep here; content files "
                    "need only a few levels",
                    {std::to_string(max_nesting)}));
    return std::nullopt;
  }
  SyntaxCheck check;
  nlohmann::json::sax_parse(text.begin(), text.end(), &check);
  if (check.failed) {
    // The position counts from 1 and points at the last character read.
    const std::size_t offset =
        check.position > 0 ? std::min<std::size_t>(check.position - 1, text.size()) : 0;
    if (check.out_of_range) {
      // The number ends where the parser stopped; it starts after the last separator.
      std::size_t start = std::min(offset + 1, text.size());
      while (start > 0 &&
             std::string_view("+-.eE0123456789").find(text[start - 1]) != std::string_view::npos)
        --start;
      std::string number = check.last_token;
      if (number.size() > 40)
        number =
            number.substr(0, 20) + trf("... ({1} characters)", {std::to_string(number.size())});
      diags.error(file, position_at(text, start), "json.number-out-of-range",
                  trf("the number {1} is out of range; numbers in content files are amounts, "
                      "years, scores and counts, written in plain digits (amounts at most {2} "
                      "baht)",
                      {number, max_money_text()}));
      return std::nullopt;
    }
    const SyntaxError error = explain_syntax_error(text, offset, check.what);
    diags.error(file, position_at(text, error.offset), "json.syntax",
                trf("invalid JSON: {1}", {error.message}), error.suggestion);
    return std::nullopt;
  }
  return PositionedJson(text, file, diags).value();
}

}  // namespace oitgen
