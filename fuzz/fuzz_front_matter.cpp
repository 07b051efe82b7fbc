// read_markdown (YAML front matter between "---" lines), then the loaders of the Markdown files
// of a site: a project, the notice, a page, a news item, and their English translations.
//
// Properties: nothing throws; every message is well formed (fuzz_check.h); a file that has front
// matter has an object there; the body is the end of the file as written; every string read is
// UTF-8; a loader that returns nothing said why.

#include <utility>
#include <vector>

#include "fuzz_check.h"
#include "load/front_matter.h"
#include "load/loaders.h"

namespace {

using oitgen::Diagnostics;
using oitgen::DocumentKind;
using oitgen::MarkdownFile;
using oitgen::Node;

void check_strings(const Node& root) {
  std::vector<const Node*> stack = {&root};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    fuzz::check(node->pos.line >= 1 && node->pos.column >= 1, "a value without a position");
    fuzz::check(fuzz::valid_utf8(node->text), "a value is not UTF-8");
    for (const auto& item : node->items) stack.push_back(&item);
    for (const auto& member : node->members) {
      fuzz::check(fuzz::valid_utf8(member.key), "a key is not UTF-8");
      stack.push_back(&member.value);
    }
  }
}

template <typename Load>
void run_loader(const std::string& file, Load load) {
  Diagnostics diags;
  oitgen::Reader reader(file, diags);
  const bool loaded = load(reader);
  fuzz::check_diagnostics(diags, file);
  fuzz::check(loaded || diags.error_count() > 0, "a loader returned nothing without an error",
              file);
}

void check_text(const oitgen::Text& text) {
  fuzz::check(fuzz::valid_utf8(text.th) && fuzz::valid_utf8(text.en), "a text is not UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::as_text(data, size);
  const std::string file = "content/pages/x.md";
  Diagnostics diags;
  const auto markdown = oitgen::read_markdown(text, file, diags);
  fuzz::check_diagnostics(diags, file);
  fuzz::check(markdown || diags.error_count() > 0, "read_markdown gave nothing without an error");
  if (!markdown) return 0;

  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  fuzz::check(text.ends_with(markdown->body), "the body is not the end of the file");
  fuzz::check(fuzz::valid_utf8(markdown->body), "the body is not UTF-8");
  if (markdown->has_front_matter) {
    fuzz::check(markdown->front_matter.kind == Node::Kind::object,
                "front matter that is not an object was returned");
    check_strings(markdown->front_matter);
  } else {
    fuzz::check(markdown->body == text, "a file without front matter lost text");
  }

  const MarkdownFile& md = *markdown;
  oitgen::Project project;
  run_loader("content/plans/2566-2570/projects/p1.md", [&](oitgen::Reader& reader) {
    auto loaded = oitgen::load_project(md, "p1", reader);
    if (loaded) {
      check_text(loaded->title);
      check_text(loaded->body);
      for (const auto& [year, amount] : loaded->budget)
        fuzz::check(!amount || *amount >= 0, "a negative budget was accepted");
      project = std::move(*loaded);
    }
    return project.id == "p1";
  });
  run_loader("content/plans/2566-2570/projects/p1.en.md", [&](oitgen::Reader& reader) {
    oitgen::load_project_translation(md, project, reader);
    check_text(project.title);
    return true;
  });

  const std::pair<DocumentKind, const char*> kinds[] = {
      {DocumentKind::notice, "content/notices/no-gift-policy"},
      {DocumentKind::page, "content/pages/about"},
      {DocumentKind::news, "content/news/2024-02-16-news"}};
  for (const auto& [kind_of_file, base] : kinds) {
    const DocumentKind kind = kind_of_file;  // lambdas cannot capture a structured binding in C++20
    oitgen::Document document;
    run_loader(std::string(base) + ".md", [&](oitgen::Reader& reader) {
      auto loaded = oitgen::load_document(md, kind, "x", reader);
      if (loaded) {
        check_text(loaded->title);
        check_text(loaded->summary);
        document = std::move(*loaded);
        return true;
      }
      return false;
    });
    run_loader(std::string(base) + ".en.md", [&](oitgen::Reader& reader) {
      oitgen::load_document_translation(md, kind, document, reader);
      check_text(document.title);
      return true;
    });
  }
  return 0;
}
