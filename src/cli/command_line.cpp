#include "cli/command_line.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <sstream>
#include <string_view>

#include "cli/archive_command.h"
#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/console.h"
#include "cli/export_command.h"
#include "cli/framework_command.h"
#include "cli/import_command.h"
#include "cli/new_command.h"
#include "cli/publish_command.h"
#include "cli/serve_command.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::string site_dir_help() {
  return tr(
      "the site folder (the one that holds content/); without it, the nearest folder from "
      "the current one upward that holds content/site.json");
}

struct GlobalArgs {
  bool quiet = false;
  bool verbose = false;
  bool version = false;
  std::string message_format = "human";
  std::string color = "auto";
  std::string lang;  // taken off the line before parsing; declared for its help
};

// Every command's arguments, filled in by the parse.
struct Parsed {
  GlobalArgs global;
  CheckArgs check;
  BuildArgs build;
  ArchiveArgs archive;
  FrameworkArgs framework;
  ExportArgs export_table;
  ImportArgs import_table;
  NewArgs new_site;
  PublishArgs publish;
  ServeArgs serve;
};

struct Command {
  CLI::App* app;
  std::function<int(Console&)> run;
};

constexpr std::size_t help_width = 80;
constexpr std::size_t name_column = 26;

// `text` broken at spaces into lines of at most `width` characters (code points; Thai vowel
// and tone marks take no column, so a Thai line is a little shorter than it could be). CLI11
// 2.1 does not wrap, and its help would run to the terminal's edge.
std::string wrapped(const std::string& text, std::size_t width) {
  const auto columns = [](std::string_view word) {
    return static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
  };
  std::string out;
  std::size_t column = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    if (text[at] == '\n') {
      out += '\n';
      column = 0;
      ++at;
      continue;
    }
    const std::size_t end = std::min(text.find_first_of(" \n", at), text.size());
    const std::string_view word(text.data() + at, end - at);
    const std::size_t length = columns(word);
    if (column > 0 && column + 1 + length > width) {
      out += '\n';
      column = 0;
    } else if (column > 0) {
      out += ' ';
      ++column;
    }
    out += word;
    column += length;
    at = end < text.size() && text[end] == ' ' ? end + 1 : end;
  }
  return out;
}

// CLI11's help in the reader's language, wrapped to the width of a terminal.
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_desc(const CLI::Option* option) const override {
    return wrapped(option->get_description(), help_width - name_column);
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    std::ostringstream out;
    CLI::detail::format_help(out, sub->get_name(),
                             wrapped(sub->get_description(), help_width - name_column),
                             get_column_width());
    return out.str();
  }
  std::string make_footer(const CLI::App* app) const override {
    const std::string footer = app->get_footer();
    return footer.empty() ? "" : wrapped(footer, help_width) + "\n";
  }
  std::string make_description(const CLI::App* app) const override {
    const std::string description = app->get_description();
    return description.empty() ? "" : wrapped(description, help_width) + "\n";
  }
};

std::shared_ptr<CLI::Formatter> formatter() {
  auto format = std::make_shared<HelpFormatter>();
  format->label("Usage", tr("Usage"));
  format->label("OPTIONS", tr("OPTIONS"));
  format->label("SUBCOMMAND", tr("COMMAND"));
  format->label("SUBCOMMANDS", tr("COMMAND"));
  format->label("Positionals", tr("Arguments"));
  format->label("Options", tr("Options"));
  format->label("Subcommands", tr("Commands"));
  format->label("REQUIRED", tr("REQUIRED"));
  format->label("Excludes", tr("Excludes"));
  format->label("Needs", tr("Needs"));
  format->column_width(name_column);
  return format;
}

CLI::Option* value(CLI::App* app, const std::string& name, std::string& into, const char* type,
                   const std::string& help) {
  return app->add_option(name, into, help)->type_name(type);
}

CLI::Option* value(CLI::App* app, const std::string& name, std::optional<std::string>& into,
                   const char* type, const std::string& help) {
  return app
      ->add_option_function<std::string>(
          name, [&into](const std::string& given) { into = given; }, help)
      ->type_name(type);
}

