#include "cli/new_command.h"

#include <unistd.h>

#include <filesystem>
#include <optional>
#include <sstream>

#include "cli/framework_command.h"
#include "cli/messages.h"
#include "cli/starter_site.h"
#include "compute/compute.h"
#include "export/workbook.h"
#include "load/framework_loader.h"
#include "model/date.h"
#include "model/framework.h"
#include "pipeline/pipeline.h"
#include "util/i18n.h"
#include "util/url.h"
#include "write/atomic_file.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr const char* spreadsheets_folder = "spreadsheets";

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string ask(std::istream& in, std::ostream& out, const std::string& question) {
  out << question << ": " << std::flush;
  std::string answer;
  std::getline(in, answer);
  return trimmed(answer);
}

// Why `url` cannot be the site's base_url, or "" when it can.
std::string url_problem(const std::string& url) {
  if (!url.starts_with("https://") && !url.starts_with("http://"))
    return "the web address must start with https:// (or http://)";
  if (url.find_first_of(" \t\"<>\\") != std::string::npos)
    return "the web address must not contain spaces, quotes or \\";
  if (has_user_info(url)) return "the web address must not contain a user name or password";
  return "";
}

// The tables of the starter's plan and report as the workbooks `oitgen export` writes, in
// spreadsheets/ beside content/: the clerk fills them in and brings them back with
// `oitgen import`. False (with the message) when the starter site does not check clean.
bool write_spreadsheets(const fs::path& site_dir, std::ostream& err) {
  Diagnostics diags;
  const CheckedSite checked = run_pipeline(site_dir, {}, diags).checked;
  if (diags.error_count() > 0) {
    print_diagnostics(diags, display_prefix(site_dir), err);
    return false;
  }
  const fs::path folder = site_dir / spreadsheets_folder;
  fs::create_directories(folder);
  for (const auto& plan : checked.site.plans) {
    replace_file_whole(folder / ("plan-" + plan.id + ".xlsx"), plan_workbook(plan).bytes);
    for (const auto& report : plan.reports)
      replace_file_whole(folder / ("report-" + report.id + ".xlsx"),
                         report_workbook(plan, report).bytes);
  }
  return true;
}

}  // namespace

int new_command(const NewArgs& args, std::istream& in, bool interactive, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  StarterValues values;
  const auto trimmed_value = [](const std::optional<std::string>& given) {
    return given ? std::optional(trimmed(*given)) : std::nullopt;
  };
  std::optional<std::string> name = trimmed_value(args.name);
  std::optional<std::string> url = trimmed_value(args.url);
  std::optional<std::string> province = trimmed_value(args.province);
  if (args.kind) values.kind = trimmed(*args.kind);
  if (positional.size() != 1) {
    err << tr("oitgen new: give the folder to write the site into, e.g. oitgen new nongbua")
        << "\n";
    return 2;
  }
  const fs::path dir = positional[0];
  std::error_code error;
  if (fs::exists(fs::symlink_status(dir, error)) &&
      (!fs::is_directory(fs::symlink_status(dir, error)) || !fs::is_empty(dir, error))) {
    err << trf("oitgen new: {1} exists and is not an empty folder; nothing was written. Give a "
               "new folder.",
               {dir.generic_string()})
        << "\n";
    return 2;
  }

  if (interactive) {
    if (!name) name = ask(in, out, "ชื่อองค์กรปกครองส่วนท้องถิ่น (เช่น เทศบาลตำบลหนองบัว) / name");
    if (!province) province = ask(in, out, "จังหวัด / province");
    while (!url || !url_problem(*url).empty()) {
      if (url) out << url_problem(*url) << "\n";
      url = ask(in, out, "ที่อยู่เว็บไซต์ที่จะเผยแพร่ (เช่น https://www.nongbua.go.th/ita/) / web address");
      if (!in) break;
    }
  }
  if (!name || name->empty() || !url) {
    err << tr("oitgen new: --name and --url are needed (or run it in a terminal to be asked)")
        << "\n";
    return 2;
  }
  if (const std::string problem = url_problem(*url); !problem.empty()) {
    err << trf("oitgen new: --url {1}: {2}", {*url, problem}) << "\n";
    return 2;
  }
  values.name = *name;
  values.province = province.value_or("");
  values.base_url = url->ends_with('/') ? *url : *url + "/";
  values.fiscal_year = fiscal_year_of(today_in_thailand());

  // Written beside DIR and moved into place whole, so that an interrupted run leaves no half
  // site behind and a folder that appeared meanwhile is never overwritten.
  const fs::path absolute = fs::absolute(dir).lexically_normal();
  const fs::path parent = absolute.parent_path();
  fs::create_directories(parent);
  const fs::path staging =
      parent / ("." + absolute.filename().string() + ".new-" + std::to_string(getpid()));
  fs::remove_all(staging);
  for (const auto& [path, text] : starter_site(values)) {
    fs::create_directories((staging / path).parent_path());
    if (!create_file_whole(staging / path, text)) {
      fs::remove_all(staging);
      err << trf("oitgen new: could not write {1}", {(staging / path).generic_string()}) << "\n";
      return 1;
    }
  }
  // No checklist ships yet for a year that has just begun: the site starts with a copy of the
  // newest one, marked unconfirmed item by item, as `oitgen framework new` writes it.
  std::ostringstream framework_note;
  const std::string year = std::to_string(values.fiscal_year);
  const auto frameworks = frameworks_for(Site{});
  const bool copied = !find_framework(frameworks, "ita-" + year);
  if (copied && new_framework(year, "", staging, framework_note, err) != 0) {
    fs::remove_all(staging);
    return 1;
  }
  if (!write_spreadsheets(staging, err)) {
    fs::remove_all(staging);
    return 1;
  }
  fs::rename(staging, absolute, error);  // replaces an empty folder, never a full one
  if (error) {
    fs::remove_all(staging);
    err << trf("oitgen new: {1}: {2}; nothing was written", {dir.generic_string(), error.message()})
        << "\n";
    return 2;
  }
  out << trf("wrote a starter site for {1} into {2}", {values.name, dir.generic_string()}) << "\n"
      << trf("next: fill in the blanks ({2}) in {1}/content/, then run oitgen check {1}",
             {dir.generic_string(), "………"})
      << "\n"
      << trf("the plan's and the report's tables are in {1}/{2}/: fill them in (Excel or "
             "LibreOffice), then bring them back with oitgen import",
             {dir.generic_string(), spreadsheets_folder})
      << "\n";
  if (copied)
    out << tr("note: ")
        << trf("oitgen ships no OIT checklist for ITA {1} yet; content/frameworks/ita-{1}.json is "
               "a copy of the newest one, every item marked unconfirmed until it is checked "
               "against the NACC's manual of {1} (oitgen check --oit lists them)",
               {year})
        << "\n";
  return 0;
}

}  // namespace oitgen
