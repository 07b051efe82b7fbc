#include "load/front_matter.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>

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
Node scalar(const YAML::Node& yaml, Position pos) {
  Node node;
  node.pos = pos;
  node.text = yaml.Scalar();
  if (yaml.Tag() != "?") {
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

// Turns yaml-cpp nodes into Nodes with positions in the Markdown file.
class YamlConverter {
 public:
  YamlConverter(std::string_view yaml, const std::string& file, Diagnostics& diags)
      : yaml_(yaml), file_(file), diags_(diags) {}

  // yaml-cpp counts columns in bytes; editors count characters, so the position is taken
  // from the mark's byte offset. The YAML text starts on the file's second line.
  Position at(const YAML::Mark& mark) const {
    Position pos = position_at(yaml_, mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos));
    pos.line += 1;
    return pos;
  }

  // Nothing is returned when the front matter is nested too deeply or holds a number no
  // reader can hold; the error is reported.
  std::optional<Node> convert(const YAML::Node& yaml, int depth = 1) {
    Node node;
    node.pos = at(yaml.Mark());
    if (depth > max_nesting) {
      diags_.error(file_, node.pos,
                   "lists and maps are nested more than " + std::to_string(max_nesting) +
                       " levels deep here; front matter needs only a few levels");
      return std::nullopt;
    }
    switch (yaml.Type()) {
      case YAML::NodeType::Scalar: {
        Node value = scalar(yaml, node.pos);
        if (value.kind == Node::Kind::number && !std::isfinite(value.number)) {
          diags_.error(file_, node.pos,
                       "the number " + value.text +
                           " is out of range; numbers in the front matter are amounts, years "
                           "and counts, written in plain digits (amounts at most " +
                           max_money_text() + " baht)");
          return std::nullopt;
        }
        return value;
      }
      case YAML::NodeType::Sequence:
        node.kind = Node::Kind::array;
        for (const auto& item : yaml) {
          auto converted = convert(item, depth + 1);
          if (!converted) return std::nullopt;
          node.items.push_back(std::move(*converted));
        }
        return node;
      case YAML::NodeType::Map:
        node.kind = Node::Kind::object;
        for (const auto& pair : yaml) {
          const Position key_pos = at(pair.first.Mark());
          const std::string key = pair.first.Scalar();
          if (node.find(key))
            diags_.error(file_, key_pos,
                         "key " + quote(key) + " appears twice in the front matter");
          auto value = convert(pair.second, depth + 1);
          if (!value) return std::nullopt;
          node.members.push_back({key, key_pos, std::move(*value)});
        }
        return node;
      default:
        return node;
    }
  }

  // yaml-cpp notices an unclosed "{" or "[" only where the text ends; point at the bracket.
  Position error_position(const YAML::Exception& e) const {
    const bool map = e.msg.find("end of map flow not found") != std::string::npos;
    const bool sequence = e.msg.find("end of sequence flow not found") != std::string::npos;
    if (!map && !sequence) return at(e.mark);
    const char open = map ? '{' : '[';
    const char close = map ? '}' : ']';
    std::vector<std::size_t> opened;
    char in_quote = 0;
    for (std::size_t i = 0; i < yaml_.size(); ++i) {
      const char c = yaml_[i];
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
    if (opened.empty()) return at(e.mark);
    Position pos = position_at(yaml_, opened.back());
    pos.line += 1;
    return pos;
  }

  static std::string error_message(const YAML::Exception& e) {
    if (e.msg.find("end of map flow not found") != std::string::npos)
      return "the \"{\" opened here is not closed with \"}\"";
    if (e.msg.find("end of sequence flow not found") != std::string::npos)
      return "the \"[\" opened here is not closed with \"]\"";
    // yaml-cpp may quote one byte of a multi-byte character ("unknown escape character: ");
    // the message goes to a terminal, so it ends before the broken character.
    const auto bad = find_invalid_utf8(e.msg);
    return bad ? e.msg.substr(0, *bad) : e.msg;
  }

 private:
  std::string_view yaml_;
  const std::string& file_;
  Diagnostics& diags_;
};

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
  YamlConverter converter(yaml_text, file, diags);
  try {
    const YAML::Node yaml = YAML::Load(yaml_text);
    if (yaml.IsNull()) {
      out.front_matter.kind = Node::Kind::object;
      out.front_matter.pos = {1, 1};
    } else if (!yaml.IsMap()) {
      diags.error(file, converter.at(yaml.Mark()),
                  "the front matter must be a list of \"key: value\" lines");
      return std::nullopt;
    } else if (auto converted = converter.convert(yaml)) {
      out.front_matter = std::move(*converted);
    } else {
      return std::nullopt;
    }
  } catch (const YAML::DeepRecursion& e) {
    diags.error(file, converter.at(e.mark),
                "lists and maps are nested more than " + std::to_string(max_nesting) +
                    " levels deep here; front matter needs only a few levels");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    diags.error(file, converter.error_position(e),
                "invalid YAML in the front matter: " + YamlConverter::error_message(e));
    return std::nullopt;
  }
  return out;
}

}  // namespace oitgen