// The whole command line. `parsed` receives the values; the commands run from it.
class CommandLineApp {
 public:
  CommandLineApp(std::istream& in, bool interactive)
      : app_(tr("transparency websites for Thai local governments"), "oitgen") {
    app_.formatter(formatter());
    app_.option_defaults()->group(tr("Options"));
    app_.set_help_flag("-h,--help", tr("show this text"));
    app_.fallthrough();
    app_.allow_extras();
    app_.footer(tr("Run \"oitgen help COMMAND\" for a command's options."));
    GlobalArgs& g = parsed_.global;
    app_.add_flag("--version", g.version, tr("print the version"));
    app_.add_flag("-q,--quiet", g.quiet,
                  tr("print only problems: no progress, summary or note lines"));
    app_.add_flag("-v,--verbose", g.verbose, tr("also print what each step did"));
    value(&app_, "--message-format", g.message_format, "human|json|sarif",
          tr("how diagnostics are printed: human lines on standard error (default), one JSON "
             "object a line on standard output, or a SARIF 2.1.0 log on standard output"))
        ->check(CLI::IsMember({"human", "json", "sarif"}).description(""));
    value(&app_, "--color", g.color, "auto|always|never",
          tr("colour the diagnostics: auto (on a terminal, unless NO_COLOR is set), always or "
             "never"))
        ->check(CLI::IsMember({"auto", "always", "never"}).description(""));
    value(&app_, "--lang", g.lang, "th|en",
          tr("the language of the messages (default: OITGEN_LANG, then the locale)"));
    for (auto* option : app_.get_options()) option->configurable(false);

    add_new(in, interactive);
    add_check();
    add_build();
    add_archive();
    add_framework();
    add_publish();
    add_serve();
    add_export();
    add_import();
    help_ = app_.add_subcommand("help", tr("show the help of oitgen or of one command"));
    // Every word after "help" names the topic, even one that is a command's name.
    help_->prefix_command();
    for (auto* sub : app_.get_subcommands({})) {
      sub->formatter(formatter());
      sub->group(tr("Commands"));
      sub->group(tr("Commands"));
    }
  }

  CLI::App& app() { return app_; }
  Parsed& parsed() { return parsed_; }
  const std::vector<Command>& commands() const { return commands_; }
  CLI::App* help_command() const { return help_; }

 private:
  CLI::App* command(const char* name, const std::string& description, const std::string& footer,
                    std::function<int(Console&)> run) {
    CLI::App* sub = app_.add_subcommand(name, description);
    sub->option_defaults()->group(tr("Options"));
    sub->set_help_flag("-h,--help", tr("show this text"));
    sub->footer(footer);
    sub->allow_extras();
    sub->fallthrough();
    commands_.push_back({sub, std::move(run)});
    return sub;
  }

  void add_new(std::istream& in, bool interactive) {
    NewArgs& a = parsed_.new_site;
    CLI::App* sub = command(
        "new", tr("write a starter site for a municipality into a new folder"),
        tr("Writes a small Thai starter site into DIR (a new or empty folder): content/site.json "
           "with the municipality's name, kind, province and web address, the current five-year "
           "plan with its four dimensions and one project to fill in each, the current year's "
           "first report waiting for its figures, and the No Gift Policy notice with blanks (...) "
           "to fill in; and in DIR/spreadsheets/ the plan's and the report's tables as workbooks, "
           "to fill in and bring back with oitgen import. `oitgen check DIR` is clean on it; fill "
           "in the blanks, then `oitgen build DIR`.\n\nWhat the flags leave out is asked for when "
           "oitgen runs in a terminal; otherwise --name and --url are required.\n\nExit status: 0 "
           "written, 2 wrong usage or a DIR that is not new or empty (nothing is written)."),
        [&a, &in, interactive](Console& console) {
          return new_command(a, in, interactive, console);
        });
    sub->add_option("DIR", a.positional, tr("the folder to write the site into"))->type_name("");
    value(sub, "--name", a.name, "NAME",
          trf("the municipality's name in Thai ({1})", {"เทศบาลตำบลหนองบัว"}));
    value(sub, "--kind", a.kind, "KIND",
          trf("its kind ({1}); by default taken from the start of the name", {"เทศบาลตำบล"}));
    value(sub, "--province", a.province, "PROVINCE", trf("its province ({1})", {"ขอนแก่น"}));
    value(sub, "--url", a.url, "URL",
          tr("the address the site is published at (https://www.nongbua.go.th/ita/)"));
  }

