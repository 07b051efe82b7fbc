#include "render/theme.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>
#include <thread>
#include <vector>

using namespace oitgen;
namespace fs = std::filesystem;
namespace mustache = kainjow::mustache;

namespace {

// A site folder holding only a theme's files.
struct ThemeFolder {
  explicit ThemeFolder(const std::string& name) {
    site = fs::temp_directory_path() /
           ("oitgen-theme-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(site);
    folder = site / "themes" / name;
    fs::create_directories(folder / "templates" / "partials");
  }
  ~ThemeFolder() { fs::remove_all(site); }
  ThemeFolder(const ThemeFolder&) = delete;
  ThemeFolder& operator=(const ThemeFolder&) = delete;

  void file(const std::string& path, const std::string& text) const {
    fs::create_directories((folder / path).parent_path());
    std::ofstream(folder / path, std::ios::binary) << text;
  }
  void template_(const std::string& name, const std::string& text) const {
    file("templates/" + name + ".mustache", text);
  }

  static inline int counter = 0;
  fs::path site;
  fs::path folder;
};

// The engine's own partials, parsed at each use, as every page was rendered before templates
// were parsed once: what the theme's rendering must equal.
std::string engine_render(const std::string& text,
                          const std::vector<std::pair<std::string, std::string>>& partials,
                          const nlohmann::json& values) {
  mustache::data data = template_data(values);
  for (const auto& [name, partial_text] : partials)
    data.set("partials/" + name, mustache::partial{[&text = partial_text] { return text; }});
  mustache::mustache tmpl{text};
  return tmpl.render(data);
}

bool has_error_for(const Diagnostics& diags, const std::string& file) {
  for (const auto& d : diags.all())
    if (d.file == file && d.message.starts_with("invalid template: ")) return true;
  return false;
}

}  // namespace

TEST_CASE("a site's partial replaces the default theme's wherever a template uses it") {
  ThemeFolder theme("default");
  theme.template_("partials/downloads", "<p>own downloads {{title}}</p>\n");
  Diagnostics diags;
  const Theme loaded = Theme::load(theme.site, "default", diags);
  REQUIRE(diags.error_count() == 0);
  const std::string html = loaded.render("ita", nlohmann::json{{"title", "ITA"}});
  CHECK(html.find("<p>own downloads ITA</p>") != std::string::npos);
  // A template the site does not override still comes from the default theme.
  CHECK(loaded.template_file("ita") == "templates/ita.mustache of the built-in default theme");
  CHECK(loaded.template_file("partials/downloads") ==
        "themes/default/templates/partials/downloads.mustache");
}

TEST_CASE("a partial renders with the values of the section it stands in") {
  ThemeFolder theme("civic");
  theme.template_("list", "<ul>{{#items}}{{> partials/item}}{{/items}}</ul>");
  theme.template_("partials/item", "<li>{{name}} {{#t}}{{label}}{{/t}}</li>");
  Diagnostics diags;
  const Theme loaded = Theme::load(theme.site, "civic", diags);
  REQUIRE(diags.error_count() == 0);
  const nlohmann::json values = {{"items", {{{"name", "a"}}, {{"name", "b<"}}}},
                                 {"t", {{"label", "x"}}}};
  CHECK(loaded.render("list", values) == "<ul><li>a x</li><li>b&lt; x</li></ul>");
  // Each use is the partial as it is now, and a partial renders on its own too.
  CHECK(loaded.render("partials/item", nlohmann::json{{"name", "c"}}) == "<li>c </li>");
}

TEST_CASE("an invalid template or partial is reported with its file at load") {
  ThemeFolder theme("civic");
  theme.template_("broken", "<p>{{#open}}never closed</p>\n");
  theme.template_("partials/half", "{{#x}}");
  theme.template_("uses-half", "{{> partials/half}}{{/x}}");
  Diagnostics diags;
  const Theme loaded = Theme::load(theme.site, "civic", diags);
  CHECK(has_error_for(diags, "themes/civic/templates/broken.mustache"));
  CHECK(has_error_for(diags, "themes/civic/templates/partials/half.mustache"));
  // The template that closes the partial's section is not valid either: each file parses alone.
  CHECK(has_error_for(diags, "themes/civic/templates/uses-half.mustache"));
  CHECK_THROWS_WITH_AS(loaded.render("broken", nlohmann::json::object()),
                       doctest::Contains("template broken: Unclosed section"), std::runtime_error);
  CHECK_THROWS_WITH_AS(loaded.render("missing", nlohmann::json::object()),
                       "the theme has no template missing", std::runtime_error);
}

TEST_CASE("partials parsed once render exactly as the engine's partials parsed at each use") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::pair<std::string, std::string>> partials;
  };
  const std::vector<Case> cases = {
      {"inline", "a {{> partials/p}} b\n", {{"p", "[{{v}}]\n"}}},
      {"standalone lines",
       "<ul>\n  {{#items}}\n  {{> partials/p}}\n  {{/items}}\n</ul>\n",
       {{"p", "{{#v}}\n<li>{{v}}</li>\n{{/v}}\n"}}},
      {"nested",
       "{{> partials/a}}|{{> partials/a}}",
       {{"a", "<{{> partials/b}}>"}, {"b", "{{v}}"}}},
      {"recursive, ended by the data",
       "{{#tree}}{{> partials/node}}{{/tree}}",
       {{"node", "({{name}}{{#children}}{{> partials/node}}{{/children}})"}}},
      {"own delimiters", "{{> partials/d}}{{v}}", {{"d", "{{=<% %>=}}<%v%>{{v}}"}}},
      {"delimiters in the template",
       "{{=<% %>=}}<%> partials/p%>{{> partials/p}}",
       {{"p", "[<%v%>{{v}}]"}}},
      {"braces at the joins", "{{> partials/open}}{v}}|{{> partials/open}}{{v}}", {{"open", "x{"}}},
      {"line break across the join",
       "a\r{{> partials/lf}}b{{> partials/cr}}\nc",
       {{"lf", "\n{{#v}}{{/v}}"}, {"cr", "{{#v}}{{/v}}\r"}}},
      {"empty partial", "a\r{{> partials/empty}}\n{{> partials/empty}}", {{"empty", ""}}},
      {"unknown partial", "a{{> partials/none}}b", {}},
      {"in a comment", "{{! {{> partials/p}} }}", {{"p", "x"}}},
      {"triple mustache and spaces", "{{{ v }}}{{>   partials/p  }}", {{"p", "{{& v}}"}}},
  };
  const nlohmann::json values = {
      {"v", "1<"},
      {"items", {{{"v", "a"}}, {{"v", ""}}, {{"v", "c"}}}},
      {"tree",
       {{"name", "r"},
        {"children",
         {{{"name", "x"}, {"children", nlohmann::json::array()}},
          {{"name", "y"},
           {"children", {{{"name", "z"}, {"children", nlohmann::json::array()}}}}}}}}}};
  for (const auto& c : cases) {
    CAPTURE(c.name);
    ThemeFolder theme("civic");
    theme.template_("page", c.text);
    for (const auto& [name, text] : c.partials) theme.template_("partials/" + name, text);
    Diagnostics diags;
    const Theme loaded = Theme::load(theme.site, "civic", diags);
    REQUIRE(diags.error_count() == 0);
    CHECK(loaded.render("page", values) == engine_render(c.text, c.partials, values));
  }
}

