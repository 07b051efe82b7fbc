#include "load/front_matter.h"

#include <yaml-cpp/yaml.h>
#include <regex>

#include "util/text.h"

namespace oitgen {

namespace {

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
  static const std::regex number(R"([-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?)");
  const std::string& t = node.text;
  if (t == "null" || t == "Null" || t == "NULL" || t == "~" || t.empty()) {
    node.kind = Node::Kind::null;
  } else if (t == "true" || t == "True" || t == "TRUE" || t == "false" || t == "False" ||
             t == "FALSE") {
    node.kind = Node::Kind::boolean;
    node.boolean = t[0] == 't' || t[0] == 'T';
  } else if (std::regex_match(t, number)) {
    node.kind = Node::Kind::number;
    node.number = std::stod(t);
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

  Node convert(const YAML::Node& yaml) {
    Node node;
    node.pos = at(yaml.Mark());
    switch (yaml.Type()) {
      case YAML::NodeType::Scalar:
        return scalar(yaml, node.pos);
      case YAML::NodeType::Sequence:
        node.kind = Node::Kind::array;
        for (const auto& item : yaml) node.items.push_back(convert(item));
        return node;
      case YAML::NodeType::Map:
        node.kind = Node::Kind::object;
        for (const auto& pair : yaml) {
          const Position key_pos = at(pair.first.Mark());
          const std::string key = pair.first.Scalar();
          if (node.find(key))
            diags_.error(file_, key_pos,
                         "key " + quote(key) + " appears twice in the front matter");
          node.members.push_back({key, key_pos, convert(pair.second)});
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
    return e.msg;
  }

 private:
  std::string_view yaml_;
  const std::string& file_;
  Diagnostics& diags_;
};

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
    } else {
      out.front_matter = converter.convert(yaml);
    }
  } catch (const YAML::Exception& e) {
    diags.error(file, converter.error_position(e),
                "invalid YAML in the front matter: " + YamlConverter::error_message(e));
    return std::nullopt;
  }
  return out;
}

}  // namespace oitgen
