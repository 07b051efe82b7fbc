#include "load/front_matter.h"

#include <yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "load/clerk_advice.h"
#include "markdown/limits.h"
#include "model/money.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::size_t skip_digits(std::string_view t, std::size_t i) {
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  return i;
}

// [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?, checked by hand: libstdc++'s std::regex matches
// by recursion, a stack frame per character, and overflows the stack on a long scalar.
bool is_number(std::string_view t) {
  std::size_t i = !t.empty() && (t[0] == '-' || t[0] == '+') ? 1 : 0;
  const std::size_t whole = skip_digits(t, i);
  bool digits = whole > i;
  i = whole;
  if (i < t.size() && t[i] == '.') {
    const std::size_t fraction = skip_digits(t, i + 1);
    digits = digits || fraction > i + 1;
    i = fraction;
  }
  if (!digits) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
    const std::size_t exponent = skip_digits(t, i);
    if (exponent == i) return false;
    i = exponent;
  }
  return i == t.size();
}

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
    line.remove_suffix(1);
  return line == "---";
}

// Where a libyaml mark is in the Markdown file. libyaml counts a mark's index in characters
// and also ends lines at "\r", U+0085, U+2028 and U+2029; editors and the rest of oitgen count
// lines at "\n" and columns in characters from the line's start. So a mark's character index is
// turned into a byte offset (marks come mostly in written order, so the cursor moves a little
// each time), and the offset into a line and column from a table of line starts.
class Positions {
 public:
  explicit Positions(std::string_view yaml) : yaml_(yaml) {
    line_starts_.push_back(0);
    for (std::size_t i = yaml.find('\n'); i != std::string_view::npos; i = yaml.find('\n', i + 1))
      line_starts_.push_back(i + 1);
  }

  Position at(std::size_t offset) const {
    offset = std::min(offset, yaml_.size());
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t start = *(next - 1);
    Position pos{static_cast<int>(next - line_starts_.begin()), 1};
    for (std::size_t i = start; i < offset; ++i)
      if (!continuation(yaml_[i])) ++pos.column;
    pos.line += 1;  // the YAML text starts on the file's second line
    return pos;
  }

  Position at(const yaml_mark_t& mark) { return at(offset_of(mark.index)); }

  // The byte offset of the character at `index`.
  std::size_t offset_of(std::size_t index) {
    while (char_ < index && byte_ < yaml_.size()) {
      ++byte_;
      while (byte_ < yaml_.size() && continuation(yaml_[byte_])) ++byte_;
      ++char_;
    }
    while (char_ > index && byte_ > 0) {
      --byte_;
      while (byte_ > 0 && continuation(yaml_[byte_])) --byte_;
      --char_;
    }
    return byte_;
  }

 private:
  static bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

  std::string_view yaml_;
  std::vector<std::size_t> line_starts_;
  std::size_t char_ = 0;  // the cursor: a character index and its byte offset
  std::size_t byte_ = 0;
};

// Values that aliases ("*name") may add to one front matter: "billion laughs" nests aliases
// so that a few lines expand to billions of values.
constexpr std::size_t max_alias_values = 10000;

std::size_t count_values(const Node& node) {
  std::size_t count = 1;
  for (const auto& item : node.items) count += count_values(item);
  for (const auto& member : node.members) count += count_values(member.value);
  return count;
}

std::string nesting_message() {
  return trf(
      "lists and maps are nested more than {1} levels deep here; front matter needs only a few "
      "levels",
      {std::to_string(max_nesting)});
}

// Builds Nodes with positions straight from libyaml's parser events: front matter is parsed
// once, without a document tree. Problems found on the way (too deep, a number out of range, a
// key written twice) wait until the parser has accepted the whole text, since a syntax error is
// reported alone; after the first problem that makes the file unusable, nothing more is noted
// and nothing more is built (lists and maps opened after it are only counted, so that deep
// nesting costs no memory).
class NodeBuilder {
 public:
  struct Problem {
    Position pos;
    std::string message;
    std::string code;
    std::string suggestion = {};  // the line to write instead, when it is known
  };

  std::optional<Node> root;
  bool root_is_map = false;
  std::vector<Problem> problems;        // in the order found
  bool failed = false;                  // the front matter cannot be used
  std::optional<Problem> syntax_error;  // found by the builder: the text is not valid YAML