TEST_CASE("layers are read as one object: the first that has a name gives its value") {
  Diagnostics diags;
  ThemeFolder theme("civic");
  theme.template_("page",
                  "{{organization}}|{{organization.name}}|{{site}}|{{t.a}}|{{t.b}}|"
                  "{{#list}}{{t.a}}{{n}}{{/list}}");
  const Theme loaded = Theme::load(theme.site, "civic", diags);
  REQUIRE(diags.error_count() == 0);
  const TemplateData page =
      template_data({{"organization", "own"}, {"t", {{"a", "A"}}}, {"list", {{{"n", 1}}}}});
  const TemplateData shared = template_data(
      {{"organization", {{"name", "shared"}}}, {"site", "S"}, {"t", {{"a", "x"}, {"b", "B"}}}});
  // As the page's values merged over the shared ones: t.b is not looked for in the shared t.
  CHECK(loaded.render("page", {&page, &shared}) == "own||S|A||A1");
  CHECK(loaded.render("page", {&shared}) == "|shared|S|x|B|");
}

TEST_CASE("text values: control characters dropped, blank text is no value, numbers as text") {
  ThemeFolder theme("civic");
  theme.template_("page", "{{#a}}[{{a}}]{{/a}}{{#b}}[{{b}}]{{/b}}{{n}}{{^z}}none{{/z}}");
  Diagnostics diags;
  const Theme loaded = Theme::load(theme.site, "civic", diags);
  REQUIRE(diags.error_count() == 0);
  CHECK(loaded.render("page", nlohmann::json{{"a", "x\x1b[31my\xc2\x9b"},
                                             {"b", " \n"},
                                             {"n", 12.5},
                                             {"z", nullptr}}) == "[x[31my]12.5none");
}

TEST_CASE("one theme renders on several threads at once, each page as on one") {
  Diagnostics diags;
  const Theme loaded = Theme::load(".", "default", diags);
  REQUIRE(diags.error_count() == 0);
  const nlohmann::json values = {{"title", "ITA"}, {"downloads", {{{"label", "x"}}}}};
  const std::string expected = loaded.render("ita", values);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results)
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) result = loaded.render("ita", values);
    });
  for (auto& thread : threads) thread.join();
  for (const auto& result : results) CHECK(result == expected);
}
