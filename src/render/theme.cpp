#include "render/theme.h"

#include <kainjow/mustache.hpp>
#include <stdexcept>

#include "util/embedded.h"
#include "util/safe_fs.h"
#include "util/text.h"

namespace oitgen {

namespace fs = std::filesystem;
namespace mustache = kainjow::mustache;

namespace {

constexpr std::string_view template_prefix = "templates/";
constexpr std::string_view partial_prefix = "templates/partials/";
constexpr std::string_view template_suffix = ".mustache";

// View values are built as JSON (the same values feed the open data files); Mustache reads
// its own data type. Numbers never reach a template unformatted: they become plain text.
mustache::data to_mustache(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data out{mustache::data::type::object};
      for (const auto& [key, item] : value.items()) out.set(key, to_mustache(item));
      return out;
    }
    case nlohmann::json::value_t::array: {
      mustache::data out{mustache::data::type::list};
      for (const auto& item : value) out.push_back(to_mustache(item));
      return out;
    }
    case nlohmann::json::value_t::string: {
      // Every text of every page passes here, escaped or not (Markdown's HTML, SVG charts):
      // the one place where control characters, which HTML cannot show, are dropped.
      std::string text = strip_controls(value.get_ref<const std::string&>());
      // Mustache counts an empty string as a value, so that {{#phone}}โทรศัพท์ {{phone}}{{/phone}}
      // would show the label alone; a text with nothing to read is no value.
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) return mustache::data{false};
      return mustache::data{text};
    }
    case nlohmann::json::value_t::boolean:
      return mustache::data{value.get<bool>()};
    case nlohmann::json::value_t::null:
      return mustache::data{false};
    default:
      return mustache::data{value.dump()};
  }
}

}  // namespace

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
                  {}, problem.message);
    for (const auto& relative : walk.files) {
      FileRead read = input.read(folder / relative, limits::theme_file);
      if (read) {
        theme.files_[relative] = std::move(read.bytes);
        theme.overridden_[relative] = theme_file + relative;
      } else
        diags.error(theme_file + relative, {}, read.error->message);
    }
  } else if (name != "default") {
    diags.error("content/site.json", {},
                "theme " + std::string("\"") + name + "\" has no folder " + theme_file +
                    (shared ? " in the shared theme folder " + themes_dir.generic_string()
                            : " in the site folder") +
                    "; use \"default\" or add the theme");
  }
  for (const auto& [path, text] : theme.files_) {
    if (path.starts_with("i18n/") && path.ends_with(".json")) {
      const std::string language = path.substr(5, path.size() - 10);
      try {
        theme.strings_[language] = nlohmann::json::parse(text);
      } catch (const nlohmann::json::exception& e) {
        diags.error(theme_file + path, {}, std::string("invalid JSON: ") + e.what());
      }
    } else if (path.starts_with(template_prefix) && path.ends_with(template_suffix)) {
      const mustache::mustache parsed{text};
      if (!parsed.is_valid())
        diags.error(theme_file + path, {}, "invalid template: " + parsed.error_message());
    }
  }
  return theme;
}

std::string Theme::render(const std::string& name, const nlohmann::json& values) const {
  const auto found =
      files_.find(std::string(template_prefix) + name + std::string(template_suffix));
  if (found == files_.end()) throw std::runtime_error("the theme has no template " + name);
  mustache::data data = to_mustache(values);
  for (const auto& [path, text] : files_) {
    if (!path.starts_with(partial_prefix) || !path.ends_with(template_suffix)) continue;
    // Partials share the values' namespace, so their names keep the folder: {{> partials/x}}.
    const std::string partial_name = path.substr(
        template_prefix.size(), path.size() - template_prefix.size() - template_suffix.size());
    const std::string& partial_text = text;
    data.set(partial_name, mustache::partial{[&partial_text]() { return partial_text; }});
  }
  mustache::mustache tmpl{found->second};
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) throw std::runtime_error("template " + name + ": " + tmpl.error_message());
  return out;
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