  void add_check() {
    CheckArgs& a = parsed_.check;
    CLI::App* sub = command(
        "check", tr("validate a site's content and report every problem"),
        tr("Reads every file, reports every problem as FILE:LINE:COLUMN: error|warning: message, "
           "and compares the totals the plan declares with the ones its projects add up to.\n\n"
           "Exit status: 0 no errors, 1 errors or broken links (or warnings or unserved OIT items "
           "with --strict), 2 wrong usage."),
        [&a](Console& console) { return check_command(a, console); });
    sub->add_option("SITE_DIR", a.positional, site_dir_help())->type_name("");
    sub->add_flag("--oit", a.oit,
                  tr("also print the OIT checklist coverage for the assessment year (site.json's "
                     "oit_year, else its current fiscal year): every item that is missing or "
                     "outdated, and what would serve it; items not yet confirmed against the "
                     "NACC's manual are marked"));
    sub->add_flag("--links", a.links,
                  tr("also check every link of the built site (SITE_DIR/output): internal ones "
                     "on disk, external ones over the network, 8 at a time"));
    sub->add_option("--timeout", a.timeout,
                    tr("with --links: how long to wait for each external link (default 10)"))
        ->type_name("SECONDS")
        ->check(CLI::PositiveNumber);
    sub->add_flag("--strict", a.strict,
                  tr("treat warnings as errors, and with --oit missing or outdated items too"));
  }

  void add_build() {
    BuildArgs& a = parsed_.build;
    CLI::App* sub = command(
        "build", tr("check, then render the site into output/"),
        tr("Checks the site folder and renders it with its theme into SITE_DIR/output/ (or DIR). "
           "The site is written to a new folder first and takes the place of the old output in "
           "one step only when the whole build succeeded: a build that fails leaves the previous "
           "output exactly as it was.\n\noitgen replaces only a folder that it built (it holds an "
           ".oitgen-output file) or an empty one; DIR may not be the site folder, its content/ "
           "folder or a folder inside it, nor a folder that holds the site.\n\nWith --sites, every "
           "folder of DIR that holds content/site.json is a site, built into OUT/<folder>/ (OUT: "
           "DIR/output by default), each on its own: a site that fails is reported and keeps its "
           "previous output, and the others are built. OUT/index.html (Thai), OUT/index.en.html, "
           "OUT/sites.json and OUT/sites.csv list every site with its figures. A folder name must "
           "be a site id (a-z, 0-9, \"-\"); links and hidden folders are not built. --strict, "
           "--no-pdf and --for-disk apply to every site (and --for-disk to the index's links too); "
           "--base-url, one site's address, does not go with --sites.\n\nExit status: 0 built, 1 "
           "errors (nothing written; with --sites: some site not built), 2 wrong usage or an "
           "output folder oitgen may not replace (nothing written)."),
        [&a](Console& console) { return build_command(a, console); });
    sub->add_option("SITE_DIR", a.positional, site_dir_help())->type_name("");
    value(sub, "--output", a.output, "DIR",
          tr("write the site here instead of SITE_DIR/output (with --sites: the sites and their "
             "index here instead of DIR/output)"));
    sub->add_flag("--strict", a.strict, tr("treat warnings as errors"));
    sub->add_flag("--no-pdf", a.no_pdf,
                  tr("leave out the printable documents (the PDF memo, plan, ITA measures "
                     "report and notice beside their pages)"));
    sub->add_flag("--for-disk", a.for_disk,
                  tr("links that name index.html, for a copy opened from a disk (file://)"));
    value(sub, "--base-url", a.base_url, "URL",
          tr("build for this address instead of site.json's base_url (a staging copy)"));
    value(sub, "--sites", a.sites, "DIR",
          tr("build every site folder of DIR, in parallel (OITGEN_THREADS)"));
    value(sub, "--theme-dir", a.theme_dir, "THEMES",
          tr("with --sites: take every site's theme from THEMES/<name>/ instead of its own "
             "themes/<name>/, loaded once for all sites"));
  }

