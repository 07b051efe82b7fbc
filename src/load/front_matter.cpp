#include "load/front_matter.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "load/clerk_advice.h"
#include "markdown/limits.h"
#include "model/money.h"
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

// YAML plain scalars carry no type in yaml-cpp; give them the type a YAML 1.2 reader would,
// so that "number: twelve" and "number: 12" are told apart. Quoted scalars stay strings.
Node scalar(const std::string& value, const std::string& tag, Position pos) {
  Node node;
  node.pos = pos;
  node.text = value;
  if (tag != "?") {
    node.kind = Node::Kind::string;
    return node;
  }
  const std::string& t = node.text;
  if (t == "null" || t == "Null" || t == "NULL" || t == "~" || t.empty()) {
    node.kind = Node::Kind::null;
  } else if (t == "true" || t == "True" || t == "TRUE" || t == "false" || t == "False" ||
             t == "FALSE") {
    node.kind = Node::Kind::boolean;
    node.boolean = t[0] == 't' || t[0] == 'T';
  } else if (is_number(t)) {
    node.kind = Node::Kind::number;
    // from_chars, not stod: 1e400 must not throw; the caller reports it as out of range. A
    // number too small to hold (1e-400) is 0.
    const char* first = t.data() + (t[0] == '+' ? 1 : 0);
    const auto result = std::from_chars(first, t.data() + t.size(), node.number);
    if (result.ec == std::errc::result_out_of_range)
      node.number =
          t.find("e-") != std::string::npos || t.find("E-") != std::string::npos ? 0.0 : HUGE_VAL;
  } else {
    node.kind = Node::Kind::string;
  }
  return node;
}

// Where a yaml-cpp mark is in the Markdown file. yaml-cpp counts columns in bytes; editors
// count characters, so the column is counted from the line's start. The line starts are found
// once, so that a position costs a search, not a scan of the text before it.
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
      if ((static_cast<unsigned char>(yaml_[i]) & 0xC0) != 0x80) ++pos.column;
    pos.line += 1;  // the YAML text starts on the file's second line
    return pos;
  }

  Position at(const YAML::Mark& mark) const {
    return at(mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos));
  }

 private:
  std::string_view yaml_;
  std::vector<std::size_t> line_starts_;
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

// Builds Nodes with positions straight from yaml-cpp's parser events, without yaml-cpp's own
// node graph: front matter is parsed once. Problems found on the way (too deep, a number out
// of range, a key written twice) wait until the parser has accepted the whole text, since a
// syntax error is reported alone; after the first problem that makes the file unusable,
// nothing more is noted.
class NodeBuilder : public YAML::EventHandler {
 public:
  explicit NodeBuilder(const Positions& positions) : positions_(positions) {}

  struct Problem {
    Position pos;
    std::string message;
  };

