#pragma once
// One function per kind of page: each turns the model and its figures into the values its
// template places. Values are formatted text; links are site paths (see context.h).

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/context.h"

namespace oitgen {

struct Page {
  std::string path;           // site path of the page's folder ("" for home)
  std::string template_name;  // templates/<name>.mustache
  std::string title;
  std::string description;
  std::string section;  // the navigation entry it belongs to
  bool has_english = false;
  nlohmann::json values = nlohmann::json::object();
};

Page home_page(const RenderContext& ctx);
Page plan_page(const RenderContext& ctx, const PlanFigures& plan);
Page project_page(const RenderContext& ctx, const Plan& plan, const ProjectFigures& project);
Page report_page(const RenderContext& ctx, const ReportFigures& report);
Page risk_assessment_page(const RenderContext& ctx, const Plan& plan,
                          const RiskAssessmentFigures& assessment);
Page ita_page(const RenderContext& ctx, const ItaFigures& ita);
Page notice_page(const RenderContext& ctx, const Document& notice);
Page document_page(const RenderContext& ctx, const Document& page);
Page news_page(const RenderContext& ctx, const Document& item);
Page news_list_page(const RenderContext& ctx);
Page not_found_page(const RenderContext& ctx);
Page oit_page(const RenderContext& ctx, const OitCoverage& coverage);
Page archive_page(const RenderContext& ctx);
Page accessibility_page(const RenderContext& ctx);
struct OpenData;
// The open data's catalogue: every table with its links, size, columns and the licence.
Page data_page(const RenderContext& ctx, const OpenData& data, bool has_package);

struct SearchEntry;
// The search page, with every page of the index listed by section.
Page search_page(const RenderContext& ctx, const std::vector<SearchEntry>& entries);

// oit/oit-links.csv: code, title and the absolute URL to submit per item, for the ITAS form.
std::string oit_links_csv(const Links& links, const OitCoverage& coverage);

// Shared pieces of views.
std::string report_title(const RenderContext& ctx, const Report& report);
nlohmann::json date_value(const RenderContext& ctx, const std::optional<Date>& date);
// The date of a signed document, as "ประกาศ ณ วันที่" is followed: "1 ตุลาคม พ.ศ. 2567".
nlohmann::json document_date_value(const RenderContext& ctx, const std::optional<Date>& date);
std::string status_class(Status status);
// The rows of a risk table: the plan's and a yearly assessment's are shown alike.
nlohmann::json risk_rows(const RenderContext& ctx, const Plan& plan,
                         const std::vector<RiskFigures>& risks);
std::string risk_assessment_title(const RenderContext& ctx, const RiskAssessment& assessment);
const Plan* plan_for_year(const Site& site, int fiscal_year);

// The download link of the printable document of the page at `page_path` (its file, size and
// label in the page's language); null when the page has none.
nlohmann::json document_link_value(const RenderContext& ctx, const std::string& page_path);

// Who signed a document, for the signature block that paper documents end with: the date as
// "ประกาศ ณ วันที่" writes it, a signature line, the name in parentheses, then the position.
struct Signature {
  std::string_view name;
  std::string_view position;
  std::optional<Date> date;
  std::string date_label;  // "ประกาศ ณ วันที่"
  std::string role;        // "ผู้รายงาน", above the signature line
};
// The block's values; null when neither name, position nor date is given, so that no label
// stands alone.
nlohmann::json signature_value(const RenderContext& ctx, const Signature& signature);
// `text` with each "{name}" replaced: the i18n strings carry placeholders where the languages
// order the words differently ("of the 18 projects planned for 2024", "จากโครงการ ... จำนวน 18").
std::string fill(std::string text,
                 std::initializer_list<std::pair<std::string, std::string>> values);
// How much room a text takes on a printed poster, in Thai characters: the characters that
// advance the line (Thai vowels and tone marks written above or below do not; a Latin one is
// narrower) and, for each line of the text, what a paragraph's last line leaves empty on
// average. The poster's print style sizes its type by it, so that any notice fits one A4 sheet.
long long poster_length(std::string_view markdown);
// "นายสมชาย ใจดี" -> "(นายสมชาย ใจดี)"; a name already in parentheses stays as written.
std::string signer_in_parentheses(std::string_view name);
// The organization's address, district and province on one line, each part once and with its
// word (อำเภอ, จังหวัด): "199 หมู่ที่ 6 ตำบลหนองบัวทอง อำเภอดอนแก้วเหนือ จังหวัดขอนแก่น".
std::string address_line(const Organization& organization);

}  // namespace oitgen
