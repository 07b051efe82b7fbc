#pragma once
// Open data: every plan, report and ITA year as JSON and as CSV (UTF-8 with a byte order mark,
// so that Excel shows Thai), under data/ mirroring the content path, and data/datapackage.json,
// the Frictionless Data Package that describes every CSV for a data portal.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/figures.h"
#include "model/site.h"
#include "render/links.h"

namespace oitgen {

struct DataFile {
  std::string path;  // e.g. "data/plans/2566-2570/plan.json"
  std::string bytes;
};

// A column of a CSV. Its header is Thai, for the people who open it in Excel; `key` is the
// name a program keeps to (the JSON's key where the JSON has one).
struct DataField {
  std::string key;  // "budget_2567": lower-case ASCII, never changed once published
  std::string name;  // the CSV's header ("งบประมาณ 2567"), the Table Schema field's name
  std::string title;  // in Thai, with its unit ("งบประมาณปีงบประมาณ พ.ศ. 2567 (บาท)")
  std::string type;   // a Table Schema type: string, integer, number, boolean or date
};

// One CSV, as data/datapackage.json and the data/ page describe it.
struct DataTable {
  std::string name;   // the resource's name, lower case ("plan-2566-2570")
  std::string title;  // in Thai
  std::string csv;    // its site path ("data/plans/2566-2570/plan.csv")
  std::string json;   // the site path of the JSON that holds the same records; empty: none
  std::vector<DataField> fields;
  std::uintmax_t csv_bytes = 0;
  std::uintmax_t json_bytes = 0;  // 0 without a JSON
  std::string csv_sha256;
};

struct OpenData {
  std::vector<DataFile> files;    // in the site's order
  std::vector<DataTable> tables;  // every CSV of `files`, in the same order
};

// The figures carry their records: a plan, its reports and each ITA year, in the site's order.
OpenData open_data(const Figures& figures);
std::vector<DataFile> open_data_files(const Figures& figures);

// Adds a CSV published elsewhere on the site (oit/oit-links.csv) to the tables, with its size.
void add_published_table(OpenData& data, DataTable table, std::string_view bytes);
// The columns of oit/oit-links.csv: it keeps its English header, which the ITAS sheets read.
DataTable oit_links_table();

// data/datapackage.json: a Tabular Data Package with every table, its path relative to data/
// (an absolute URL for a file outside it), its size, SHA-256 and schema, and the licence when
// site.json gives one. Nothing when there is no table: a package needs one resource at least.
std::optional<DataFile> datapackage_file(const OpenData& data, const SiteConfig& config,
                                         const Links& links);

// Whether a spreadsheet would run `value` as a formula: it starts, after any spaces, with
// =, +, -, @, a tab or a line break.
bool runs_as_formula(std::string_view value);

// One CSV text cell, quoted when it must be (RFC 4180); text that would run as a formula
// starts with a single quote, so that a spreadsheet shows it as text (OWASP's advice).
std::string csv_field(std::string_view value);
// A figure oitgen formatted itself ("-12.50", "3"): a number to the spreadsheet, left as is.
std::string csv_number(std::string_view number);

}  // namespace oitgen
