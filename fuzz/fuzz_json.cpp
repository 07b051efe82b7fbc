// read_json, then every loader a JSON file of a site goes through: site.json, a plan, a report,
// an ITA year, the OIT links and a framework file.
//
// Properties: nothing throws; every message is well formed (fuzz_check.h); a file read without
// any error is valid JSON to nlohmann/json and gives the same tree (kinds, keys in order,
// strings, numbers); positions point inside the text; a loader that returns nothing said why.

#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "fuzz_check.h"
#include "load/framework_loader.h"
#include "load/json_reader.h"
#include "load/loaders.h"

namespace {

using oitgen::Diagnostics;
using oitgen::Node;
using ordered = nlohmann::ordered_json;

// Compares without recursion: the inputs nest as deep as the fuzzer likes.
void check_same_tree(const Node& root, const ordered& expected, std::string_view text) {
  std::vector<std::pair<const Node*, const ordered*>> stack = {{&root, &expected}};
  while (!stack.empty()) {
    const auto [node, value] = stack.back();
    stack.pop_back();
    fuzz::check(node->pos.line >= 1 && node->pos.column >= 1, "a value without a position");
    fuzz::check(static_cast<std::size_t>(node->pos.line) <= text.size() + 1,
                "a value's line is past the end of the file");
    switch (node->kind) {
      case Node::Kind::null:
        fuzz::check(value->is_null(), "null read as something else");
        break;
      case Node::Kind::boolean:
        fuzz::check(value->is_boolean() && value->get<bool>() == node->boolean,
                    "a boolean read wrong");
        break;
      case Node::Kind::number:
        fuzz::check(value->is_number(), "a number read as something else", node->text);
        fuzz::check(!node->text.empty(), "a number without its literal");
        if (value->is_number_float())
          fuzz::check(value->get<double>() == node->number, "a number read wrong", node->text);
        break;
      case Node::Kind::string:
        fuzz::check(value->is_string() && value->get<std::string>() == node->text,
                    "a string read wrong", node->text);
        fuzz::check(fuzz::valid_utf8(node->text), "a string is not UTF-8");
        break;
      case Node::Kind::array:
        fuzz::check(value->is_array() && value->size() == node->items.size(), "a list read wrong");
        for (std::size_t i = 0; i < node->items.size(); ++i)
          stack.emplace_back(&node->items[i], &(*value)[i]);
        break;
      case Node::Kind::object: {
        fuzz::check(value->is_object() && value->size() == node->members.size(),
                    "an object read wrong");
        std::size_t i = 0;
        for (auto it = value->begin(); it != value->end(); ++it, ++i) {
          const auto& member = node->members[i];
          fuzz::check(member.key == it.key(), "keys read wrong or out of order", member.key);
          fuzz::check(member.key_pos.line >= 1 && member.key_pos.column >= 1,
                      "a key without a position");
          stack.emplace_back(&member.value, &it.value());
        }
        break;
      }
    }
  }
}

// Runs one loader with its own messages and checks what every loader promises.
template <typename Load>
void run_loader(const Node& root, const std::string& file, Load load) {
  Diagnostics diags;
  oitgen::Reader reader(file, diags);
  const bool loaded = load(root, reader);
  fuzz::check_diagnostics(diags, file);
  fuzz::check(loaded || diags.error_count() > 0, "a loader returned nothing without an error",
              file);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);

  // Frameworks read their own files from the text.
  {
    Diagnostics diags;
    const auto framework = oitgen::parse_framework(text, "content/frameworks/x.json", diags);
    fuzz::check_diagnostics(diags, "content/frameworks/x.json");
    fuzz::check(framework || diags.error_count() > 0, "parse_framework gave nothing, no error");
  }

  const std::string file = "content/x.json";
  Diagnostics diags;
  const auto root = oitgen::read_json(text, file, diags);
  fuzz::check_diagnostics(diags, file);
  fuzz::check(root || diags.error_count() > 0, "read_json gave nothing without an error");
  if (!root) return 0;

  if (diags.error_count() == 0) {
    std::string_view json = text;
    if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
    const ordered expected = ordered::parse(json, nullptr, /*allow_exceptions=*/false);
    fuzz::check(!expected.is_discarded(), "read_json accepted what is not JSON");
    check_same_tree(*root, expected, json);
  }

  run_loader(*root, "content/site.json", [](const Node& node, oitgen::Reader& reader) {
    const auto config = oitgen::load_site_config(node, reader);
    if (config) {
      fuzz::check(fuzz::valid_utf8(config->organization.name.th), "a name is not UTF-8");
      for (const auto& target : config->publish)
        fuzz::check(fuzz::valid_utf8(target.url), "a URL is not UTF-8");
    }
    return config.has_value();
  });
  run_loader(*root, "content/plans/2566-2570/plan.json",
             [](const Node& node, oitgen::Reader& reader) {
               return oitgen::load_plan(node, "2566-2570", reader).has_value();
             });
  run_loader(*root, "content/plans/2566-2570/reports/2566-6-month.json",
             [](const Node& node, oitgen::Reader& reader) {
               const auto report = oitgen::load_report(node, "2566-6-month", reader);
               if (report)
                 for (const auto& entry : report->entries)
                   fuzz::check(entry.disbursed >= 0, "a negative disbursement was accepted");
               return report.has_value();
             });
  run_loader(*root, "content/ita/2567.json", [](const Node& node, oitgen::Reader& reader) {
    return oitgen::load_ita_year(node, 2567, reader).has_value();
  });
  run_loader(*root, "content/oit/links.json", [](const Node& node, oitgen::Reader& reader) {
    static_cast<void>(oitgen::load_oit_links_file(node, reader));
    return true;  // a list: empty is a valid answer
  });
  return 0;
}