  void add_archive() {
    ArchiveArgs& a = parsed_.archive;
    CLI::App* sub = command(
        "archive", tr("freeze a fiscal year's site, or prove the snapshots unchanged"),
        tr("oitgen archive YEAR [SITE_DIR] freezes the site as of fiscal year YEAR into "
           "SITE_DIR/content/archive/YEAR/ with a manifest of every file's size and SHA-256, "
           "chained to the previous year's manifest. A snapshot is never overwritten unless "
           "--replace is given, and a replacement keeps the replaced manifest's hash. Every build "
           "publishes content/archive/ unchanged under archive/.\n\noitgen archive --verify "
           "[SITE_DIR | URL] re-hashes every snapshot, checks the chain and the signatures, and "
           "names every changed, added or removed file.\n\nA replacement is built beside the "
           "snapshot and takes its place in one step; what an interrupted run leaves in "
           "content/archive/ is removed by the next archive or build.\n\nExit status: 0 done "
           "(verified), 1 refused, failed or a mismatch found, 2 wrong usage or a year's folder "
           "that is not a snapshot oitgen wrote (nothing is written then)."),
        [&a](Console& console) { return archive_command(a, console); });
    sub->add_option("YEAR", a.positional,
                    tr("the fiscal year (Buddhist Era, e.g. 2567), then the site folder; with "
                       "--verify, the site folder or the URL of a published site"))
        ->type_name("[SITE_DIR]");
    sub->add_flag("--replace", a.replace,
                  tr("rebuild an existing snapshot; the rewrite stays visible in the manifests"));
    value(sub, "--sign", a.sign, "KEYFILE",
          tr("sign the manifest with an Ed25519 private key (PEM); the public key is published as "
             "archive/public-key.pem"));
    sub->add_flag("--verify", a.verify,
                  tr("re-hash every snapshot of SITE_DIR, or of the site published at URL"));
    value(sub, "--cacert", a.cacert, "FILE",
          tr("with --verify of a URL: trust this certificate authority too"));
  }

  void add_framework() {
    FrameworkArgs& a = parsed_.framework;
    CLI::App* group = app_.add_subcommand(
        "framework", tr("start the OIT checklist of a year oitgen does not ship yet"));
    group->option_defaults()->group(tr("Options"));
    group->set_help_flag("-h,--help", tr("show this text"));
    group->fallthrough();
    CLI::App* sub = group->add_subcommand(
        "new", tr("start content/frameworks/ita-YEAR.json as an unconfirmed copy of the year "
                  "before"));
    sub->option_defaults()->group(tr("Options"));
    sub->set_help_flag("-h,--help", tr("show this text"));
    sub->allow_extras();
    sub->fallthrough();
    sub->formatter(formatter());
    sub->group(tr("Commands"));
    group->formatter(formatter());
    sub->footer(
        tr("Writes content/frameworks/ita-YEAR.json, a copy of framework ID (default: the "
           "newest one before YEAR) with its id, year and title changed, every item marked "
           "\"confirmed\": false and its sources emptied. Check each item against the NACC's "
           "manual of that year, correct what changed, then set \"confirmed\": true and its "
           "\"sources\".\n\nExit status: 0 written, 1 the file could not be written, 2 wrong "
           "usage or refused (the file exists, or SITE_DIR is not a site folder; nothing was "
           "written)."));
    commands_.push_back(
        {sub, [&a](Console& console) { return framework_new_command(a, console); }});
    sub->add_option("YEAR", a.positional,
                    tr("the assessment year (e.g. 2570), then the site folder"))
        ->type_name("[SITE_DIR]");
    value(sub, "--from", a.from, "ID", tr("the framework to copy, e.g. ita-2569"));
  }

  void add_publish() {
    PublishArgs& a = parsed_.publish;
    CLI::App* sub = command(
        "publish", tr("upload output/ to the web host, only what changed"),
        tr("Uploads SITE_DIR/output/ to the host named TARGET under \"publish\" in site.json (the "
           "only one when there is one; a single word is SITE_DIR when it holds "
           "content/site.json). Only files whose SHA-256 differs from the host's manifest go up, "
           "styles and data before the pages that use them, and the manifest last: run it again "
           "to finish an interrupted publish. Credentials come only from the environment variable "
           "that the target's \"credentials_env\" names: \"user:password\" (sftp also "
           "\"user:key=/path/to/private_key\"; s3 \"ACCESS_KEY:SECRET_KEY\").\n\nExit status: 0 "
           "published, 1 a file failed, the host refused or could not be verified, 2 wrong usage."),
        [&a](Console& console) { return publish_command(a, console); });
    sub->add_option("TARGET", a.positional,
                    tr("the target's name in site.json, then the site folder"))
        ->type_name("[SITE_DIR]");
    sub->add_flag("--dry-run", a.dry_run, tr("list what would change, change nothing"));
    sub->add_flag("--delete", a.delete_stale,
                  tr("also delete files on the host that the site no longer has"));
    value(sub, "--output", a.output, "DIR", tr("publish DIR instead of SITE_DIR/output"));
    value(sub, "--cacert", a.cacert, "FILE",
          tr("trust this certificate authority too (TLS is always verified)"));
    value(sub, "--known-hosts", a.known_hosts, "FILE",
          tr("sftp: the known_hosts file with the host's key (default ~/.ssh/known_hosts; without "
             "one, or with the host not in it, publish refuses)"));
    sub->add_option_function<long>(
           "--timeout", [&a](const long& seconds) { a.timeout = seconds; },
           tr("give up on a transfer that moves nothing, or a host that does not answer, for "
              "this long (default 60); it is then retried"))
        ->type_name("SECONDS");
  }

