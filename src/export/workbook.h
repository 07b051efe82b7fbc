#pragma once
// A plan's project table and a report's table as XLSX workbooks laid out like the paper forms,
// with Thai column heads, for the clerk to fill in and give back to `oitgen import`.

#include <string>

#include "model/site.h"

namespace oitgen {

// Sheet แผน: ลำดับ, มิติ, ภารกิจ, โครงการ/กิจกรรม/มาตรการ, one budget column per plan year
// ("-" for a year not planned), หมายเหตุ (the budget note), ประเภท (a drop-down list of the
// kinds) and รหัส (the project's file name, which import matches rows by).
std::string plan_workbook(const Plan& plan);

// Sheet รายงาน: ลำดับ, โครงการ, สถานะ (a drop-down list of the Thai status words),
// งบประมาณ (the entry's budget, else the plan's for the report's year), เบิกจ่าย, หมายเหตุ,
// รหัส.
std::string report_workbook(const Plan& plan, const Report& report);

}  // namespace oitgen