  // One scalar. `typed` when it is plain and untagged: only those get a YAML type, so that
  // "number: twelve" and "number: 12" are told apart while "2.2" in quotes stays a string.
  void scalar(Position pos, const char* anchor, std::string value, bool typed) {
    if (failed) return define(anchor);
    if (!check_depth(pos, 0)) return define(anchor);
    Node node = make_scalar(std::move(value), typed, pos);
    if (!in_key() && node.kind == Node::Kind::number && !std::isfinite(node.number))
      fail(pos, "yaml.number-out-of-range",
           trf("the number {1} is out of range; numbers in the front matter are amounts, "
               "years and counts, written in plain digits (amounts at most {2} baht)",
               {node.text, max_money_text()}));
    add(std::move(node), anchor);
  }

  void alias(Position pos, const char* name) {
    const auto found = anchors_.find(name);
    if (found == anchors_.end()) {
      syntax_error =
          Problem{pos,
                  trf("invalid YAML in the front matter: the alias \"*{1}\" names no anchor; "
                      "an alias repeats a value written before it with \"&{1}\"",
                      {name}),
                  "yaml.unknown-alias"};
      return;
    }
    if (failed) return;
    const Anchored& anchored = found->second;
    if (anchored.open) {
      if (!check_depth(pos, 0)) return;
      fail(pos, "yaml.alias-cycle",
           tr("this alias names a list or map that holds it; a value cannot hold itself"));
      return;
    }
    if (!check_depth(deepest_in(anchored.node, pos), anchored.height)) return;
    alias_values_ += anchored.values;
    if (alias_values_ > max_alias_values) {
      fail(pos, "yaml.too-many-values",
           trf("aliases (\"*name\") expand this front matter to more than {1} values; "
               "write the values out",
               {std::to_string(max_alias_values)}));
      return;
    }
    add(anchored.node, nullptr);
  }

  void open(Position pos, Node::Kind kind, const char* anchor) {
    if (anchor) anchors_.insert_or_assign(anchor, Anchored{});  // open until it ends
    if (failed) {
      ++uncounted_;
      return;
    }
    const bool key = in_key();
    if (!key && depth() > max_nesting) {
      fail(pos, "yaml.too-deep", nesting_message());
      ++uncounted_;
      return;
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.pos = pos;
    if (anchor) frame.anchor = anchor;
    frame.in_key = key;
    stack_.push_back(std::move(frame));
  }

  // libyaml takes time quadratic in the depth of nested "[" and "{" (each token looks at every
  // open level), so past a thousand levels beyond the first problem the parse stops there.
  bool too_deep() const { return uncounted_ > 1000; }

  void close() {
    if (uncounted_ > 0) {
      --uncounted_;
      return;
    }
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(frame.node), frame.anchor.empty() ? nullptr : frame.anchor.c_str());
  }

 private:
  struct Frame {
    Node node;
    std::string anchor;
    bool in_key = false;   // this list or map is (inside) a map's key
    bool want_key = true;  // for maps: the next value is a key
    std::string key;       // for maps: the key whose value comes next
    Position key_pos;
    std::unordered_set<std::string> keys;  // for maps with many keys: see seen_before
  };
  struct Anchored {
    Node node;
    bool open = true;        // its list or map has not ended yet
    int height = 0;          // levels below it (height_of)
    std::size_t values = 0;  // values in it, itself included
  };

  // Like yaml-cpp and PyYAML: "null", "true", numbers; "yes", "no" and dates stay strings.
  static Node make_scalar(std::string value, bool typed, Position pos) {
    Node node;
    node.pos = pos;
    if (!typed) {
      node.kind = Node::Kind::string;
      node.text = std::move(value);
      return node;
    }
    if (value == "null" || value == "Null" || value == "NULL" || value == "~" || value.empty())
      return node;  // a null has no text, also as a key
    node.text = std::move(value);
    const std::string& t = node.text;
    if (t == "true" || t == "True" || t == "TRUE" || t == "false" || t == "False" || t == "FALSE") {
      node.kind = Node::Kind::boolean;
      node.boolean = t[0] == 't' || t[0] == 'T';
    } else if (is_number(node.text)) {
      node.kind = Node::Kind::number;
      // from_chars, not stod: 1e400 must not throw; the caller reports it as out of range. A
      // number too small to hold (1e-400) is 0.
      const std::string& n = node.text;
      const char* first = n.data() + (n[0] == '+' ? 1 : 0);
      const auto result = std::from_chars(first, n.data() + n.size(), node.number);
      if (result.ec == std::errc::result_out_of_range)
        node.number =
            n.find("e-") != std::string::npos || n.find("E-") != std::string::npos ? 0.0 : HUGE_VAL;
    } else {
      node.kind = Node::Kind::string;
    }
    return node;
  }

  // An anchor on a value that is not built: aliases to it are valid YAML, but add nothing.
  void define(const char* anchor) {
    if (anchor) anchors_.insert_or_assign(anchor, Anchored{Node{}, false, 0, 0});
  }

