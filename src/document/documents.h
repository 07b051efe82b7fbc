#pragma once
// The site's official documents as print-ready PDF, from the same records and figures as its
// pages: the report memo (บันทึกข้อความ), the plan, the ITA measures report and the No Gift
// Policy notice. Documents only lay out what compute/ computed; they add no figure.

#include <filesystem>
#include <string>
#include <string_view>

#include "compute/figures.h"
#include "model/site.h"
#include "render/context.h"
#include "render/output_sink.h"
#include "render/page_filter.h"
#include "render/theme.h"

namespace oitgen {

// Each takes the Thai context (the documents are the office's Thai originals) and the emblem's
// PNG bytes (empty: none).
std::string report_memo_pdf(const RenderContext& ctx, const PlanFigures& plan,
                            const ReportFigures& report, std::string_view emblem);
std::string plan_pdf(const RenderContext& ctx, const PlanFigures& plan, std::string_view emblem);
std::string ita_report_pdf(const RenderContext& ctx, const ItaFigures& ita,
                           std::string_view emblem);
std::string notice_pdf(const RenderContext& ctx, const Document& notice, std::string_view emblem);

// Where each document goes, beside its page: "plans/x/reports/r/" -> "…/report-r.pdf".
std::string report_pdf_path(const Plan& plan, const Report& report);
std::string plan_pdf_path(const Plan& plan);
std::string ita_pdf_path(int year);
std::string notice_pdf_path();

// The emblem printed at the head of the documents: the site's logo (organization.logo) when it
// is a PNG, else content/static/emblem.png, when the site has one.
inline constexpr const char* emblem_file = "emblem.png";

// Renders every document (several at once) and writes each into `output`; with a filter, a
// document whose page it keeps is kept too. Returns the links for the pages. Throws
// What the documents' bytes depend on beside the content and the program: the font files.
std::vector<std::string> documents_font_files();

// DocumentError (document/pdf_writer.h) when a document cannot be made.
DocumentLinks write_documents(const Site& site, const Figures& figures, const Theme& theme,
                              const std::filesystem::path& site_dir, OutputSink& output,
                              PageFilter* filter);

}  // namespace oitgen
