#include "pipeline/site_output.h"

#include "write/output_guard.h"
#include "write/snapshot_folder.h"

namespace oitgen {

SiteOutput::SiteOutput(std::filesystem::path site_dir, std::filesystem::path folder)
    : site_dir_(std::move(site_dir)), folder_(std::move(folder)) {}

OutputSink& SiteOutput::open(const CheckedSite& /*checked*/) {
  const Leftovers archive_leftovers = remove_snapshot_leftovers(site_dir_);
  output_.emplace(folder_, site_output_owner());
  for (const Leftovers* leftovers : {&archive_leftovers, &output_->leftovers()})
    for (auto& note : leftover_notes(*leftovers)) notes_.push_back(std::move(note));
  return *output_;
}

void SiteOutput::commit() {
  output_->commit();
  for (const auto& note : output_->notes()) notes_.push_back(note);
}

}  // namespace oitgen
