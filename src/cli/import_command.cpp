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

constexpr SizeLimit sheet_limit{64 * limits::mib, "a spreadsheet"};

}  // namespace

int import_command(const ImportArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  const std::string& plan_id = args.plan;
  const std::string& report_id = args.id;
  const bool dry_run = args.dry_run;
  const bool plan_table = !positional.empty() && positional[0] == "plan";
  const bool report_table = !positional.empty() && positional[0] == "report";
  if ((!plan_table && !report_table) || positional.size() < 2 || positional.size() > 3 ||
      plan_id.empty() || (report_table && report_id.empty())) {
    err << tr("oitgen import: say what to import: plan FILE --plan PLAN_ID, or report FILE "
              "--plan PLAN_ID --id REPORT_ID")
        << "\n";
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
    Diagnostics unreadable;
    unreadable.error(name, {}, "import.unreadable", reading.problem);
    console.report(unreadable, "");
    err << trf("oitgen import: {1} cannot be read; nothing written", {file.generic_string()})
        << "\n";
    return 1;
  }
  const SheetTable& table = *reading.table;

  Diagnostics diags;
  const CheckedSite checked = run_pipeline(site_dir, {}, diags).checked;
  const std::string prefix = display_prefix(site_dir);
  if (diags.error_count() > 0) {
    console.report(diags, prefix);
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
    // A cell is the place of each problem ("report.xlsx!D14"): no line or column.
    Diagnostics cells;
    for (const auto& problem : result.problems)
      cells.error(problem.place, {}, "import.cell", problem.message);
    console.report(cells, "");
    err << trf("import: {1}; nothing written",
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
    console.report(after, prefix);
    err << tr("import: the content now has errors (above): fix them in the sheet or the files")
        << "\n";
    return 1;
  }
  return 0;
}

}  // namespace oitgen
