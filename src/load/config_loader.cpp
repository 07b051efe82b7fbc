#include <algorithm>
#include <cctype>

#include "load/loaders.h"
#include "util/i18n.h"
#include "util/text.h"
#include "util/url.h"

namespace oitgen {

namespace {

// [A-Z_][A-Z0-9_]*, by hand: libstdc++'s std::regex recurses once per character and overflows the
// stack on a long string.
bool is_env_name(const std::string& name) {
  return !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
         });
}

void load_publish_targets(const Node& publish, Reader& reader, SiteConfig& config) {
  if (!reader.map(publish, "\"publish\"")) return;
  for (const auto& member : publish.members) {
    // A secret written here gets its own message rather than "unknown field".
    Node target = member.value;
    std::erase_if(target.members, [&](const Member& field) {
      static const std::vector<std::string> secrets = {"password", "user",  "username",   "key",
                                                       "secret",   "token", "credentials"};
      if (std::find(secrets.begin(), secrets.end(), field.key) == secrets.end()) return false;
      reader.error(field.key_pos, "site.credentials",
                   trf("publish target {1} has {2}: credentials never go in site.json; put them "
                       "in an environment variable and give its name in \"credentials_env\"",
                       {quote(member.key), quote(field.key)}));
      return true;
    });
    if (!reader.object(target, trf("publish target {1}", {quote(member.key)}),
                       {{"url", true}, {"credentials_env"}, {"endpoint"}, {"region"}}))
      continue;
    PublishTarget out;
    out.name = member.key;
    if (!is_valid_id(member.key))
      reader.error(member.key_pos, "site.publish-target-name",
                   trf("publish target name {1} is not a valid name: use a-z, 0-9 and \"-\"",
                       {quote(member.key)}));
    if (auto url = reader.string(target, "url")) {
      out.url = *url;
      if (has_user_info(*url)) {
        const Node* env = target.find("credentials_env");
        const std::string url_text = quote(redact_urls(*url));
        if (env && env->kind == Node::Kind::string)
          reader.error(target.find("url")->pos, "site.credentials",
                       trf("publish url {1} of target {2} holds a user name or password: "
                           "credentials never go in site.json; remove them from the url and put "
                           "user:password in the environment variable {3} (named by "
                           "\"credentials_env\")",
                           {url_text, quote(member.key), env->text}));
        else
          reader.error(target.find("url")->pos, "site.credentials",
                       trf("publish url {1} of target {2} holds a user name or password: "
                           "credentials never go in site.json; remove them from the url and put "
                           "user:password in the environment variable that \"credentials_env\" "
                           "names (add it to the target)",
                           {url_text, quote(member.key)}));
      } else if (!has_scheme_and_host(*url, {"sftp", "ftp", "ftps", "https", "s3"}))
        reader.error(target.find("url")->pos, "site.publish-url",
                     trf("publish url {1} must start with sftp://, ftp://, ftps://, https:// "
                         "(WebDAV) or s3://bucket/prefix",
                         {quote(redact_urls(*url))}));
      else if (url->rfind("s3://", 0) == 0 && !target.find("endpoint"))
        reader.error(target.pos, "site.publish-endpoint",
                     trf("publish target {1} uses s3:// and needs \"endpoint\" (the storage's "
                         "https:// address)",
                         {quote(member.key)}));
    }
    if (auto env = reader.string(target, "credentials_env")) {
      out.credentials_env = *env;
      if (!is_env_name(*env))
        reader.error(target.find("credentials_env")->pos, "site.credentials",
                     trf("credentials_env {1} must be the name of an environment variable (A-Z, "
                         "0-9 and _), not the credentials",
                         {quote(*env)}));
    }
    if (auto endpoint = reader.string(target, "endpoint")) out.endpoint = *endpoint;
    if (auto region = reader.string(target, "region")) out.region = *region;
    config.publish.push_back(out);
  }
}

