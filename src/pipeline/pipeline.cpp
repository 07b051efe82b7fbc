#include "pipeline/pipeline.h"

#include <new>
#include <optional>

#include "compute/audit.h"
#include "compute/compute.h"
#include "document/documents.h"
#include "load/framework_loader.h"
#include "load/site_loader.h"
#include "pipeline/as_of.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "util/i18n.h"
#include "validate/oit_year.h"
#include "validate/validate.h"

namespace oitgen {

namespace {

CheckedSite load_and_check(const std::filesystem::path& site_dir, const Date& today,
                           Diagnostics& diags) {
  CheckedSite checked;
  // The loaders report every file-system problem themselves; this is the last resort, so that
  // an error they did not foresee is a message naming the path, never an abort.
  try {
    checked.site = load_site(site_dir, diags);
  } catch (const std::filesystem::filesystem_error& e) {
    const std::string path =
        e.path1().empty() ? "content" : e.path1().lexically_relative(site_dir).generic_string();
    diags.error(path, {}, "file.unreadable", trf("cannot be read: {1}", {e.code().message()}));
    return checked;
  } catch (const std::bad_alloc&) {
    diags.error("content", {}, "site.out-of-memory",
                tr("is too large to read: oitgen ran out of memory"));
    return checked;
  }
  checked.frameworks = frameworks_for(checked.site);
  const auto& frameworks = checked.frameworks;
  validate(checked.site, frameworks, diags);
  checked.figures = compute(checked.site, frameworks, today);
  check_oit_year(checked.site, frameworks, checked.figures.current_fiscal_year, diags);
  audit(checked.figures, diags);
  return checked;
}

// Tells the observer that a step started, and when it ends that it finished.
class StepScope {
 public:
  StepScope(PipelineObserver* observer, PipelineStep step) : observer_(observer), step_(step) {
    if (observer_) observer_->started(step_);
  }
  ~StepScope() {
    if (observer_) observer_->finished(step_);
  }
  StepScope(const StepScope&) = delete;
  StepScope& operator=(const StepScope&) = delete;

 private:
  PipelineObserver* observer_;
  PipelineStep step_;
};

}  // namespace

PipelineResult run_pipeline(const std::filesystem::path& site_dir, const PipelineOptions& given,
                            Diagnostics& diags, Destination* destination) {
  PipelineOptions options = given;
  options.today = today_in_thailand();
  PipelineResult result;
  if (destination && destination->up_to_date(options, diags)) {
    result.unchanged = true;
    return result;
  }
  {
    const StepScope step(options.observer, PipelineStep::check);
    result.checked = load_and_check(site_dir, options.today, diags);
  }
  if (!destination) return result;
  const Site& site = result.checked.site;
  std::optional<Theme> own_theme;
  const Theme& theme = options.themes
                           ? options.themes->theme(site.config.theme, diags)
                           : own_theme.emplace(Theme::load(site_dir, site.config.theme, diags));
  if (diags.error_count() > 0 || (options.strict && diags.warning_count() > 0)) return result;

  OutputSink& output = destination->open(result.checked);
  Links links{options.base_url.empty() ? site.config.base_url : options.base_url, options.for_disk};
  if (options.as_of_year) {
    const int year = *options.as_of_year;
    // A snapshot's pages name their archived address as their own, and open from a disk as
    // well: the archive is kept to be read offline too.
    Site frozen = site_as_of(site, year);
    // Every page says it is the archived copy, linking to the current site's page.
    const ArchivedCopy archived{year, links.base_url};
    links.base_url += "archive/" + std::to_string(year) + "/";
    links.for_disk = true;
    frozen.config.base_url = links.base_url;
    const auto frameworks = frameworks_for(frozen);
    const Figures figures = compute(frozen, frameworks, fiscal_year_end(year));
    DocumentLinks documents;
    if (options.documents)
      documents = write_documents(frozen, figures, theme, site_dir, output, nullptr);
    result.pages = render_site(frozen, figures, theme, site_dir, output, links, nullptr,
                               options.documents ? &documents : nullptr, &archived);
  } else {
    // The documents first: each page links its document with its size. They render on every
    // core, as the pages do after them.
    DocumentLinks documents;
    if (options.documents) {
      const StepScope step(options.observer, PipelineStep::documents);
      documents = write_documents(site, result.checked.figures, theme, site_dir, output,
                                  destination->filter());
    }
    const StepScope step(options.observer, PipelineStep::pages);
    result.pages = render_site(site, result.checked.figures, theme, site_dir, output, links,
                               destination->filter(), options.documents ? &documents : nullptr);
  }
  const StepScope step(options.observer, PipelineStep::commit);
  destination->commit();
  result.built = true;
  return result;
}

}  // namespace oitgen