  void add_serve() {
    ServeArgs& a = parsed_.serve;
    CLI::App* sub = command(
        "serve", tr("a live preview at http://127.0.0.1:1313/ that rebuilds on every change"),
        tr("Checks and builds the site folder and serves it at http://127.0.0.1:1313/. Every "
           "change under content/ or themes/ rebuilds it, and the open page reloads itself. When "
           "the content has errors they are printed here and every page shows them, each with its "
           "file, line and column, until they are fixed; the stylesheet and images of the last "
           "good build are still served meanwhile.\n\nThe preview is built in memory: output/ is "
           "never touched, and nothing is left on disk when serve stops, however it stops "
           "(Ctrl-C).\n\nExit status: 1 the preview could not start (the port is taken, inotify "
           "is not available), 2 wrong usage."),
        [&a](Console& console) { return serve_command(a, console); });
    sub->add_option("SITE_DIR", a.positional, site_dir_help())->type_name("");
    value(sub, "--port", a.port, "N",
          tr("the port to listen on (default 1313); 0 picks a free one"));
    value(sub, "--bind", a.bind, "ADDRESS",
          tr("the IP address to listen on (default 127.0.0.1, this machine only). Another address "
             "exposes the unpublished site to every machine that can reach it; say so only on a "
             "network you trust."));
    sub->add_flag("--strict", a.strict, tr("treat warnings as errors"));
  }

  void add_export() {
    ExportArgs& a = parsed_.export_table;
    CLI::App* sub = command(
        "export", tr("a plan's or a report's table to an XLSX workbook"),
        trf("oitgen export plan PLAN_ID --xlsx FILE [SITE_DIR] writes the sheet {1}: {2}, {3}, "
            "{4}, "
            "{5}, one budget column per year of the plan (\"-\": not planned that year), {6}, "
            "{7}, {8}.\noitgen export report PLAN_ID REPORT_ID --xlsx FILE [SITE_DIR] writes the "
            "sheet {9}: {2}, {10}, {11} (a list of the Thai status words), {12}, {13}, {6}, "
            "{8}.\n\nThe workbook is laid out like the paper forms, to fill in with Excel or "
            "LibreOffice and read back with oitgen import. The content must check without "
            "errors first.\n\nExit status: 0 written, 1 errors, 2 wrong usage.",
            {"แผน", "ลำดับ", "มิติ", "ภารกิจ", "โครงการ/กิจกรรม/มาตรการ", "หมายเหตุ", "ประเภท", "รหัส",
             "รายงาน", "โครงการ", "สถานะ", "งบประมาณ", "เบิกจ่าย"}),
        [&a](Console& console) { return export_command(a, console); });
    sub->add_option("TABLE", a.positional,
                    tr("plan PLAN_ID, or report PLAN_ID REPORT_ID, then the site folder"))
        ->type_name("IDS [SITE_DIR]");
    value(sub, "--xlsx", a.xlsx, "FILE",
          tr("the workbook to write; a file already there is replaced, whole"));
  }