// The open licences a clerk may name by their id alone; any other is written as an object.
struct KnownLicense {
  const char* id;
  const char* th;
  const char* en;
  const char* url;
};
constexpr KnownLicense known_licenses[] = {
    {"CC-BY-4.0", "สัญญาอนุญาตครีเอทีฟคอมมอนส์แบบแสดงที่มา 4.0 นานาชาติ",
     "Creative Commons Attribution 4.0 International",
     "https://creativecommons.org/licenses/by/4.0/"},
    {"CC-BY-SA-4.0", "สัญญาอนุญาตครีเอทีฟคอมมอนส์แบบแสดงที่มา-อนุญาตแบบเดียวกัน 4.0 นานาชาติ",
     "Creative Commons Attribution-ShareAlike 4.0 International",
     "https://creativecommons.org/licenses/by-sa/4.0/"},
    {"CC0-1.0", "ครีเอทีฟคอมมอนส์ ซีซีซีโร 1.0 สากล (อุทิศเป็นสาธารณสมบัติ)",
     "Creative Commons CC0 1.0 Universal (public domain dedication)",
     "https://creativecommons.org/publicdomain/zero/1.0/"},
    {"ODC-By-1.0", "สัญญาอนุญาต Open Data Commons แบบแสดงที่มา 1.0",
     "Open Data Commons Attribution License 1.0", "https://opendatacommons.org/licenses/by/1-0/"},
    {"ODbL-1.0", "สัญญาอนุญาต Open Data Commons Open Database 1.0",
     "Open Data Commons Open Database License 1.0",
     "https://opendatacommons.org/licenses/odbl/1-0/"},
    {"PDDL-1.0", "สัญญาอนุญาต Open Data Commons อุทิศเป็นสาธารณสมบัติ 1.0",
     "Open Data Commons Public Domain Dedication and License 1.0",
     "https://opendatacommons.org/licenses/pddl/1-0/"},
};

const KnownLicense* known_license(std::string_view id) {
  for (const auto& known : known_licenses)
    if (id == known.id) return &known;
  return nullptr;
}

std::vector<std::string> known_license_ids() {
  std::vector<std::string> ids;
  for (const auto& known : known_licenses) ids.emplace_back(known.id);
  return ids;
}

// A known id written in other letter case ("cc-by-4.0") or nearly ("CC-BY-40").
std::optional<std::string> nearest_license(std::string_view id) {
  for (const auto& known : known_licenses) {
    const std::string_view name = known.id;
    if (name.size() == id.size() &&
        std::equal(name.begin(), name.end(), id.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) ==
                 std::tolower(static_cast<unsigned char>(b));
        }))
      return std::string(name);
  }
  return nearest(id, known_license_ids());
}

// An Open Definition id, as the Data Package's licences take it: letters, digits, "-", "." and "_".
bool is_license_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_';
  });
}

void unknown_license(Reader& reader, Position pos, const std::string& id) {
  std::string message =
      trf("license {1} is not one oitgen knows ({2}); for another licence write "
          "{\"name\": ..., \"title\": ..., \"url\": ...}",
          {quote(id), join(known_license_ids())});
  const auto suggestion = nearest_license(id);
  if (suggestion) message += trf("; did you mean {1}?", {quote(*suggestion)});
  reader.error(pos, "site.license", message, suggestion.value_or(""));
}

// "license": "CC-BY-4.0", or {"name", "title", "url"} for a licence oitgen does not know (or
// to word a known one otherwise). Absent: no licence is claimed.
void load_license(const Node& node, Reader& reader, SiteConfig& config) {
  if (node.kind == Node::Kind::string) {
    if (const KnownLicense* known = known_license(node.text))
      config.license = License{known->id, {known->th, known->en}, known->url};
    else if (node.text.empty())
      reader.error(node.pos, "site.license",
                   tr("\"license\" is empty: name the licence (e.g. \"CC-BY-4.0\"), or leave "
                      "the field out to claim none"));
    else
      unknown_license(reader, node.pos, node.text);
    return;
  }
  if (node.kind != Node::Kind::object) {
    reader.error(node.pos, "site.license",
                 trf("\"license\" must be a licence id such as \"CC-BY-4.0\", or {\"name\", "
                     "\"title\", \"url\"}, not {1}",
                     {describe(node.kind)}));
    return;
  }
  if (!reader.object(node, "\"license\"", {{"name"}, {"title"}, {"url"}})) return;
  License license;
  const KnownLicense* known = nullptr;
  bool valid = true;
  if (auto name = reader.string(node, "name")) {
    known = known_license(*name);
    if (!known && !is_license_id(*name)) {
      reader.error(node.find("name")->pos, "site.license",
                   trf("license name {1} must be a licence id (letters, digits, \"-\", \".\" "
                       "and \"_\"), e.g. \"CC-BY-4.0\"; the licence's words go in \"title\"",
                       {quote(*name)}));
      valid = false;
    }
    license.id = *name;
  }
  if (known) license = License{known->id, {known->th, known->en}, known->url};
  if (auto title = reader.text(node, "title")) {
    if (title->th.empty()) {
      reader.error(node.find("title")->pos, "site.license", tr("the licence's \"title\" is empty"));
      valid = false;
    }
    license.title = *title;
  }
  if (auto url = reader.string(node, "url")) {
    if (!is_absolute_http_url(*url)) {
      reader.error(node.find("url")->pos, "site.license",
                   trf("the licence's url {1} must be an absolute address starting with https:// "
                       "(or http://): the page of the licence's terms",
                       {quote(*url)}));
      valid = false;
    }
    license.url = *url;
  }
  if (!known && (license.title.th.empty() || license.url.empty())) {
    if (valid)
      reader.error(node.pos, "site.license",
                   license.id.empty()
                       ? tr("\"license\" needs a \"title\" and a \"url\" (the page of its "
                            "terms), or a licence id such as \"CC-BY-4.0\"")
                       : trf("license {1} is not one oitgen knows ({2}): give its \"title\" and "
                             "\"url\" (the page of its terms)",
                             {quote(license.id), join(known_license_ids())}));
    return;
  }
  if (valid) config.license = license;
}

}  // namespace

