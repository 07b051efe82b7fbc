#pragma once
// What importing a plan's or a report's sheet changes in the content folder: per file, created,
// changed (which fields) or unchanged, with the new bytes; or the problems, each naming its
// cell, that stop the import. Nothing is written here (the command writes, or shows a dry run).

#include <filesystem>
#include <string>
#include <vector>

#include "load/table_import.h"
#include "model/site.h"

namespace oitgen {

struct FileChange {
  enum class Kind { created, changed, unchanged };
  std::string path;  // relative to the site folder
  Kind kind = Kind::unchanged;
  std::vector<std::string> fields;  // what changed ("budget", "p03.status")
  std::string bytes;                // the file as it is to be
};

struct ImportResult {
  std::vector<FileChange> files;
  std::vector<CellProblem> problems;
};

// A row becomes a project file of plans/<plan_id>/projects/: the project of its รหัส, else the
// project of its ลำดับ, else a new project p<NN>. Of an existing file only the front matter
// fields the sheet has are changed; its body is kept as it is.
ImportResult import_plan_sheet(const Site& site, const std::filesystem::path& site_dir,
                               const std::string& plan_id, const PlanSheet& sheet,
                               const SheetTable& table);

// The rows become the entries of plans/<plan_id>/reports/<report_id>.json, matched to the plan's
// projects by รหัส, else by ลำดับ. Entries the sheet does not have and the report's other fields
// are kept. A report that does not exist yet is created when its id says its year and round
// ("2568-6-month").
ImportResult import_report_sheet(const Site& site, const std::filesystem::path& site_dir,
                                 const std::string& plan_id, const std::string& report_id,
                                 const ReportSheet& sheet, const SheetTable& table);

}  // namespace oitgen