  void add_import() {
    ImportArgs& a = parsed_.import_table;
    CLI::App* sub = command(
        "import", tr("a filled-in sheet back into the content files"),
        trf("oitgen import plan FILE --plan PLAN_ID [SITE_DIR]: each row is a project of "
            "plans/PLAN_ID/projects/, matched by {1}, else by {2}, else a new file p<NN>.md. Of "
            "an existing file only the front matter fields the sheet has change; its text (the "
            "Markdown body) is never touched.\noitgen import report FILE --plan PLAN_ID --id "
            "REPORT_ID [SITE_DIR]: the rows become the entries of plans/PLAN_ID/reports/"
            "REPORT_ID.json; a report not there yet is created when its id says its year and round "
            "(2568-6-month).\n\nFILE is an XLSX workbook (the sheet that oitgen export wrote, else "
            "the first) or a CSV file (UTF-8, with or without a byte order mark, or Thai Windows' "
            "Windows-874). Columns are found by their Thai heads; Thai digits, thousands "
            "separators, \"-\" for a year not planned, the Thai status words and a {3} in one of "
            "the "
            "report form's four status columns are read. Every problem is reported with its cell "
            "(report.xlsx!D14), all at once, and nothing is written while there is any. Each file "
            "is written whole or not at all.\n\nExit status: 0 imported, 1 problems, 2 wrong "
            "usage.",
            {"รหัส", "ลำดับ", "✓"}),
        [&a](Console& console) { return import_command(a, console); });
    sub->add_option("TABLE", a.positional, tr("plan FILE or report FILE, then the site folder"))
        ->type_name("FILE [SITE_DIR]");
    value(sub, "--plan", a.plan, "PLAN_ID", tr("the plan the sheet belongs to"));
    value(sub, "--id", a.id, "REPORT_ID", tr("with report: the report the sheet fills in"));
    sub->add_flag("--dry-run", a.dry_run,
                  tr("show what would change, per file (created, changed fields, unchanged), "
                     "and write nothing"));
  }

  CLI::App app_;
  Parsed parsed_;
  std::vector<Command> commands_;
  CLI::App* help_ = nullptr;
};

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* at = &app; at; at = at->get_parent())
    for (const auto* option : at->get_options()) {
      for (const auto& name : option->get_lnames()) names.push_back("--" + name);
      for (const auto& name : option->get_snames()) names.push_back("-" + name);
    }
  return names;
}

// The command's name as typed: "build", "framework new".
std::string full_name(const CLI::App* app) {
  std::vector<std::string> names;
  for (; app && app->get_parent(); app = app->get_parent()) names.push_back(app->get_name());
  std::string name;
  for (auto at = names.rbegin(); at != names.rend(); ++at) name += (name.empty() ? "" : " ") + *at;
  return name;
}

// The help of one command, as "oitgen help COMMAND" and "oitgen COMMAND --help" show it.
std::string help_of(const CLI::App* app) {
  const std::string name = full_name(app);
  return app->get_formatter()->make_help(app, name.empty() ? "oitgen" : "oitgen " + name,
                                         CLI::AppFormatMode::Normal);
}

int usage_error(const std::string& message, const std::string& command, std::ostream& err) {
  err << message << "\n"
      << trf("Run \"oitgen help{1}\" for the options.", {command.empty() ? "" : " " + command})
      << "\n";
  return 2;
}

// "--output needs a value" and the like, in the reader's language, for CLI11's errors.
std::string parse_problem(const CLI::ParseError& e) {
  std::string what = e.what();
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    const auto colon = what.find(':');
    return trf("{1} needs a value", {what.substr(0, colon)});
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e) ||
      dynamic_cast<const CLI::ConversionError*>(&e))
    return trf("a value is not allowed: {1}", {what});
  return what;
}

const CLI::App* selected(const CLI::App& app) {
  const CLI::App* at = &app;
  for (;;) {
    const auto chosen = at->get_subcommands();
    if (chosen.empty()) return at;
    at = chosen.front();
  }
}

// Roff text, with the characters roff reads as requests or escapes made plain.
std::string roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
    line_start = c == '\n';
  }
  return out;
}

void manual_options(std::ostringstream& page, const CLI::App& app) {
  for (const auto* option : app.get_options()) {
    if (option->get_group().empty() || option->get_lnames().empty()) continue;
    std::string names;
    for (const auto& name : option->get_snames()) names += "-" + name + ", ";
    for (const auto& name : option->get_lnames()) names += "--" + name;
    page << ".TP\n\\fB" << roff(names) << "\\fR";
    if (!option->get_type_name().empty() && option->get_type_size_max() > 0)
      page << " \\fI" << roff(option->get_type_name()) << "\\fR";
    page << "\n" << roff(option->get_description()) << "\n";
  }
}

}  // namespace