std::optional<SiteConfig> load_site_config(const Node& root, Reader& reader) {
  if (!reader.object(root, "site.json",
                     {{"organization", true},
                      {"base_url", true},
                      {"languages"},
                      {"numerals"},
                      {"theme"},
                      {"current_fiscal_year"},
                      {"oit_framework"},
                      {"oit_year"},
                      {"publish"},
                      {"license"}}))
    return std::nullopt;
  SiteConfig config;
  config.source = reader.source_of(root);

  if (const Node* org = root.find("organization"); org && reader.object(*org, "\"organization\"",
                                                                        {{"name", true},
                                                                         {"kind"},
                                                                         {"address"},
                                                                         {"district"},
                                                                         {"province"},
                                                                         {"phone"},
                                                                         {"email"},
                                                                         {"website"},
                                                                         {"logo"}})) {
    Organization& o = config.organization;
    if (auto name = reader.text(*org, "name")) o.name = *name;
    for (auto [key, field] : {std::pair{"kind", &o.kind},
                              {"address", &o.address},
                              {"district", &o.district},
                              {"province", &o.province},
                              {"phone", &o.phone},
                              {"email", &o.email},
                              {"website", &o.website}})
      if (auto value = reader.string(*org, key)) *field = *value;
    // The file is checked by the site loader, which reads content/.
    if (auto logo = reader.string(*org, "logo")) {
      o.logo = *logo;
      o.logo_pos = org->find("logo")->pos;
    }
  }

  if (auto base_url = reader.string(root, "base_url")) {
    config.base_url = *base_url;
    if (!is_absolute_http_url(*base_url))
      reader.error(root.find("base_url")->pos, "site.base-url",
                   trf("base_url {1} must be an absolute address starting with https:// (or "
                       "http://), e.g. \"https://www.example.go.th/ita/\"",
                       {quote(*base_url)}));
    else if (base_url->back() != '/')
      reader.error(root.find("base_url")->pos, "site.base-url",
                   trf("base_url {1} must end with \"/\" (it is the folder the site lives in)",
                       {quote(*base_url)}),
                   *base_url + "/");
  }

  if (const Node* languages = root.find("languages")) {
    config.languages = reader.string_list(root, "languages");
    for (std::size_t i = 0; i < config.languages.size() && i < languages->items.size(); ++i) {
      const auto& language = config.languages[i];
      if (language != "th" && language != "en")
        reader.error(languages->items[i].pos, "site.language",
                     trf("language {1} is not one of th, en", {quote(language)}));
    }
    if (std::find(config.languages.begin(), config.languages.end(), "th") == config.languages.end())
      reader.error(languages->pos, "site.language",
                   tr("\"languages\" must include \"th\": Thai is the site's main language"));
  }

  if (auto numerals = reader.choice(root, "numerals", {"arabic", "thai"}))
    config.numerals = *numerals == "thai" ? Numerals::thai : Numerals::arabic;

  if (auto theme = reader.string(root, "theme")) {
    config.theme = *theme;
    if (!is_valid_id(*theme))
      reader.error(root.find("theme")->pos, "site.theme",
                   trf("theme {1} must be the name of a folder under themes/ (a-z, 0-9 and \"-\")",
                       {quote(*theme)}));
  }
  config.current_fiscal_year = reader.fiscal_year(root, "current_fiscal_year");
  if (auto framework = reader.string(root, "oit_framework")) config.oit_framework = *framework;
  config.oit_year = reader.fiscal_year(root, "oit_year");
  if (const Node* publish = root.find("publish")) load_publish_targets(*publish, reader, config);
  if (const Node* license = root.find("license")) load_license(*license, reader, config);
  return config;
}

}  // namespace oitgen
