#include "render/theme.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "util/embedded.h"
#include "util/i18n.h"
#include "util/safe_fs.h"
#include "util/text.h"

namespace oitgen {

namespace fs = std::filesystem;
namespace mustache = kainjow::mustache;

namespace {

constexpr std::string_view template_prefix = "templates/";
constexpr std::string_view partial_prefix = "templates/partials/";
constexpr std::string_view template_suffix = ".mustache";
// A template with its partials in place stays within this; past it (partials that each use
// another twice, many levels deep) the partials are left to the engine.
constexpr std::size_t expanded_limit = 1024 * 1024;

void fill(TemplateData& out, const nlohmann::json& value);

TemplateData text_data(std::string_view value) {
  // Every text of every page passes here, escaped or not (Markdown's HTML, SVG charts):
  // the one place where control characters, which HTML cannot show, are dropped.
  std::string text = strip_controls(value);
  // Mustache counts an empty string as a value, so that {{#phone}}โทรศัพท์ {{phone}}{{/phone}}
  // would show the label alone; a text with nothing to read is no value.
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return TemplateData{false};
  TemplateData out{TemplateData::type::string};
  // The engine's data copies what it is given; the text is moved into its own string instead.
  const_cast<std::string&>(out.string_value()) = std::move(text);
  return out;
}

// Built in place: kainjow's set() and push_back() copy a whole subtree, so a tree built from
// the leaves up would be copied once per level.
void fill(TemplateData& out, const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      out = TemplateData{TemplateData::type::object};
      for (const auto& [key, item] : value.items()) {
        out.set(key, TemplateData{false});
        fill(const_cast<TemplateData&>(*out.get(key)), item);
      }
      return;
    }
    case nlohmann::json::value_t::array: {
      out = TemplateData{TemplateData::type::list};
      // Reserved: the data's move is not noexcept, so a growing vector would copy its items.
      auto& items = const_cast<mustache::list&>(out.list_value());
      items.reserve(value.size());
      for (const auto& item : value) {
        items.emplace_back(false);
        fill(items.back(), item);
      }
      return;
    }
    case nlohmann::json::value_t::string:
      out = text_data(value.get_ref<const std::string&>());
      return;
    case nlohmann::json::value_t::boolean:
      out = TemplateData{value.get<bool>()};
      return;
    case nlohmann::json::value_t::null:
      out = TemplateData{false};
      return;
    default:
      out = TemplateData{value.dump()};
      return;
  }
}

// kainjow's lookups over one object made of layers (the page's values, then the layout's, then
// those shared by every page of a language), so that the shared ones are converted once.
// Names resolve as kainjow's own context resolves them over one merged object; a partial tag
// names a partial of the theme, never a value.
class LayeredContext : public mustache::basic_context<std::string> {
 public:
  LayeredContext(std::initializer_list<const TemplateData*> layers,
                 const std::map<std::string, TemplateData, std::less<>>& partials)
      : layers_(layers), partials_(partials) {}

  void push(const TemplateData* data) override { stack_.push_back(data); }
  void pop() override { stack_.pop_back(); }

  const TemplateData* get(const std::string& name) const override {
    if (name == ".") return stack_.empty() ? layers_.front() : stack_.back();
    const auto dot = name.find('.');
    if (dot == std::string::npos) {
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
        if (const TemplateData* found = (*it)->get(name)) return found;
      for (const TemplateData* layer : layers_)
        if (const TemplateData* found = layer->get(name)) return found;
      return nullptr;
    }
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (const TemplateData* found = walk(*it, name, 0)) return found;
    // The merged object's first name is the first layer's that has it.
    const std::string first = name.substr(0, dot);
    for (const TemplateData* layer : layers_)
      if (const TemplateData* found = layer->get(first)) return walk(found, name, dot + 1);
    return nullptr;
  }

  const TemplateData* get_partial(const std::string& name) const override {
    const auto found = partials_.find(name);
    return found == partials_.end() ? nullptr : &found->second;
  }

 private:
  // "a.b.c" from `from` on, split at dots as kainjow splits it (a trailing dot adds nothing).
  static const TemplateData* walk(const TemplateData* data, const std::string& name,
                                  std::size_t from) {
    while (data && from < name.size()) {
      const std::size_t end = std::min(name.find('.', from), name.size());
      data = data->get(name.substr(from, end - from));
      from = end + 1;
    }
    return data;
  }

  std::vector<const TemplateData*> layers_;
  std::vector<const TemplateData*> stack_;  // the sections entered, innermost last
  const std::map<std::string, TemplateData, std::less<>>& partials_;
};

// What kainjow's render writes to: the page, without a string stream's copies.
struct Appender {
  std::string& out;
  Appender& operator<<(const std::string& text) {
    out += text;
    return *this;
  }
};