  bool in_key() const {
    return !stack_.empty() &&
           (stack_.back().in_key ||
            (stack_.back().node.kind == Node::Kind::object && stack_.back().want_key));
  }

  // The nesting of a value about to be added, the root being at depth 1.
  int depth() const { return static_cast<int>(stack_.size()) + 1; }

  void fail(Position pos, std::string code, std::string message) {
    if (failed) return;
    failed = true;
    problems.push_back({pos, std::move(message), std::move(code)});
  }

  // A value of `height` levels of lists and maps about to be added; its deepest part, at
  // `deepest`, is reported when it lies past max_nesting. Keys are not measured.
  bool check_depth(Position deepest, int height) {
    if (in_key() || depth() + height <= max_nesting) return true;
    fail(deepest, "yaml.too-deep", nesting_message());
    return false;
  }

  // Where an alias's copy first passes max_nesting: the first value, in written order, at
  // the copy's deepest level (the alias itself when the copy adds no level).
  Position deepest_in(const Node& copy, Position alias_pos) const {
    const int allowed = max_nesting - depth();
    const Node* found = nullptr;
    first_below(copy, 0, allowed, found);
    return found ? found->pos : alias_pos;
  }
  static void first_below(const Node& node, int level, int allowed, const Node*& found) {
    if (found) return;
    if (level > allowed) {
      found = &node;
      return;
    }
    for (const auto& item : node.items) first_below(item, level + 1, allowed, found);
    for (const auto& member : node.members) first_below(member.value, level + 1, allowed, found);
  }

  // A finished value: kept for its aliases, then placed in the list or map that holds it.
  void add(Node node, const char* anchor) {
    if (anchor) {
      if (failed) {
        define(anchor);
      } else {
        Anchored anchored;
        anchored.open = false;
        anchored.values = count_values(node);
        anchored.height = height_of(node);
        anchored.node = node;
        anchors_.insert_or_assign(anchor, std::move(anchored));
      }
    }
    if (stack_.empty()) {
      root_is_map = node.kind == Node::Kind::object;
      root = std::move(node);
      return;
    }
    Frame& parent = stack_.back();
    if (parent.node.kind == Node::Kind::array) {
      if (!failed) parent.node.items.push_back(std::move(node));
      return;
    }
    if (parent.want_key) {
      parent.key = std::move(node.text);  // a list or map as a key has no text
      parent.key_pos = node.pos;
      parent.want_key = false;
      if (!parent.in_key && !failed && seen_before(parent, parent.key))
        problems.push_back({parent.key_pos,
                            trf("key {1} appears twice in the front matter", {quote(parent.key)}),
                            "yaml.duplicate-key"});
      return;
    }
    parent.want_key = true;
    if (failed) return;
    parent.node.members.push_back({std::move(parent.key), parent.key_pos, std::move(node)});
  }

  // Whether a map already has `key`: searched while the map is small, hashed once it has many
  // keys, so that a front matter of many keys takes linear time.
  static bool seen_before(Frame& map, const std::string& key) {
    if (map.keys.empty()) {
      if (map.node.members.size() < 8) return map.node.find(key) != nullptr;
      for (const auto& member : map.node.members) map.keys.insert(member.key);
    }
    return !map.keys.insert(key).second;
  }

  // The levels below a value: 0 for a scalar or an empty list, 1 for a list of scalars.
  static int height_of(const Node& node) {
    int height = 0;
    for (const auto& item : node.items) height = std::max(height, 1 + height_of(item));
    for (const auto& member : node.members) height = std::max(height, 1 + height_of(member.value));
    return height;
  }

  std::vector<Frame> stack_;
  std::size_t uncounted_ = 0;  // lists and maps open past the first problem, not built
  std::unordered_map<std::string, Anchored> anchors_;
  std::size_t alias_values_ = 0;
};

// The "{" and "[" from `from` on that are not closed further on (quotes skipped), in order.
std::vector<std::size_t> unclosed_brackets(std::string_view yaml, std::size_t from) {
  std::vector<std::size_t> opened;
  char in_quote = 0;
  for (std::size_t i = from; i < yaml.size(); ++i) {
    const char c = yaml[i];
    if (in_quote) {
      if (c == '\\' && in_quote == '"')
        ++i;
      else if (c == in_quote)
        in_quote = 0;
    } else if (c == '"' || c == '\'') {
      in_quote = c;
    } else if (c == '{' || c == '[') {
      opened.push_back(i);
    } else if ((c == '}' || c == ']') && !opened.empty()) {
      opened.pop_back();
    }
  }
  return opened;
}

