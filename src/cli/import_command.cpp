#include "cli/import_command.h"

#include <filesystem>

#include "cli/messages.h"
#include "import/sheet_import.h"
#include "load/csv_reader.h"
#include "load/xlsx_reader.h"
#include "pipeline/pipeline.h"
#include "util/file.h"
#include "util/i18n.h"
#include "util/text.h"
#include "write/atomic_file.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr const char* usage =
    R"(usage: oitgen import plan FILE --plan PLAN_ID [SITE_DIR] [--dry-run]
       oitgen import report FILE --plan PLAN_ID --id REPORT_ID [SITE_DIR] [--dry-run]

Reads a filled-in sheet back into the content files: an XLSX workbook (the sheet that
oitgen export wrote, else the first) or a CSV file (UTF-8, with or without a byte order mark,
or Thai Windows' Windows-874). Columns are found by their Thai heads, as the paper forms and
oitgen export write them; Thai digits, thousands separators, "-" for a year not planned, the
Thai status words and a ✓ in one of the report form's four status columns are read.

  plan      each row is a project of plans/PLAN_ID/projects/: matched by รหัส, else by
            ลำดับ, else a new file p<NN>.md. Of an existing file only the front matter fields
            the sheet has change; its text (the Markdown body) is never touched
  report    the rows become the entries of plans/PLAN_ID/reports/REPORT_ID.json; a report not
            there yet is created when its id says its year and round (2568-6-month)
  --dry-run show what would change, per file (created, changed fields, unchanged), and write
            nothing
  --help    show this text

Every problem is reported with its cell (report.xlsx!D14), all at once, and nothing is
written while there is any. Each file is written whole or not at all.
Exit status: 0 imported, 1 problems, 2 wrong usage.
)";

constexpr SizeLimit sheet_limit{64 * limits::mib, "a spreadsheet"};

}  // namespace

int import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> positional;
  std::string plan_id, report_id;
  bool dry_run = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      out << usage;
      return 0;
    }
    if (args[i] == "--plan" && i + 1 < args.size()) {
      plan_id = args[++i];
    } else if (args[i] == "--id" && i + 1 < args.size()) {
      report_id = args[++i];
    } else if (args[i] == "--dry-run") {
      dry_run = true;
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      err << trf("oitgen {1}: unknown option {2}", {"import", args[i]}) << "\n" << usage;
      return 2;
    } else {
      positional.push_back(args[i]);
    }
  }
  const bool plan_table = !positional.empty() && positional[0] == "plan";
  const bool report_table = !positional.empty() && positional[0] == "report";
  if ((!plan_table && !report_table) || positional.size() < 2 || positional.size() > 3 ||
      plan_id.empty() || (report_table && report_id.empty())) {
    err << tr("oitgen import: say what to import: plan FILE --plan PLAN_ID, or report FILE "
              "--plan PLAN_ID --id REPORT_ID")
        << "\n"
        << usage;
    return 2;
  }
  const fs::path file = positional[1];
  const fs::path site_dir = positional.size() > 2 ? fs::path(positional[2]) : ".";
  if (!fs::is_directory(site_dir)) {
    err << trf("oitgen {1}: {2} is not a folder", {"import", site_dir.generic_string()}) << "\n";
    return 2;
  }
  const auto bytes = read_file(file, sheet_limit);
  if (!bytes) {
    err << trf("oitgen import: cannot read {1} (a regular file of at most 64 MiB)",
               {file.generic_string()})
        << "\n";
    return 1;
  }
  const std::string name = file.filename().string();
  const bool zip = bytes->starts_with("PK\x03\x04");
  const TableReading reading =
      zip ? read_xlsx(*bytes, name, plan_table ? plan_sheet_name : report_sheet_name)
          : read_csv(*bytes, name);
  if (!reading.table) {
    out << name << ": " << tr("error") << ": " << reading.problem << "\n";
    err << trf("oitgen import: {1} cannot be read; nothing written", {file.generic_string()})
        << "\n";
    return 1;
  }
  const SheetTable& table = *reading.table;

  Diagnostics diags;
  const CheckedSite checked = run_pipeline(site_dir, {}, diags).checked;
  const std::string prefix = display_prefix(site_dir);
  if (diags.error_count() > 0) {
    print_diagnostics(diags, prefix, out);
    err << tr("oitgen import: the content has errors: fix them first (oitgen check); nothing "
              "written")
        << "\n";
    return 1;
  }
  ImportResult result;
  if (plan_table)
    result = import_plan_sheet(checked.site, site_dir, plan_id, read_plan_sheet(table), table);
  else
    result = import_report_sheet(checked.site, site_dir, plan_id, report_id,
                                 read_report_sheet(table), table);
  if (!result.problems.empty()) {
    for (const auto& problem : result.problems)
      out << problem.place << ": " << tr("error") << ": " << problem.message << "\n";
    out << trf("import: {1}; nothing written",
               {count_of_errors(static_cast<int>(result.problems.size()))})
        << "\n";
    return 1;
  }

  int created = 0, changed = 0, unchanged = 0;
  for (const auto& change : result.files) {
    out << prefix << change.path << ": ";
    switch (change.kind) {
      case FileChange::Kind::created:
        ++created;
        out << tr("created") << "\n";
        break;
      case FileChange::Kind::changed:
        ++changed;
        out << trf("changed: {1}", {join(change.fields)}) << "\n";
        break;
      case FileChange::Kind::unchanged:
        ++unchanged;
        out << tr("unchanged") << "\n";
        break;
    }
  }
  if (!dry_run) {
    for (const auto& change : result.files) {
      const fs::path path = site_dir / change.path;
      if (change.kind == FileChange::Kind::created) {
        fs::create_directories(path.parent_path());
        if (!create_file_whole(path, change.bytes)) {
          err << trf("oitgen import: {1} appeared meanwhile; not replaced", {prefix + change.path})
              << "\n";
          return 1;
        }
      } else if (change.kind == FileChange::Kind::changed) {
        replace_file_whole(path, change.bytes);
      }
    }
  }
  out << trf("import: {1} created, {2} changed, {3} unchanged",
             {std::to_string(created), std::to_string(changed), std::to_string(unchanged)})
      << (dry_run ? tr(" (dry run: nothing written)") : "") << "\n";
  if (dry_run || created + changed == 0) return 0;
  // What was written is checked as a build would check it.
  Diagnostics after;
  run_pipeline(site_dir, {}, after);
  if (after.error_count() > 0) {
    print_diagnostics(after, prefix, out);
    out << tr("import: the content now has errors (above): fix them in the sheet or the files")
        << "\n";
    return 1;
  }
  return 0;
}

}  // namespace oitgen