std::string trimmed(std::string_view text) {
  return mustache::trim(std::string(text));
}

// Two characters that would parse differently side by side than apart: "{{" opens a tag, and
// "\r\n" is one line break where "\r" and "\n" apart are two.
bool joins(char before, char after) {
  return (before == '{' && after == '{') || (before == '\r' && after == '\n');
}

struct Expanded {
  std::string text;
  bool sets_delimiters = false;  // a {{=<% %>=}} tag: kainjow parses each partial anew
  bool too_large = false;
  bool cut = false;  // a partial left where it used itself: the text depends on the way in
};

// Each partial's expansion, made once: a partial used many times (or by partials used many
// times) is not expanded again at each use.
using ExpandedPartials = std::map<std::string, Expanded, std::less<>>;

// kainjow parses a partial's text again at each use (per page, per table row), and offers no
// way to hand it a parsed one. So each {{> partials/x}} whose text renders the same in place
// is put in place of its tag once, before the template is parsed: tags are found as kainjow's
// parser finds them; a partial is left to the engine where it changes the delimiters, uses
// itself (a recursive partial ends by its data), or would join the text around it.
Expanded expand_partials(const std::string& text, const std::map<std::string, std::string>& texts,
                         std::vector<std::string>& using_now, ExpandedPartials& done) {
  Expanded result;
  std::string& out = result.text;
  std::size_t copied = 0;
  for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
    std::size_t contents = at + 2;
    const bool unescaped = at != text.size() - 2 && contents < text.size() && text[contents] == '{';
    if (unescaped) ++contents;
    const std::string_view close = unescaped ? "}}}" : "}}";
    const std::size_t end = text.find(close, contents);
    if (end == std::string::npos) break;  // not valid: the parser reports it
    const std::size_t after = end + close.size();
    const std::string tag = trimmed(std::string_view(text).substr(contents, end - contents));
    if (!tag.empty() && tag[0] == '=') {
      result.sets_delimiters = true;
      break;  // the rest is read with other delimiters: left as it is
    }
    const std::size_t tag_start = at;
    at = after;
    if (unescaped || tag.empty() || tag[0] != '>') continue;
    const std::string name = trimmed(std::string_view(tag).substr(1));
    const auto partial = texts.find(name);
    if (partial == texts.end()) continue;
    if (std::find(using_now.begin(), using_now.end(), name) != using_now.end()) {
      result.cut = true;
      continue;
    }
    auto made = done.find(name);
    Expanded fresh;
    if (made == done.end()) {
      using_now.push_back(name);
      fresh = expand_partials(partial->second, texts, using_now, done);
      using_now.pop_back();
      if (!fresh.cut) made = done.emplace(name, std::move(fresh)).first;
    }
    const Expanded& inner = made != done.end() ? made->second : fresh;
    result.cut = result.cut || inner.cut;
    if (inner.too_large) {
      result.too_large = true;
      return result;
    }
    if (inner.sets_delimiters) continue;
    const std::string& body = inner.text;
    const char before = tag_start > 0 ? text[tag_start - 1] : '\0';
    const char next = after < text.size() ? text[after] : '\0';
    if (body.empty() ? joins(before, next)
                     : joins(before, body.front()) || joins(body.back(), next))
      continue;
    out.append(text, copied, tag_start - copied);
    out += body;
    copied = after;
    if (out.size() > expanded_limit) {
      result.too_large = true;
      return result;
    }
  }
  out.append(text, copied);
  return result;
}

}  // namespace

TemplateData template_data(const nlohmann::json& values) {
  TemplateData out{false};
  fill(out, values);
  return out;
}

TemplateData template_text(std::string_view text) {
  return text_data(text);
}

