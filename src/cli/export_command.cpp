#include "cli/export_command.h"

#include <filesystem>

#include "cli/messages.h"
#include "export/workbook.h"
#include "pipeline/pipeline.h"
#include "util/i18n.h"
#include "util/text.h"
#include "write/atomic_file.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {}  // namespace

int export_command(const ExportArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  const std::string& file = args.xlsx;
  const bool plan_table = !positional.empty() && positional[0] == "plan";
  const bool report_table = !positional.empty() && positional[0] == "report";
  const std::size_t ids = plan_table ? 1 : 2;
  if ((!plan_table && !report_table) || positional.size() < 1 + ids ||
      positional.size() > 2 + ids || file.empty()) {
    err << tr("oitgen export: say what to export and where: plan PLAN_ID --xlsx FILE, or report "
              "PLAN_ID REPORT_ID --xlsx FILE")
        << "\n";
    return 2;
  }
  const std::string& plan_id = positional[1];
  const fs::path site_dir = positional.size() > 1 + ids ? fs::path(positional.back()) : ".";
  if (!fs::is_directory(site_dir)) {
    err << trf("oitgen {1}: {2} is not a folder", {"export", site_dir.generic_string()}) << "\n";
    return 2;
  }
  if (fs::is_directory(file)) {
    err << trf("oitgen export: {1} is a folder; name the workbook to write", {file}) << "\n";
    return 2;
  }

  Diagnostics diags;
  const CheckedSite checked = run_pipeline(site_dir, {}, diags).checked;
  if (diags.error_count() > 0) {
    console.report(diags, display_prefix(site_dir));
    err << tr("oitgen export: the content has errors: fix them first (oitgen check)") << "\n";
    return 1;
  }
  const Plan* plan = nullptr;
  for (const auto& p : checked.site.plans)
    if (p.id == plan_id) plan = &p;
  if (plan == nullptr) {
    std::vector<std::string> known;
    for (const auto& p : checked.site.plans) known.push_back(p.id);
    err << trf("oitgen export: there is no plan {1} (plans: {2})",
               {quote(plan_id), known.empty() ? tr("none") : join(known)})
        << "\n";
    return 1;
  }
  Workbook workbook;
  std::string what;
  if (plan_table) {
    workbook = plan_workbook(*plan);
    what =
        trn("plan {1}: {2} project", "plan {1}: {2} projects",
            static_cast<unsigned long>(workbook.rows), {plan->id, std::to_string(workbook.rows)});
  } else {
    const std::string& report_id = positional[2];
    const Report* report = nullptr;
    for (const auto& r : plan->reports)
      if (r.id == report_id) report = &r;
    if (report == nullptr) {
      std::vector<std::string> known;
      for (const auto& r : plan->reports) known.push_back(r.id);
      err << trf("oitgen export: plan {1} has no report {2} (reports: {3})",
                 {plan->id, quote(report_id), known.empty() ? tr("none") : join(known)})
          << "\n";
      return 1;
    }
    workbook = report_workbook(*plan, *report);
    // The rows written: the report's entries and the planned projects it does not list yet.
    what =
        trn("report {1}: {2} row", "report {1}: {2} rows",
            static_cast<unsigned long>(workbook.rows), {report->id, std::to_string(workbook.rows)});
  }
  replace_file_whole(file, workbook.bytes);
  out << trf("exported {1} to {2}", {what, file}) << "\n";
  return 0;
}

}  // namespace oitgen