int run_command_line(const std::vector<std::string>& args, const Terminal& terminal) {
  CommandLineApp line(terminal.in, terminal.in_is_terminal);
  CLI::App& app = line.app();
  Parsed& parsed = line.parsed();
  if (args.empty()) {
    terminal.err << help_of(&app);
    return 2;
  }
  if (args[0] == "help") {
    const CLI::App* topic = &app;
    for (const auto& word : std::vector<std::string>(args.begin() + 1, args.end())) {
      const CLI::App* next = nullptr;
      for (const auto* sub : topic->get_subcommands({}))
        if (sub->get_name() == word) next = sub;
      if (!next) {
        const std::string close = nearest(word, command_names(*topic)).value_or("");
        return usage_error(trf("oitgen help: unknown command {1}", {word}) +
                               (close.empty() ? "" : trf("; did you mean {1}?", {close})),
                           "", terminal.err);
      }
      topic = next;
    }
    terminal.out << help_of(topic);
    return 0;
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them so
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    terminal.out << help_of(selected(app));
    return 0;
  } catch (const CLI::ParseError& e) {
    const CLI::App* at = selected(app);
    if (at == &app && !app.get_subcommands({}).empty() && !args.empty() &&
        !args[0].starts_with("-")) {
      // The first word names no command.
      const std::string close = nearest(args[0], command_names(app)).value_or("");
      return usage_error(trf("oitgen: unknown command {1}", {args[0]}) +
                             (close.empty() ? "" : trf("; did you mean {1}?", {close})),
                         "", terminal.err);
    }
    return usage_error(
        "oitgen" + std::string(at == &app ? "" : " " + full_name(at)) + ": " + parse_problem(e),
        full_name(at), terminal.err);
  }
  if (parsed.global.version) {
    terminal.out << "oitgen " << OITGEN_VERSION << "\n";
    return 0;
  }
  const CLI::App* at = selected(app);
  // Words no option or command took: a misspelt option, or a misspelt command.
  for (const auto& extra : app.remaining(true)) {
    if (!at->get_subcommands({}).empty() && !extra.starts_with("-")) {
      const std::string close = nearest(extra, command_names(*at)).value_or("");
      const std::string name = at == &app ? "oitgen" : "oitgen " + full_name(at);
      return usage_error(trf("{1}: unknown command {2}", {name, extra}) +
                             (close.empty() ? "" : trf("; did you mean {1}?", {close})),
                         "", terminal.err);
    }
    const std::string close = nearest(extra, option_names(*at)).value_or("");
    return usage_error(trf("oitgen {1}: unknown option {2}", {full_name(at), extra}) +
                           (close.empty() ? "" : trf("; did you mean {1}?", {close})),
                       full_name(at), terminal.err);
  }
  for (const auto& command : line.commands()) {
    if (command.app != at) continue;
    ConsoleOptions options;
    const std::string& format = parsed.global.message_format;
    options.format = format == "json"    ? MessageFormat::json
                     : format == "sarif" ? MessageFormat::sarif
                                         : MessageFormat::human;
    options.quiet = parsed.global.quiet;
    options.verbose = parsed.global.verbose && !parsed.global.quiet;
    options.terminal = terminal.err_is_terminal;
    options.color = color_wanted(parsed.global.color, terminal.err_is_terminal,
                                 std::getenv("NO_COLOR"), std::getenv("TERM"));
    Console console(terminal.out, terminal.err, terminal.raw_err, options);
    struct Finish {
      Console& console;
      ~Finish() { console.finish(); }
    } finish{console};
    return command.run(console);
  }
  // A command group without its command ("oitgen framework").
  terminal.err << help_of(at);
  return 2;
}

