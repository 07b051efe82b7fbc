#pragma once
// One loader per kind of content file. Each reads a parsed file into its model struct and
// reports what does not fit the content format; none of them looks at other files.

#include <optional>
#include <string>

#include "load/front_matter.h"
#include "load/node.h"
#include "load/reader.h"
#include "model/site.h"

namespace oitgen {

std::optional<SiteConfig> load_site_config(const Node& root, Reader& reader);
std::optional<Plan> load_plan(const Node& root, const std::string& id, Reader& reader);
std::optional<Project> load_project(const MarkdownFile& file, const std::string& id,
                                    Reader& reader);
// A list of risks, as the plan's "risks" and a yearly risk assessment write it.
std::vector<Risk> load_risks(const Node& list, Reader& reader);
// content/plans/<plan>/risks/<fiscal-year>.json.
std::optional<RiskAssessment> load_risk_assessment(const Node& root, int fiscal_year,
                                                   Reader& reader);
std::optional<Report> load_report(const Node& root, const std::string& id, Reader& reader);
std::optional<ItaYear> load_ita_year(const Node& root, int year, Reader& reader);
// The optional "memo", "approvals" and "prepared_by" of a report or an ITA year: the header of
// the memo that carries it up, and who it goes up to.
std::optional<Memo> load_memo(const Node& root, Reader& reader);
std::vector<Person> load_approvals(const Node& root, Reader& reader);
Person load_prepared_by(const Node& root, Reader& reader);
std::vector<OitLink> load_oit_links_file(const Node& root, Reader& reader);

enum class DocumentKind { notice, page, news };
std::optional<Document> load_document(const MarkdownFile& file, DocumentKind kind,
                                      const std::string& slug, Reader& reader);

// `<name>.en.md` beside a Markdown file: its front matter holds only the fields that are text.
// Returns the front matter without `figure_fields`, each of which is reported: figures and
// dates are written once, in the Thai file.
Node translation_front_matter(const Node& front,
                              std::initializer_list<std::string_view> figure_fields,
                              std::initializer_list<Field> text_fields, Reader& reader);
void load_project_translation(const MarkdownFile& file, Project& project, Reader& reader);
void load_document_translation(const MarkdownFile& file, DocumentKind kind, Document& document,
                               Reader& reader);

}  // namespace oitgen
