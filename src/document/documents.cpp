#include "document/documents.h"

#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>

#include "document/page_setup.h"
#include "document/pdf_writer.h"
#include "markdown/markdown.h"
#include "model/paths.h"
#include "util/parallel.h"
#include "util/safe_fs.h"

namespace oitgen {

namespace fs = std::filesystem;

std::string report_pdf_path(const Plan& plan, const Report& report) {
  return report_path(plan, report) + "report-" + report.id + ".pdf";
}
std::string plan_pdf_path(const Plan& plan) {
  return plan_path(plan) + "plan-" + plan.id + ".pdf";
}
std::string ita_pdf_path(int year) {
  return ita_path(year) + "ita-measures-" + std::to_string(year) + ".pdf";
}
std::string notice_pdf_path() {
  return notice_path() + "no-gift-policy.pdf";
}

namespace {

struct Job {
  std::string page;  // the page's site path
  std::string file;  // the document's
  std::function<std::string()> make;
  std::optional<std::uintmax_t> kept;  // taken over from the current output, with its size
  std::string bytes;
  std::exception_ptr failure;
};

// The emblem's bytes, read as the loader checked the static files: never through a link out of
// content/, and bounded. The site's logo when it is a PNG (what the documents can print), else
// content/static/emblem.png.
std::string read_emblem(const Site& site, const fs::path& site_dir) {
  const InputFolder content(site_dir / "content", "content/");
  const fs::path folder = site_dir / "content" / "static";
  if (site.logo && site.logo->media_type == "image/png")
    if (FileRead read = content.read(folder / site.logo->file, limits::logo))
      return std::move(read.bytes);
  for (const auto& file : site.static_files)
    if (file == emblem_file) {
      if (FileRead read = content.read(folder / file, limits::static_file))
        return std::move(read.bytes);
    }
  return {};
}

}  // namespace

std::vector<std::string> documents_font_files() {
  return font_files(PageSetup{}.font_family);
}

DocumentLinks write_documents(const Site& site, const Figures& figures, const Theme& theme,
                              const fs::path& site_dir, OutputSink& output, PageFilter* filter) {
  MarkdownRenderer markdown;
  const RenderContext ctx(site, figures, theme, "th", markdown);
  const std::string emblem = read_emblem(site, site_dir);
  std::vector<Job> jobs;
  auto add = [&jobs](std::string page, std::string file, std::function<std::string()> make) {
    Job job;
    job.page = std::move(page);
    job.file = std::move(file);
    job.make = std::move(make);
    jobs.push_back(std::move(job));
  };
  for (const auto& plan : figures.plans) {
    const Plan& record = *plan.plan;
    add(plan_path(record), plan_pdf_path(record),
        [&ctx, &plan, &emblem] { return plan_pdf(ctx, plan, emblem); });
    for (const auto& report : plan.reports)
      add(report_path(record, *report.report), report_pdf_path(record, *report.report),
          [&ctx, &plan, &report, &emblem] { return report_memo_pdf(ctx, plan, report, emblem); });
  }
  for (const auto& ita : figures.ita)
    add(ita_path(ita.year), ita_pdf_path(ita.year),
        [&ctx, &ita, &emblem] { return ita_report_pdf(ctx, ita, emblem); });
  if (site.no_gift_policy)
    add(notice_path(), notice_pdf_path(), [&ctx, &notice = *site.no_gift_policy, &emblem] {
      return notice_pdf(ctx, notice, emblem);
    });
  // Asked in order, on this thread: the filter takes a kept document over at once.
  for (auto& job : jobs)
    if (filter && !filter->should_render(job.file)) job.kept = filter->kept_size(job.file);
  parallel_for(
      jobs.size(),
      [&](std::size_t i) {
        Job& job = jobs[i];
        if (job.kept) return;
        try {
          job.bytes = job.make();
          output.write(job.file, job.bytes);
        } catch (...) {
          job.failure = std::current_exception();
        }
      },
      1);
  DocumentLinks links;
  for (auto& job : jobs) {
    if (job.failure) std::rethrow_exception(job.failure);
    links[job.page] = {job.file, job.kept ? *job.kept : job.bytes.size()};
  }
  return links;
}

}  // namespace oitgen