// Line `index` (from 0) of `text`.
std::string_view line_of(std::string_view text, int index) {
  std::size_t start = 0;
  for (int i = 0; i < index && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > text.size()) return {};
  const auto end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

bool only_space_from(std::string_view yaml, std::size_t offset) {
  return offset >= yaml.size() ||
         yaml.find_first_not_of(" \t\r\n", offset) == std::string_view::npos;
}

std::string hex_code(int value) {
  std::string digits;
  for (unsigned v = static_cast<unsigned>(value); digits.size() < 4 || v; v >>= 4)
    digits.insert(digits.begin(), "0123456789ABCDEF"[v & 0xF]);
  return "U+" + digits;
}

// libyaml's account of a syntax error, in the words of oitgen's other messages: where, what
// libyaml found, and what it was reading; an unclosed "{" or "[" is pointed at, since libyaml
// notices it only where the text ends.
NodeBuilder::Problem syntax_problem(const yaml_parser_t& parser, std::string_view yaml,
                                    Positions& positions) {
  const std::string problem = parser.problem ? parser.problem : tr("the text cannot be read");
  if (parser.error == YAML_READER_ERROR) {
    std::string message = trf("invalid YAML in the front matter: {1}", {problem});
    if (parser.problem_value >= 0) message += " (" + hex_code(parser.problem_value) + ")";
    return {positions.at(parser.problem_offset), message, "yaml.syntax"};
  }
  if (parser.error != YAML_SCANNER_ERROR && parser.error != YAML_PARSER_ERROR)
    return {Position{1, 1}, tr("the front matter is too large to read"), "yaml.too-large"};
  const std::string context = parser.context ? parser.context : "";
  // A bracket left open: libyaml notices it at the next key, or where the text ends.
  std::optional<std::size_t> bracket;
  if ((context == "while parsing a flow mapping" || context == "while parsing a flow sequence") &&
      problem.starts_with("did not find expected ','")) {
    const std::size_t at = positions.offset_of(parser.context_mark.index);
    const auto open = unclosed_brackets(yaml, at);
    if (!open.empty() && open.front() == at) bracket = at;
  }
  if (!bracket && only_space_from(yaml, positions.offset_of(parser.problem_mark.index))) {
    const auto open = unclosed_brackets(yaml, 0);
    if (!open.empty()) bracket = open.back();
  }
  if (bracket)
    return {positions.at(*bracket),
            yaml[*bracket] == '{'
                ? tr("invalid YAML in the front matter: the \"{\" opened here is not closed with "
                     "\"}\"")
                : tr("invalid YAML in the front matter: the \"[\" opened here is not closed with "
                     "\"]\""),
            "yaml.unclosed-bracket"};
  // A colon inside an unquoted value is the most common mistake in a title; the fix is the
  // line itself, quoted.
  const Position at = positions.at(parser.problem_mark);
  if (const auto quoted =
          quoted_yaml_line(line_of(yaml, static_cast<int>(parser.problem_mark.line))))
    return {at,
            trf("a value that holds \": \" must be written in quotes, or YAML reads a second key "
                "in it; write: {1}",
                {*quoted}),
            "yaml.colon-in-value", *quoted};
  std::string message = trf("invalid YAML in the front matter: {1}", {problem});
  if (!context.empty()) {
    const Position from = positions.at(parser.context_mark);
    message += trf(" ({1} that starts at line {2}, column {3})",
                   {context, std::to_string(from.line), std::to_string(from.column)});
  }
  return {positions.at(parser.problem_mark), message, "yaml.syntax"};
}

// libyaml's parser and its events, released however the parse ends.
class YamlParser {
 public:
  explicit YamlParser(std::string_view yaml) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(yaml.data()),
                                 yaml.size());
  }
  ~YamlParser() {
    if (has_event_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  YamlParser(const YamlParser&) = delete;
  YamlParser& operator=(const YamlParser&) = delete;

  // The next event, or nullptr at a syntax error.
  const yaml_event_t* next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = yaml_parser_parse(&parser_, &event_) != 0;
    return has_event_ ? &event_ : nullptr;
  }
  const yaml_parser_t& state() const { return parser_; }

 private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
  bool has_event_ = false;
};

const char* anchor_of(const yaml_char_t* anchor) {
  return reinterpret_cast<const char*>(anchor);
}

