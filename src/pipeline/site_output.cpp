#include "pipeline/site_output.h"

#include "document/documents.h"
#include "write/output_guard.h"
#include "write/output_marker.h"
#include "write/snapshot_folder.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// Large enough for the manifest of a site of 100,000 projects (about 100 bytes a file).
constexpr std::size_t manifest_limit = std::size_t{256} << 20;

}  // namespace

SiteOutput::SiteOutput(std::filesystem::path site_dir, std::filesystem::path folder, bool may_skip)
    : site_dir_(std::move(site_dir)), folder_(std::move(folder)), may_skip_(may_skip) {}

bool SiteOutput::up_to_date(const PipelineOptions& options, Diagnostics& diags) {
  diags_ = &diags;
  documents_ = options.documents;
  // A theme folder that several sites share is not among the inputs hashed here: such a
  // build is always whole and keeps no manifest, so that a change to the theme is never missed.
  inputs_ = options.themes ? std::nullopt : hash_inputs(site_dir_, options.today);
  // A build for a disk, for another address or without the documents writes other bytes from
  // the same files: the mode counts as part of the program, so that switching it rebuilds
  // every page.
  if (inputs_ && options.for_disk) inputs_->oitgen += " for-disk";
  if (inputs_ && !options.documents) inputs_->oitgen += " no-pdf";
  if (inputs_ && !options.base_url.empty()) inputs_->oitgen += " base-url " + options.base_url;
  std::error_code error;
  if (!fs::is_directory(fs::symlink_status(folder_, error)) || !has_output_marker(folder_))
    return false;
  const std::string shown = folder_.filename().string() + "/" + build_manifest_name;
  const auto text = read_start(folder_ / build_manifest_name, manifest_limit);
  if (!text) return false;  // built before manifests, or by an archive run
  previous_ = parse_build_manifest(*text);
  if (!previous_) {
    notes_.push_back(shown +
                     " is not a build manifest that this oitgen reads; the whole site "
                     "is built");
    return false;
  }
  const auto held = hash_output_folder(folder_);
  if (!held) {
    notes_.push_back(folder_.filename().string() +
                     "/ holds something that is not a regular file (a link, a FIFO) or cannot "
                     "be read; the whole site is built");
    previous_.reset();
    return false;
  }
  if (const auto difference = first_difference(previous_->outputs, *held)) {
    notes_.push_back(folder_.filename().string() + "/" + *difference +
                     " since the last build; the whole site is built");
    previous_.reset();
    return false;
  }
  // The fonts the last build's documents were set in, as they are now.
  if (inputs_ && documents_) {
    inputs_->font_files = previous_->inputs.font_files;
    inputs_->fonts = files_identity(inputs_->font_files);
  }
  if (!inputs_ || previous_->inputs != *inputs_ || !may_skip_) return false;
  // A strict build fails on the warnings the last one had: it runs to say so.
  if (options.strict && !previous_->warnings.empty()) return false;
  for (const auto& warning : previous_->warnings) diags.add(warning);
  remove_leftovers_only();
  return true;
}

void SiteOutput::remove_leftovers_only() {
  const Leftovers archive_leftovers = remove_snapshot_leftovers(site_dir_);
  const OutputOwner owner = site_output_owner();
  const std::string name = folder_.filename().string();
  const Leftovers output_leftovers = remove_leftovers(
      folder_.parent_path(), [&](const std::string& of) { return of == name; },
      owner.made_without_marker);
  for (const Leftovers* leftovers : {&archive_leftovers, &output_leftovers})
    for (auto& note : leftover_notes(*leftovers)) notes_.push_back(std::move(note));
}

OutputSink& SiteOutput::open(const CheckedSite& checked) {
  const Leftovers archive_leftovers = remove_snapshot_leftovers(site_dir_);
  output_.emplace(folder_, site_output_owner());
  for (const Leftovers* leftovers : {&archive_leftovers, &output_->leftovers()})
    for (auto& note : leftover_notes(*leftovers)) notes_.push_back(std::move(note));
  if (!previous_) return *output_;
  // The output holds what the manifest lists (up_to_date() checked): a file with the same
  // bytes is linked, whatever made it.
  output_->reuse(previous_->outputs);
  if (!inputs_ || previous_->inputs.oitgen != inputs_->oitgen ||
      previous_->inputs.today != inputs_->today || previous_->inputs.fonts != inputs_->fonts)
    return *output_;
  std::vector<std::string> changed;
  const OutputHashes& before = previous_->inputs.files;
  const OutputHashes& now = inputs_->files;
  if (before.size() != now.size()) return *output_;  // a file added or removed
  for (auto a = before.begin(), b = now.begin(); a != before.end(); ++a, ++b) {
    if (a->first != b->first) return *output_;
    if (a->second != b->second) changed.push_back(a->first);
  }
  filter_ = ChangedPages::make(checked.site, changed, *output_);
  return *output_;
}

void SiteOutput::commit() {
  if (inputs_ && diags_) {
    BuildManifest manifest;
    manifest.inputs = *inputs_;
    if (documents_) {
      manifest.inputs.font_files = documents_font_files();
      manifest.inputs.fonts = files_identity(manifest.inputs.font_files);
    }
    manifest.outputs = output_->files();
    for (const auto& d : diags_->all())
      if (d.severity == Severity::warning) manifest.warnings.push_back(d);
    output_->write_build_manifest(build_manifest_json(manifest));
  }
  output_->commit();
  for (const auto& note : output_->notes()) notes_.push_back(note);
}

}  // namespace oitgen
