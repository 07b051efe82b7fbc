#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>
#include <vector>

#include "markdown/limits.h"
#include "util/text.h"

namespace oitgen {

namespace {

constexpr const char* extension_names[] = {"table", "strikethrough", "autolink"};

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

// cmark-gfm's safe mode drops raw HTML, which would silently lose what a clerk typed (an
// "<ของขวัญ>" in a sentence, say). Turning each raw HTML node into a text node keeps the words
// and lets the renderer escape them.
void raw_html_to_text(cmark_node* document) {
  std::vector<cmark_node*> raw;
  cmark_iter* iter = cmark_iter_new(document);
  for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iter)) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    const auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK) raw.push_back(node);
  }
  cmark_iter_free(iter);
  for (cmark_node* node : raw) {
    std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
      while (!literal.empty() && literal.back() == '\n') literal.pop_back();
      cmark_node_set_literal(text, literal.c_str());
      cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node_append_child(paragraph, text);
      cmark_node_replace(node, paragraph);
    } else {
      cmark_node_set_literal(text, literal.c_str());
      cmark_node_replace(node, text);
    }
    cmark_node_free(node);
  }
}

}  // namespace

namespace {

// Parses and renders with cmark-gfm, one thread at a time (see below).
template <typename Render>
std::string with_cmark(std::string_view markdown, Render render) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  // cmark-gfm keeps the characters that start an extension's inlines in one global table:
  // attaching the autolink extension adds ':' and 'w' to it, and freeing any parser removes
  // them, so a parser freed on one thread makes another thread's parse miss its autolinks.
  // Pages render on several threads; cmark-gfm runs on one at a time.
  static std::mutex cmark;
  const std::lock_guard one_at_a_time(cmark);
  const int options = CMARK_OPT_DEFAULT;  // safe: no raw HTML, no unsafe link schemes
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
  for (const char* name : extension_names)
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), extension);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  raw_html_to_text(document.get());
  char* out = render(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string text(out);
  free(out);  // NOLINT(cppcoreguidelines-no-malloc): cmark allocates with malloc
  return text;
}

}  // namespace

std::string markdown_text(std::string_view markdown) {
  if (markdown_problem(markdown)) return std::string(markdown);
  return with_cmark(markdown, [](cmark_node* document, int options, cmark_llist*) {
    // Lines that the author wrapped join with a space, as Thai separates phrases.
    return cmark_render_plaintext(document, options | CMARK_OPT_NOBREAKS, 0);
  });
}

std::string render_markdown(std::string_view markdown) {
  // Loaders report text past the limits as an error; text that reaches here unchecked never
  // goes to cmark-gfm, which is slow on it. It is shown as one escaped paragraph rather than cut
  // short: nothing the author wrote is lost, and escaping takes time linear in its length.
  if (markdown_problem(markdown)) return "<p>" + xml_escape(markdown) + "</p>\n";
  return with_cmark(markdown, [](cmark_node* document, int options, cmark_llist* extensions) {
    return cmark_render_html(document, options, extensions);
  });
}

const std::string& MarkdownRenderer::render(const std::string& markdown) {
  {
    const std::lock_guard hold(lock_);
    if (const auto found = html_.find(markdown); found != html_.end()) return found->second;
  }
  // Rendered without the lock; a body two threads render at once is kept as the first made it.
  std::string html = render_markdown(markdown);
  const std::lock_guard hold(lock_);
  return html_.emplace(markdown, std::move(html)).first->second;
}

}  // namespace oitgen
