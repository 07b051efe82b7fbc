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

namespace {

constexpr const char* usage = R"(usage: oitgen export plan PLAN_ID --xlsx FILE [SITE_DIR]
       oitgen export report PLAN_ID REPORT_ID --xlsx FILE [SITE_DIR]

Writes a plan's project table, or one of its reports, as an XLSX workbook laid out like the
paper forms, to fill in with Excel or LibreOffice and read back with oitgen import.

  plan     sheet แผน: ลำดับ, มิติ, ภารกิจ, โครงการ/กิจกรรม/มาตรการ, one budget column per
           year of the plan ("-": not planned that year), หมายเหตุ, ประเภท, รหัส
  report   sheet รายงาน: ลำดับ, โครงการ, สถานะ (a list of the Thai status words), งบประมาณ,
           เบิกจ่าย, หมายเหตุ, รหัส
  --xlsx FILE  the workbook to write; a file already there is replaced, whole
  --help   show this text

The content must check without errors first. Exit status: 0 written, 1 errors, 2 wrong usage.
)";

}  // namespace

int export_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> positional;
  std::string file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      out << usage;
      return 0;
    }
    if (args[i] == "--xlsx" && i + 1 < args.size()) {
      file = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      err << trf("oitgen {1}: unknown option {2}", {"export", args[i]}) << "\n" << usage;
      return 2;
    } else {
      positional.push_back(args[i]);
    }
  }
  const bool plan_table = !positional.empty() && positional[0] == "plan";
  const bool report_table = !positional.empty() && positional[0] == "report";
  const std::size_t ids = plan_table ? 1 : 2;
  if ((!plan_table && !report_table) || positional.size() < 1 + ids ||
      positional.size() > 2 + ids || file.empty()) {
    err << tr("oitgen export: say what to export and where: plan PLAN_ID --xlsx FILE, or report "
              "PLAN_ID REPORT_ID --xlsx FILE")
        << "\n"
        << usage;
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
    print_diagnostics(diags, display_prefix(site_dir), out);
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
  std::string bytes;
  std::string what;
  if (plan_table) {
    bytes = plan_workbook(*plan);
    what = trn("plan {1}: {2} project", "plan {1}: {2} projects",
               static_cast<unsigned long>(plan->projects.size()),
               {plan->id, std::to_string(plan->projects.size())});
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
    bytes = report_workbook(*plan, *report);
    what = trn("report {1}: {2} entry", "report {1}: {2} entries",
               static_cast<unsigned long>(report->entries.size()),
               {report->id, std::to_string(report->entries.size())});
  }
  replace_file_whole(file, bytes);
  out << trf("exported {1} to {2}", {what, file}) << "\n";
  return 0;
}

}  // namespace oitgen
