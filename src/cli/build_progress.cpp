#include "cli/build_progress.h"

#include "util/i18n.h"

namespace oitgen {

namespace {

const char* doing(PipelineStep step) {
  switch (step) {
    case PipelineStep::check:
      return tr("checking the content");
    case PipelineStep::documents:
      return tr("writing the printable documents");
    case PipelineStep::pages:
      return tr("rendering the pages");
    case PipelineStep::commit:
      return tr("putting the new output in place");
  }
  return "";
}

}  // namespace

BuildProgress::~BuildProgress() {
  clear();
}

void BuildProgress::started(PipelineStep step) {
  started_ = std::chrono::steady_clock::now();
  if (!console_.progress()) return;
  console_.draw(std::string("\r\x1b[K") + doing(step) + "…");
  drawn_ = true;
}

void BuildProgress::finished(PipelineStep step) {
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started_);
  if (console_.options().verbose) {
    clear();
    console_.detail() << trf("{1}: {2} ms", {doing(step), std::to_string(elapsed.count())})
                      << std::endl;
  }
}

void BuildProgress::clear() {
  if (!drawn_) return;
  console_.draw("\r\x1b[K");  // back to the line's start, and erase it
  drawn_ = false;
}

}  // namespace oitgen