  std::optional<Node> root;
  bool root_is_map = false;
  std::vector<Problem> problems;  // in the order found
  bool failed = false;            // the front matter cannot be used

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node node;
    node.pos = positions_.at(mark);
    if (!check_depth(node.pos, 0)) return;
    add(std::move(node), anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const Position pos = positions_.at(mark);
    if (!check_depth(pos, 0)) return;
    Node node = scalar(value, tag, pos);
    if (!in_key() && node.kind == Node::Kind::number && !std::isfinite(node.number))
      fail(pos, "the number " + node.text +
                    " is out of range; numbers in the front matter are amounts, years and "
                    "counts, written in plain digits (amounts at most " +
                    max_money_text() + " baht)");
    add(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Position pos = positions_.at(mark);
    const auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      // Its anchor is a list or map still open: the value would hold itself.
      if (!check_depth(pos, 0)) return;
      fail(pos, "this alias names a list or map that holds it; a value cannot hold itself");
      add(Node{}, YAML::NullAnchor);
      return;
    }
    const Anchored& anchored = found->second;
    if (!check_depth(deepest_in(anchored.node, pos), anchored.height)) return;
    alias_values_ += anchored.values;
    if (alias_values_ > max_alias_values)
      fail(pos, "aliases (\"*name\") expand this front matter to more than " +
                    std::to_string(max_alias_values) + " values; write the values out");
    if (failed) {
      add(Node{}, YAML::NullAnchor);
      return;
    }
    add(anchored.node, YAML::NullAnchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, Node::Kind::array, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, Node::Kind::object, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node node;
    YAML::anchor_t anchor = YAML::NullAnchor;
    bool in_key = false;   // this list or map is (inside) a map's key
    bool want_key = true;  // for maps: the next value is a key
    std::string key;       // for maps: the key whose value comes next
    Position key_pos;
    std::unordered_set<std::string> keys;  // for maps with many keys: see seen_before
  };
  struct Anchored {
    Node node;
    int height = 0;          // levels below it (height_of)
    std::size_t values = 0;  // values in it, itself included
  };

  bool in_key() const {
    return !stack_.empty() &&
           (stack_.back().in_key ||
            (stack_.back().node.kind == Node::Kind::object && stack_.back().want_key));
  }

  // The nesting of a value about to be added, the root being at depth 1.
  int depth() const { return static_cast<int>(stack_.size()) + 1; }

  void fail(Position pos, std::string message) {
    if (failed) return;
    failed = true;
    problems.push_back({pos, std::move(message)});
  }

  // A value of `height` levels of lists and maps about to be added; its deepest part, at
  // `deepest`, is reported when it lies past max_nesting. Keys are not measured.
  bool check_depth(Position deepest, int height) {
    if (in_key() || depth() + height <= max_nesting) return true;
    fail(deepest, "lists and maps are nested more than " + std::to_string(max_nesting) +
                      " levels deep here; front matter needs only a few levels");
    add(Node{}, YAML::NullAnchor);
    return false;
  }

  // Where an alias's copy first passes max_nesting: the first value, in written order, at
  // the copy's deepest level (the alias itself when the copy adds no level).
  Position deepest_in(const Node& copy, Position alias) const {
    const int allowed = max_nesting - depth();
    const Node* found = nullptr;
    first_below(copy, 0, allowed, found);
    return found ? found->pos : alias;
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

  void open(const YAML::Mark& mark, Node::Kind kind, YAML::anchor_t anchor) {
    const Position pos = positions_.at(mark);
    const bool key = in_key();
    if (!key && depth() > max_nesting) {
      fail(pos, "lists and maps are nested more than " + std::to_string(max_nesting) +
                    " levels deep here; front matter needs only a few levels");
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.pos = pos;
    frame.anchor = anchor;
    frame.in_key = key;
    stack_.push_back(std::move(frame));
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(frame.node), frame.anchor);
  }

  // A finished value: kept for its aliases, then placed in the list or map that holds it.
  void add(Node node, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor && !failed) {
      Anchored anchored;
      anchored.values = count_values(node);
      anchored.height = height_of(node);
      anchored.node = node;
      anchors_.insert_or_assign(anchor, std::move(anchored));
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
      parent.key = std::move(node.text);  // a list or map as a key has no text, as yaml-cpp says
      parent.key_pos = node.pos;
      parent.want_key = false;
      if (!parent.in_key && !failed && seen_before(parent, parent.key))
        problems.push_back(
            {parent.key_pos, "key " + quote(parent.key) + " appears twice in the front matter"});
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

  const Positions& positions_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  std::size_t alias_values_ = 0;
};

// yaml-cpp notices an unclosed "{" or "[" only where the text ends; point at the bracket.
Position error_position(const YAML::Exception& e, std::string_view yaml,
                        const Positions& positions) {
  const bool map = e.msg.find("end of map flow not found") != std::string::npos;
  const bool sequence = e.msg.find("end of sequence flow not found") != std::string::npos;
  if (!map && !sequence) return positions.at(e.mark);
  const char open = map ? '{' : '[';
  const char close = map ? '}' : ']';
  std::vector<std::size_t> opened;
  char in_quote = 0;
  for (std::size_t i = 0; i < yaml.size(); ++i) {
    const char c = yaml[i];
    if (in_quote) {
      if (c == in_quote) in_quote = 0;
    } else if (c == '"' || c == '\'') {
      in_quote = c;
    } else if (c == open) {
      opened.push_back(i);
    } else if (c == close && !opened.empty()) {
      opened.pop_back();
    }
  }
  if (opened.empty()) return positions.at(e.mark);
  return positions.at(opened.back());
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

std::string error_message(const YAML::Exception& e) {
  if (e.msg.find("end of map flow not found") != std::string::npos)
    return "the \"{\" opened here is not closed with \"}\"";
  if (e.msg.find("end of sequence flow not found") != std::string::npos)
    return "the \"[\" opened here is not closed with \"]\"";
  // yaml-cpp may quote one byte of a multi-byte character ("unknown escape character: ");
  // the message goes to a terminal, so it ends before the broken character.
  const auto bad = find_invalid_utf8(e.msg);
  return bad ? e.msg.substr(0, *bad) : e.msg;
}

// The body must stay inside the bounds that keep cmark-gfm fast (markdown/limits.h).
bool body_within_limits(std::string_view text, std::size_t body_start, const std::string& file,
                        Diagnostics& diags) {
  const auto problem = markdown_problem(text.substr(body_start));
  if (!problem) return true;
  diags.error(file, position_at(text, body_start + problem->offset), problem->message);
  return false;
}

}  // namespace

std::optional<MarkdownFile> read_markdown(std::string_view text, const std::string& file,
                                          Diagnostics& diags) {
  text = strip_bom(text);
  if (const auto bad = find_invalid_utf8(text)) {
    diags.error(file, position_at(text, *bad), not_utf8_message(text, *bad));
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
    diags.error(file, {1, 1},
                "the front matter starts with \"---\" but has no closing \"---\" line");
    return std::nullopt;
  }
  const std::string yaml_text(text.substr(start, *close - start));
  const auto after = text.find('\n', *close);
  out.body = after == std::string_view::npos ? "" : std::string(text.substr(after + 1));
  if (after != std::string_view::npos && !body_within_limits(text, after + 1, file, diags))
    return std::nullopt;
  out.has_front_matter = true;
  const Positions positions(yaml_text);
  NodeBuilder builder(positions);
  try {
    std::istringstream in(yaml_text);
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
  } catch (const YAML::DeepRecursion& e) {
    diags.error(file, positions.at(e.mark),
                "lists and maps are nested more than " + std::to_string(max_nesting) +
                    " levels deep here; front matter needs only a few levels");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    // A colon inside an unquoted value is the most common mistake in a title; the fix is the
    // line itself, quoted.
    if (const auto quoted = quoted_yaml_line(line_of(yaml_text, e.mark.line))) {
      diags.error(file, positions.at(e.mark),
                  "a value that holds \": \" must be written in quotes, or YAML reads a second "
                  "key in it; write: " +
                      *quoted);
      return std::nullopt;
    }
    diags.error(file, error_position(e, yaml_text, positions),
                "invalid YAML in the front matter: " + error_message(e));
    return std::nullopt;
  }
  if (!builder.root || builder.root->kind == Node::Kind::null) {
    out.front_matter.kind = Node::Kind::object;
    out.front_matter.pos = {1, 1};
    return out;
  }
  if (!builder.root_is_map) {
    diags.error(file, builder.root->pos, "the front matter must be a list of \"key: value\" lines");
    return std::nullopt;
  }
  for (auto& problem : builder.problems) diags.error(file, problem.pos, std::move(problem.message));
  if (builder.failed) return std::nullopt;
  out.front_matter = std::move(*builder.root);
  return out;
}

}  // namespace oitgen