std::string manual_page() {
  std::istringstream no_input;
  CommandLineApp line(no_input, false);
  CLI::App& app = line.app();
  std::ostringstream page;
  page << ".\\\" -*- coding: UTF-8 -*-\n.TH OITGEN 1 \"\" \"oitgen " << OITGEN_VERSION << "\" \""
       << tr("User Commands") << "\"\n.SH " << tr("NAME") << "\noitgen \\- "
       << roff(app.get_description()) << "\n.SH " << tr("SYNOPSIS") << "\n.B oitgen\n[\\fI"
       << tr("OPTIONS") << "\\fR] \\fI" << tr("COMMAND") << "\\fR [\\fI" << tr("ARGUMENTS")
       << "\\fR]\n.SH " << tr("OPTIONS") << "\n";
  manual_options(page, app);
  page << ".SH " << tr("COMMANDS") << "\n";
  std::function<void(const CLI::App&)> describe = [&](const CLI::App& sub) {
    if (&sub == line.help_command()) return;
    const auto children = sub.get_subcommands({});
    if (!children.empty() && sub.get_options().size() <= 1) {
      for (const auto* child : children) describe(*child);
      return;
    }
    page << ".SS \"oitgen " << roff(full_name(&sub)) << "\"\n"
         << roff(sub.get_description()) << "\n.PP\n";
    // The synopsis is the help's usage line, without its label.
    std::string usage = formatter()->make_usage(&sub, "oitgen " + full_name(&sub));
    usage = usage.substr(usage.find(':') + 1);
    while (!usage.empty() && (usage.front() == ' ' || usage.front() == '\n')) usage.erase(0, 1);
    while (!usage.empty() && usage.back() == '\n') usage.pop_back();
    page << "\\fB" << roff(usage) << "\\fR\n.PP\n";
    std::string footer = roff(sub.get_footer());
    for (std::size_t at = footer.find("\n\n"); at != std::string::npos;
         at = footer.find("\n\n", at))
      footer.replace(at, 2, "\n.PP\n");
    page << footer << "\n";
    manual_options(page, sub);
  };
  for (const auto* sub : app.get_subcommands({})) describe(*sub);
  page << ".SH " << tr("ENVIRONMENT") << "\n.TP\n.B OITGEN_LANG\n"
       << roff(tr("the language of the messages, th or en, when --lang is not given")) << "\n"
       << ".TP\n.B OITGEN_THREADS\n"
       << roff(tr("how many threads a build uses at most (default: the machine's cores)")) << "\n"
       << ".TP\n.B NO_COLOR\n"
       << roff(tr("when set, no colours (--color auto)")) << "\n"
       << ".SH " << tr("EXIT STATUS") << "\n"
       << roff(tr("0 success, 1 problems in the content or a failed step, 2 wrong usage.")) << "\n";
  return page.str();
}

std::string bash_completion() {
  std::istringstream no_input;
  CommandLineApp line(no_input, false);
  CLI::App& app = line.app();
  std::ostringstream script;
  const auto words = [](const std::vector<std::string>& list) {
    std::string joined;
    for (const auto& word : list) joined += (joined.empty() ? "" : " ") + word;
    return joined;
  };
  std::vector<std::string> global;
  for (const auto* option : app.get_options())
    for (const auto& name : option->get_lnames()) global.push_back("--" + name);
  script << "# bash completion for oitgen\n_oitgen() {\n"
            "  local cur=${COMP_WORDS[COMP_CWORD]} command=\"\" commands=\"\" i\n"
            "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
            "    case ${COMP_WORDS[i]} in -*) ;; *) command=${COMP_WORDS[i]}; break ;; esac\n"
            "  done\n"
            "  local options=\""
         << words(global)
         << "\"\n"
            "  case $command in\n"
            "    \"\") COMPREPLY=($(compgen -W \""
         << words(command_names(app)) << "\" -- \"$cur\")); return ;;\n";
  for (const auto* sub : app.get_subcommands({})) {
    std::vector<std::string> options;
    std::vector<std::string> commands;
    std::function<void(const CLI::App&)> collect = [&](const CLI::App& at) {
      for (const auto* option : at.get_options())
        for (const auto& name : option->get_lnames()) options.push_back("--" + name);
      for (const auto* child : at.get_subcommands({})) {
        commands.push_back(child->get_name());
        collect(*child);
      }
    };
    collect(*sub);
    if (sub == line.help_command()) commands = command_names(app);
    script << "    " << sub->get_name() << ") options=\"$options " << words(options)
           << "\" commands=\"" << words(commands) << "\" ;;\n";
  }
  // Words that are not options: the command's own commands ("framework new"), then files.
  script << "  esac\n"
            "  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"));\n"
            "  else COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\") $(compgen -f -- \"$cur\"));"
            " fi\n"
            "}\ncomplete -o filenames -o bashdefault -F _oitgen oitgen\n";
  return script.str();
}

}  // namespace oitgen