Theme Theme::load(const fs::path& site_dir, const std::string& name, Diagnostics& diags,
                  const fs::path& themes_dir) {
  Theme theme;
  for (const auto& file : embedded_default_theme())
    theme.files_[std::string(file.name)] = std::string(file.text);
  const bool shared = !themes_dir.empty();
  const fs::path base = shared ? themes_dir : site_dir / "themes";
  const fs::path folder = base / name;
  const std::string theme_file = (shared ? "" : "themes/") + name + "/";
  std::error_code error;
  if (fs::is_directory(folder, error)) {
    // Links inside the theme may point only inside it; each file is bounded in size.
    InputFolder input(folder, theme_file);
    FileWalk walk = input.walk(folder);
    for (const auto& problem : walk.errors)
      diags.error(problem.path.lexically_relative(shared ? themes_dir : site_dir).generic_string(),
                  {}, "file.unreadable", problem.message);
    for (const auto& relative : walk.files) {
      FileRead read = input.read(folder / relative, limits::theme_file);
      if (read) {
        theme.files_[relative] = std::move(read.bytes);
        theme.overridden_[relative] = theme_file + relative;
      } else
        diags.error(theme_file + relative, {}, "file.unreadable", read.error->message);
    }
  } else if (name != "default") {
    if (shared)
      diags.error("content/site.json", {}, "theme.missing",
                  trf("theme \"{1}\" has no folder {2} in the shared theme folder {3}; use "
                      "\"default\" or add the theme",
                      {name, theme_file, themes_dir.generic_string()}));
    else
      diags.error("content/site.json", {}, "theme.missing",
                  trf("theme \"{1}\" has no folder {2} in the site folder; use \"default\" or add "
                      "the theme",
                      {name, theme_file}));
  }
  // Partials share the values' namespace, so their names keep the folder: {{> partials/x}}.
  std::map<std::string, std::string> partial_texts;
  for (const auto& [path, text] : theme.files_)
    if (path.starts_with(partial_prefix) && path.ends_with(template_suffix)) {
      std::string partial_name = path.substr(
          template_prefix.size(), path.size() - template_prefix.size() - template_suffix.size());
      theme.partials_.emplace(partial_name, TemplateData{text});
      partial_texts.emplace(std::move(partial_name), text);
    }
  bool valid = true;
  for (const auto& [path, text] : theme.files_) {
    if (path.starts_with("i18n/") && path.ends_with(".json")) {
      const std::string language = path.substr(5, path.size() - 10);
      try {
        theme.strings_[language] = nlohmann::json::parse(text);
      } catch (const nlohmann::json::exception& e) {
        diags.error(theme_file + path, {}, "theme.invalid-json",
                    trf("invalid JSON: {1}", {e.what()}));
      }
    } else if (path.starts_with(template_prefix) && path.ends_with(template_suffix)) {
      // Each file is checked as written, so that a message names the file that has the error.
      const mustache::mustache parsed{text};
      if (!parsed.is_valid()) {
        diags.error(theme_file + path, {}, "theme.invalid-template",
                    trf("invalid template: {1}", {parsed.error_message()}));
        valid = false;
      }
    }
  }
  // Partials go in place only once every one parses alone: each then renders as it would apart.
  ExpandedPartials expanded_partials;
  for (const auto& [path, text] : theme.files_) {
    if (!path.starts_with(template_prefix) || !path.ends_with(template_suffix)) continue;
    std::string template_name = path.substr(
        template_prefix.size(), path.size() - template_prefix.size() - template_suffix.size());
    std::vector<std::string> using_now;
    if (template_name.starts_with("partials/")) using_now.push_back(template_name);
    const Expanded expanded =
        valid ? expand_partials(text, partial_texts, using_now, expanded_partials) : Expanded{};
    mustache::mustache parsed{expanded.too_large || !valid ? text : expanded.text};
    if (!parsed.is_valid()) parsed = mustache::mustache{text};  // the engine's partials, then
    theme.templates_.emplace(std::move(template_name), std::move(parsed));
  }
  return theme;
}

std::string Theme::render(const std::string& name,
                          std::initializer_list<const TemplateData*> layers) const {
  const auto found = templates_.find(name);
  if (found == templates_.end()) throw std::runtime_error("the theme has no template " + name);
  // kainjow's render is not const, yet with the data oitgen gives it (no lambdas) and the
  // partials checked at load it only reads the parsed template: one serves every thread.
  auto& tmpl = const_cast<mustache::mustache&>(found->second);
  if (!tmpl.is_valid()) throw std::runtime_error("template " + name + ": " + tmpl.error_message());
  LayeredContext context(layers, partials_);
  std::string out;
  Appender appender{out};
  tmpl.render(context, appender);
  if (!tmpl.is_valid()) throw std::runtime_error("template " + name + ": " + tmpl.error_message());
  return out;
}

std::string Theme::render(const std::string& name, const nlohmann::json& values) const {
  const TemplateData data = template_data(values);
  return render(name, {&data});
}

std::string Theme::template_file(const std::string& name) const {
  const std::string path = std::string(template_prefix) + name + std::string(template_suffix);
  const auto found = overridden_.find(path);
  return found != overridden_.end() ? found->second : path + " of the built-in default theme";
}

const nlohmann::json& Theme::strings(const std::string& language) const {
  static const nlohmann::json empty = nlohmann::json::object();
  const auto found = strings_.find(language);
  return found == strings_.end() ? empty : found->second;
}

std::map<std::string, std::string> Theme::assets() const {
  std::map<std::string, std::string> out;
  for (const auto& [path, text] : files_)
    if (path.starts_with("assets/")) out[path] = text;
  return out;
}

}  // namespace oitgen
