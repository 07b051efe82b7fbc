#pragma once
// The content model: plain structs filled by load/, checked by validate/, read by compute/.
// Each struct remembers where it came from so that later steps can point at the source.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/date.h"
#include "model/framework.h"
#include "model/money.h"

namespace oitgen {

// Where a value was written: the file and, per field name ("dimension", "budget.2566"), the
// position of its value.
struct Source {
  std::string file;  // relative to the site folder
  Position pos;      // the record itself (object start, or line 0 for the whole file)
  std::map<std::string, Position> fields;

  Position at(const std::string& field) const;  // the field's position, else the record's
};

struct PublishTarget {
  std::string name;
  std::string url;
  std::string credentials_env;
  std::string endpoint;  // s3:// targets
  std::string region;    // s3:// targets
};

struct Organization {
  Text name;
  std::string kind, address, district, province, phone, email, website;
  // The emblem's image, as written in site.json: a path from content/ ("static/emblem.png");
  // absent when not given. Checked by the loader, which then sets Site::logo.
  std::optional<std::string> logo;
  Position logo_pos;
};

enum class Numerals { arabic, thai };

// The licence under which the organization publishes its open data ("license" in site.json).
// None: the site claims no licence, and none is shown or written.
struct License {
  std::string id;  // an SPDX / Open Definition id ("CC-BY-4.0"); empty for a licence of its own
  Text title;
  std::string url;
};

struct SiteConfig {
  Organization organization;
  std::string base_url;
  std::vector<std::string> languages{"th"};
  Numerals numerals = Numerals::arabic;
  std::string theme = "default";
  std::optional<int> current_fiscal_year;
  std::string oit_framework;
  std::optional<int> oit_year;  // the ITA whose OIT checklist applies; absent: the current year
  std::vector<PublishTarget> publish;
  std::optional<License> license;
  Source source;
};

struct Mission {
  std::string number;  // "1.1"
  Text title;
  Source source;
};

struct Dimension {
  int number = 0;
  Text title;
  std::vector<Mission> missions;
  Source source;
};

struct Target {
  Text title;
  std::string unit;
  std::string kind;              // "ita_score" marks the plan's ITA score target
  std::map<int, double> values;  // fiscal year -> value
  Source source;
};

struct Risk {
  Text process;
  std::vector<Text> issues;
  std::string level;                  // as the assessment writes it ("สูง")
  std::vector<std::string> controls;  // project ids or free text
  std::optional<int> likelihood;      // 1 to 5, where the assessment rates it
  std::optional<int> impact;          // 1 to 5
  std::string responsible;
  Source source;
};

struct Announcement {
  std::optional<Date> date;
  std::string by;
  std::string position;
};

// What was done in a year to manage its corruption risks.
struct RiskAction {
  Text title;
  std::string project;  // optional: the plan project that carries it out
  std::string period, responsible;
  std::string result;  // Markdown
  Source source;
};

// One fiscal year's corruption risk assessment (plans/<plan>/risks/<fiscal-year>.json): the
// NACC asks for each year's own, so it is a file per year beside the five-year plan.
struct RiskAssessment {
  int fiscal_year = 0;  // from the file name
  Text title;           // empty: the page says which year's assessment it is
  Announcement assessed;
  std::string method;  // Markdown: how likelihood and impact were rated
  std::vector<Risk> risks;
  // The management of the risks during the year, and its results (optional).
  std::optional<Date> management_as_of;
  std::string management_summary;  // Markdown
  std::vector<RiskAction> actions;
  bool has_management() const { return !actions.empty() || !management_summary.empty(); }
  Source source;
};

enum class ProjectKind { project, activity, measure };

// Fields that other records refer to are optional: a value that was missing or unreadable is
// reported once by the loader, and the checks that need it are skipped rather than repeated.
struct Project {
  std::string id;
  std::optional<int> number;
  Text title;
  ProjectKind kind = ProjectKind::project;
  std::optional<int> dimension;
  std::string mission;  // empty when missing
  // Fiscal year -> planned budget. A year that is absent or null is "not planned that year";
  // 0 is "planned, no money needed".
  std::map<int, std::optional<Money>> budget;
  // A year of the budget could not be read (reported by the loader): which years are planned is
  // not known, so the checks that ask are skipped.
  bool budget_unreadable = false;
  Text budget_note, responsible, period, target_group;
  std::vector<std::string> oit;
  // The day the project was added to the plan, after the plan was announced; absent for the
  // projects of the plan as announced (the paper reports' "ตั้งต้น").
  std::optional<Date> added;
  Text body;  // Markdown
  Source source;
};

// Planned in `fiscal_year`: the project has a budget for that year, 0 included.
inline bool planned_in(const Project& project, int fiscal_year) {
  const auto found = project.budget.find(fiscal_year);
  return found != project.budget.end() && found->second.has_value();
}

enum class Round { six_month, twelve_month };

// `not_planned` marks an entry for a project that is not planned in the report's year: it is
// shown, never counted. `all_statuses` are the statuses that are counted.
enum class Status { not_reported, in_progress, completed, not_possible, not_planned };
inline constexpr std::array<Status, 4> all_statuses = {Status::not_reported, Status::in_progress,
                                                       Status::completed, Status::not_possible};

struct Person {
  std::string name;
  std::string position;
};

// The header of the บันทึกข้อความ (internal memo) that carries a report or an ITA year's
// measures to the executives, as the office files it (optional; see docs/content-format.md).
struct Memo {
  std::string office;  // ส่วนราชการ
  std::string number;  // ที่
  std::optional<Date> date;
  std::string subject;  // เรื่อง; empty: the document's standard subject
  std::string to;       // เรียน
};

struct ReportEntry {
  std::string project;
  Status status = Status::not_reported;
  std::optional<Money> budget;  // absent: the plan's budget for the project and year
  Money disbursed = 0;
  std::string note;
  Source source;
};

struct Report {
  std::string id;
  int fiscal_year = 0;  // 0 when missing
  Round round = Round::six_month;
  std::optional<Date> from, to, as_of;
  Person prepared_by;
  std::optional<Memo> memo;
  // Who the memo goes up to, in order, each signing "ทราบ/ความเห็น" (หัวหน้าฝ่าย → ปลัด → นายก).
  std::vector<Person> approvals;
  std::vector<ReportEntry> entries;
  std::string narrative;  // Markdown
  Source source;
};

// Figures the signed plan prints for a group of projects (a dimension or the whole plan), to
// be compared with the ones computed from the projects.
struct DeclaredGroup {
  std::map<int, Money> budget;  // fiscal year -> the total printed for that year
  std::optional<int> projects;  // the count printed under the table ("รวม ๙ โครงการ")
  std::optional<int> preface_projects;  // the count the plan's preface prints
};

struct DeclaredTotals {
  DeclaredGroup plan;
  std::map<int, DeclaredGroup> dimensions;  // by dimension number
};

struct Plan {
  std::string id;
  Text title;
  std::vector<int> years;  // empty when missing
  Announcement announced;
  std::vector<Dimension> dimensions;
  std::vector<Target> targets;
  std::vector<Risk> risks;
  DeclaredTotals declared_totals;
  std::vector<Project> projects;                 // ordered by number
  std::vector<Report> reports;                   // ordered by fiscal year, then round
  std::vector<RiskAssessment> risk_assessments;  // ordered by fiscal year
  // Projects whose files exist but could not be read: reports may still name them.
  std::vector<std::string> unreadable_projects;
  Source source;
};

struct ItaMeasure {
  std::optional<int> number;
  Text title;
  std::string method, period, responsible, result, outcome;  // method/result/outcome: Markdown
  std::string project;                                       // optional plan project id
  Source source;
};

struct ItaYear {
  int year = 0;  // fiscal year of the assessment
  std::optional<double> score;
  std::map<std::string, double> parts;  // "IIT", "EIT", "OIT"
  std::string level;                    // as announced by the NACC; empty when not given
  std::vector<ItaMeasure> measures;
  std::string analysis;  // Markdown
  Person prepared_by;    // who prepared the measures report (optional)
  std::optional<Memo> memo;
  std::vector<Person> approvals;
  Source source;
};

// A Markdown document with front matter: the notice, a page or a news item.
struct Document {
  std::string slug;
  Text title;
  Text summary;
  std::optional<Date> date;
  std::vector<std::string> images;  // paths under content/static/
  std::vector<std::string> oit;
  Text body;  // Markdown
  // The No Gift Policy notice only:
  Text signed_by, position;
  std::optional<int> fiscal_year;
  Source source;
};

// A URL elsewhere on the municipality's website that serves an OIT item (content/oit/links.json).
struct OitLink {
  std::string code;
  std::string url;
  Text title;
  std::optional<int> fiscal_year;  // absent: current
  Source source;
};

// A frozen yearly snapshot found in content/archive/<year>/ (see src/archive/).
struct ArchiveEntry {
  int fiscal_year = 0;
  std::string built_at;            // from its manifest
  std::string manifest_sha256;     // of its manifest.json
  int replaced = 0;                // how many times it was rebuilt with --replace
  std::vector<std::string> files;  // sorted paths, for links to a page's past versions
};

struct Site {
  SiteConfig config;
  std::vector<Plan> plans;
  std::vector<ItaYear> ita;  // ordered by year
  std::optional<Document> no_gift_policy;
  // no-gift-policy.md is there but could not be read or loaded (its error is reported): the
  // notice is not missing, so no warning says it is.
  bool no_gift_policy_unreadable = false;
  std::vector<Document> pages;
  std::vector<Document> news;             // newest first
  std::vector<std::string> static_files;  // relative to content/static/
  // organization.logo once checked: a PNG, JPEG or SVG among the static files.
  struct Logo {
    std::string file;        // relative to content/static/
    std::string media_type;  // "image/png", "image/jpeg", "image/svg+xml"
  };
  std::optional<Logo> logo;
  std::vector<Framework> frameworks;   // content/frameworks/*.json
  std::vector<OitTopic> topics;        // the topic keys content may name (frameworks/topics.json)
  std::vector<OitLink> oit_links;      // content/oit/links.json
  std::vector<ArchiveEntry> archives;  // content/archive/<year>/, by year
  // Plans whose plan.json could not be read, and the projects found in their folders.
  std::vector<std::string> unreadable_plans;
  std::vector<std::string> projects_of_unreadable_plans;
};

const char* status_name(Status status);   // "in_progress"
const char* round_name(Round round);      // "6-month"
const char* kind_name(ProjectKind kind);  // "measure"

}  // namespace oitgen
