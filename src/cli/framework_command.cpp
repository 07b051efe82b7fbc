#include "cli/framework_command.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/site_folder.h"
#include "load/framework_loader.h"
#include "load/site_loader.h"
#include "model/oit_reference.h"
#include "util/embedded.h"
#include "util/i18n.h"
#include "util/safe_fs.h"
#include "util/text.h"
#include "write/atomic_file.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

using Json = nlohmann::ordered_json;

// The title's years are the old assessment year; the copy's are the new one.
void replace_year(Json& text, const std::string& from, const std::string& to) {
  auto fix = [&](Json& value) {
    if (!value.is_string()) return;
    std::string s = value.get<std::string>();
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
    value = s;
  };
  if (text.is_object())
    for (auto& [key, value] : text.items()) fix(value);
  else
    fix(text);
}

std::string copy_of(const std::string& source_text, const Framework& from, int year) {
  Json json = Json::parse(source_text);
  const std::string id = "ita-" + std::to_string(year);
  const std::string note = "A copy of " + from.id + " made by oitgen framework new, not yet " +
                           "checked against the NACC's manual of ITA " + std::to_string(year) +
                           ": check every item's code, title and elements, correct what " +
                           "changed, and set \"confirmed\" and \"sources\" item by item.";
  json["id"] = id;
  json["assessment_year"] = year;
  if (json.contains("title"))
    replace_year(json["title"], std::to_string(from.assessment_year), std::to_string(year));
  json["sources"] = Json::array();
  json["note"] = note;
  if (json.contains("scale") && json["scale"].is_object()) {
    json["scale"]["confirmed"] = false;
    json["scale"]["sources"] = Json::array();
  }
  if (json.contains("items") && json["items"].is_array())
    for (auto& item : json["items"]) {
      item["confirmed"] = false;
      item["sources"] = Json::array();
      item["note"] = "Copied from " + from.id + "; not yet checked against the manual of ITA " +
                     std::to_string(year) + ".";
    }
  return json.dump(2) + "\n";
}

std::optional<std::string> source_text(const Framework& framework, const fs::path& site_dir) {
  const std::string shipped = "frameworks/";
  if (framework.file.rfind(shipped, 0) == 0) {
    for (const auto& file : embedded_frameworks())
      if (shipped + std::string(file.name) == framework.file) return std::string(file.text);
    return std::nullopt;
  }
  InputFolder content(site_dir / "content", "content/");
  auto read = content.read(site_dir / framework.file, limits::framework);
  if (!read) return std::nullopt;
  return read.bytes;
}

std::vector<std::string> checklist_ids(const std::vector<Framework>& frameworks) {
  std::vector<std::string> ids;
  for (const auto& framework : frameworks)
    if (!framework.items.empty()) ids.push_back(framework.id);
  return ids;
}

}  // namespace

int new_framework(const std::string& year_text, const std::string& from_id,
                  const fs::path& site_dir, std::ostream& out, std::ostream& err) {
  int year = 0;
  try {
    year = std::stoi(year_text);
  } catch (const std::exception&) {
  }
  if (year < 2500 || year > 2700 || std::to_string(year) != year_text) {
    err << trf("oitgen framework new: {1} is not an assessment year (Buddhist Era, e.g. 2570)",
               {year_text})
        << "\n";
    return 2;
  }
  if (!fs::is_regular_file(site_dir / "content" / "site.json")) {
    err << trf("oitgen framework new: {1} is not a site folder (it has no content/site.json); "
               "run it in the site's folder or give that folder",
               {site_dir.generic_string()})
        << "\n";
    return 2;
  }
  // Problems in the rest of the content are `oitgen check`'s to report, not this command's.
  Diagnostics diags;
  const Site site = load_site(site_dir, diags);
  const auto frameworks = frameworks_for(site);
  const std::string id = "ita-" + std::to_string(year);
  const fs::path target = site_dir / "content" / "frameworks" / (id + ".json");
  const std::string shown =
      (site_dir / "content" / "frameworks" / (id + ".json")).lexically_normal().generic_string();
  if (fs::exists(fs::symlink_status(target))) {
    err << trf("oitgen framework new: {1} already exists; nothing was written (edit that file, "
               "or move it away to start again)",
               {shown})
        << "\n";
    return 2;
  }
  if (const Framework* same = find_framework(frameworks, id)) {
    err << trf("oitgen framework new: oitgen already has {1} ({2}); nothing was written",
               {id, same->file})
        << "\n";
    return 2;
  }
  const Framework* from = nullptr;
  if (!from_id.empty()) {
    from = find_framework(frameworks, from_id);
    if (!from || from->items.empty()) {
      const auto ids = checklist_ids(frameworks);
      err << trf("oitgen framework new: {1} is not a framework with OIT items (available: {2})",
                 {quote(from_id), join(ids)})
          << "\n";
      return 2;
    }
  } else {
    for (const auto& framework : frameworks)
      if (!framework.items.empty() && framework.assessment_year < year) from = &framework;
    if (!from) {
      err << trf("oitgen framework new: no framework with OIT items before {1} to copy; give one "
                 "with --from (available: {2})",
                 {std::to_string(year), join(checklist_ids(frameworks))})
          << "\n";
      return 2;
    }
  }
  const auto text = source_text(*from, site_dir);
  if (!text) {
    err << trf("oitgen framework new: {1} cannot be read", {from->file}) << "\n";
    return 1;
  }
  const fs::path dir = target.parent_path();
  InputFolder content(site_dir / "content", "content/");
  if (fs::exists(fs::symlink_status(dir))) {
    if (auto problem = content.check_inside(dir); problem || !fs::is_directory(dir)) {
      const std::string folder = (site_dir / "content" / "frameworks").generic_string();
      err << (problem
                  ? trf("oitgen framework new: {1} {2}; nothing was written",
                        {folder, problem->message})
                  : trf("oitgen framework new: {1} is not a folder; nothing was written", {folder}))
          << "\n";
      return 2;
    }
  } else {
    fs::create_directory(dir);
  }
  if (!create_file_whole(target, copy_of(*text, *from, year))) {
    err << trf("oitgen framework new: {1} already exists; nothing was written", {shown}) << "\n";
    return 2;
  }
  out << trf("wrote {1}: a copy of {2} with its {3} items marked unconfirmed. Check each item "
             "against the NACC's manual of ITA {4}, correct what changed, and set "
             "\"confirmed\": true and \"sources\" item by item; oitgen check --oit lists the "
             "items still unconfirmed.",
             {shown, from->id, std::to_string(from->items.size()), std::to_string(year)})
      << "\n";
  return 0;
}

int framework_new_command(const FrameworkArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  const std::string& from = args.from;
  if (positional.empty() || positional.size() > 2) {
    err << tr("oitgen framework new: give the assessment year, e.g. oitgen framework new 2570")
        << "\n";
    return 2;
  }
  return new_framework(
      positional[0], from,
      site_folder(positional.size() == 2 ? std::optional(positional[1]) : std::nullopt), out, err);
}

}  // namespace oitgen
