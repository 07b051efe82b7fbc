#pragma once
// A theme: Mustache templates, assets and UI strings per language. The default theme is
// compiled into oitgen; a site's themes/<name>/ folder overrides it file by file.

#include <filesystem>
#include <initializer_list>
#include <kainjow/mustache.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "diagnostics/diagnostics.h"

namespace oitgen {

// Values as the template engine reads them.
using TemplateData = kainjow::mustache::data;

// View values (JSON, as the open data files use them too) as the engine reads them. Numbers
// never reach a template unformatted: they become plain text. Control characters are dropped
// from every text, and a text with nothing to read is no value.
TemplateData template_data(const nlohmann::json& values);
// One text, converted the same way.
TemplateData template_text(std::string_view text);

class Theme {
 public:
  // Reads the theme named in site.json and parses every template once. A missing non-default
  // theme folder, a template that does not parse or a UI string file that is not JSON is
  // reported to `diags`. Themes are looked up in `themes_dir` when given (a folder that several
  // sites share, whose files messages name relative to it), else in the site's themes/.
  static Theme load(const std::filesystem::path& site_dir, const std::string& name,
                    Diagnostics& diags, const std::filesystem::path& themes_dir = {});

  // Renders templates/<name>.mustache; the templates in templates/partials/ are available as
  // {{> partials/name}}. `layers` (objects) are read as one object: a name is looked up in the
  // first layer that has it. Safe to call from several threads at once. Throws
  // std::runtime_error when the template is missing.
  std::string render(const std::string& name,
                     std::initializer_list<const TemplateData*> layers) const;
  std::string render(const std::string& name, const nlohmann::json& values) const;

  // Where templates/<name>.mustache comes from, for messages: "themes/civic/templates/x.mustache"
  // when the site overrides it, else "templates/x.mustache of the built-in default theme".
  std::string template_file(const std::string& name) const;

  // The UI strings of a language (i18n/<language>.json).
  const nlohmann::json& strings(const std::string& language) const;

  // Files under assets/, copied to the output as they are.
  std::map<std::string, std::string> assets() const;

 private:
  std::map<std::string, std::string> files_;       // path in the theme -> contents
  std::map<std::string, std::string> overridden_;  // path in the theme -> the site's file
  std::map<std::string, nlohmann::json> strings_;
  // templates/<name>.mustache by name, parsed with the partials they use in place.
  std::map<std::string, kainjow::mustache::mustache, std::less<>> templates_;
  // "partials/x" -> its text: what a partial left to the engine reads.
  std::map<std::string, TemplateData, std::less<>> partials_;
};

}  // namespace oitgen