// Runs the parser over the first YAML document; a syntax error, its own or the builder's, is
// returned.
std::optional<NodeBuilder::Problem> parse(std::string_view yaml, Positions& positions,
                                          NodeBuilder& builder) {
  YamlParser parser(yaml);
  while (true) {
    const yaml_event_t* event = parser.next();
    if (!event) return syntax_problem(parser.state(), yaml, positions);
    switch (event->type) {
      case YAML_SCALAR_EVENT: {
        const auto& s = event->data.scalar;
        builder.scalar(positions.at(event->start_mark), anchor_of(s.anchor),
                       std::string(reinterpret_cast<const char*>(s.value), s.length),
                       !s.tag && s.style == YAML_PLAIN_SCALAR_STYLE);
        break;
      }
      case YAML_ALIAS_EVENT:
        builder.alias(positions.at(event->start_mark), anchor_of(event->data.alias.anchor));
        break;
      case YAML_SEQUENCE_START_EVENT:
        builder.open(positions.at(event->start_mark), Node::Kind::array,
                     anchor_of(event->data.sequence_start.anchor));
        if (builder.too_deep()) return std::nullopt;
        break;
      case YAML_MAPPING_START_EVENT:
        builder.open(positions.at(event->start_mark), Node::Kind::object,
                     anchor_of(event->data.mapping_start.anchor));
        if (builder.too_deep()) return std::nullopt;
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        builder.close();
        break;
      case YAML_DOCUMENT_END_EVENT:  // front matter is one document; what follows is not read
      case YAML_STREAM_END_EVENT:
        return std::nullopt;
      default:
        break;
    }
    if (builder.syntax_error) return builder.syntax_error;
  }
}

// The body must stay inside the bounds that keep cmark-gfm fast (markdown/limits.h).
bool body_within_limits(std::string_view text, std::size_t body_start, const std::string& file,
                        Diagnostics& diags) {
  const auto problem = markdown_problem(text.substr(body_start));
  if (!problem) return true;
  diags.error(file, position_at(text, body_start + problem->offset), "markdown.too-large",
              problem->message);
  return false;
}

}  // namespace

std::optional<MarkdownFile> read_markdown(std::string_view text, const std::string& file,
                                          Diagnostics& diags) {
  text = strip_bom(text);
  if (const auto bad = find_invalid_utf8(text)) {
    diags.error(file, position_at(text, *bad), "file.not-utf8", not_utf8_message(text, *bad));
    return std::nullopt;
  }
  MarkdownFile out;
  const auto first_end = text.find('\n');
  if (!is_fence(text.substr(0, first_end))) {
    out.body = std::string(text);
    if (!body_within_limits(text, 0, file, diags)) return std::nullopt;
    return out;
  }
  // Find the closing fence.
  std::size_t start = first_end == std::string_view::npos ? text.size() : first_end + 1;
  std::size_t line_start = start;
  std::optional<std::size_t> close;
  while (line_start < text.size()) {
    const auto line_end = text.find('\n', line_start);
    const auto line =
        text.substr(line_start, line_end == std::string_view::npos ? std::string_view::npos
                                                                   : line_end - line_start);
    if (is_fence(line)) {
      close = line_start;
      break;
    }
    if (line_end == std::string_view::npos) break;
    line_start = line_end + 1;
  }
  if (!close) {
    diags.error(file, {1, 1}, "yaml.unclosed-front-matter",
                tr("the front matter starts with \"---\" but has no closing \"---\" line"));
    return std::nullopt;
  }
  const std::string_view yaml_text = text.substr(start, *close - start);
  const auto after = text.find('\n', *close);
  out.body = after == std::string_view::npos ? "" : std::string(text.substr(after + 1));
  if (after != std::string_view::npos && !body_within_limits(text, after + 1, file, diags))
    return std::nullopt;
  out.has_front_matter = true;
  Positions positions(yaml_text);
  NodeBuilder builder;
  if (auto error = parse(yaml_text, positions, builder)) {
    diags.error(file, error->pos, std::move(error->code), std::move(error->message),
                std::move(error->suggestion));
    return std::nullopt;
  }
  if (builder.too_deep()) {
    for (auto& problem : builder.problems)
      diags.error(file, problem.pos, std::move(problem.code), std::move(problem.message));
    return std::nullopt;
  }
  if (!builder.root || builder.root->kind == Node::Kind::null) {
    out.front_matter.kind = Node::Kind::object;
    out.front_matter.pos = {1, 1};
    return out;
  }
  if (!builder.root_is_map) {
    diags.error(file, builder.root->pos, "yaml.not-a-map",
                tr("the front matter must be a list of \"key: value\" lines"));
    return std::nullopt;
  }
  for (auto& problem : builder.problems)
    diags.error(file, problem.pos, std::move(problem.code), std::move(problem.message));
  if (builder.failed) return std::nullopt;
  out.front_matter = std::move(*builder.root);
  return out;
}

}  // namespace oitgen
