#pragma once
// Incremental builds. A build keeps, beside the output's marker, a manifest of the hashes of
// its inputs and of every file it wrote (write/output_marker.h's build_manifest_name). The
// next build compares: nothing changed, nothing is written; some files changed, only the
// pages that depend on them are rendered, and only files whose bytes changed are written
// (the rest are linked from the current output into the staging folder). The result is
// always the tree that a clean build makes.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"
#include "render/page_filter.h"
#include "write/staged_output.h"

namespace oitgen {

struct BuildInputs {
  std::string oitgen;  // the program that builds (its templates, frameworks and code)
  std::string today;   // the date the figures are computed for (the current fiscal year)
  // Every file under content/ and themes/, by path from the site folder.
  OutputHashes files;
  // The font files the printable documents were set in, and their files_identity(): a font
  // package's upgrade changes the documents. Found through fontconfig when documents are
  // made; a no-op build only looks at the files the last build recorded, which costs no
  // fontconfig start.
  std::vector<std::string> font_files;
  std::string fonts;

  bool operator==(const BuildInputs&) const = default;
};

// Hashes the inputs of a build of `site_dir`. Called before anything is loaded, so that a file
// changed during the build makes the next build see a change. Nothing when some input cannot
// be hashed the same way the loaders read it (a symbolic link, a FIFO, an unreadable or too
// large file): such a build is always whole and keeps no manifest; the loaders report the
// problem if it is one.
// Each file with its inode, size and time of change; "missing" for one that is gone.
std::string files_identity(const std::vector<std::string>& files);

std::optional<BuildInputs> hash_inputs(const std::filesystem::path& site_dir, const Date& today);

struct BuildManifest {
  BuildInputs inputs;
  OutputHashes outputs;              // every file of the output but the marker and manifest
  std::vector<Diagnostic> warnings;  // what the build reported, said again when it is skipped
};

std::string build_manifest_json(const BuildManifest& manifest);
// Nothing when the text is not a manifest of this format (corrupted, foreign, older).
std::optional<BuildManifest> parse_build_manifest(std::string_view text);

// The files of an output folder (the marker and the manifest aside) with their hashes, or
// nothing when it holds anything else than regular files, or cannot be read.
std::optional<OutputHashes> hash_output_folder(const std::filesystem::path& folder);

// The first difference between what a manifest lists and what a folder holds, for a message
// ("index.html was changed"); nothing when they are the same.
std::optional<std::string> first_difference(const OutputHashes& listed, const OutputHashes& held);

// Which pages an input change can touch. A page depends on the site-wide inputs (site.json,
// the theme, the frameworks, the notices and OIT links, the archive, the static files, the
// date, the program) and on the files of what it shows:
// - a project's page on its files; a plan's page, reports and risk assessments on every file
//   of the plan's folder (they list its projects and report entries);
// - a document's or a news item's page on its own files.
// Pages that gather from everywhere (home, ITA, OIT, news list, archive, 404) and every file
// that is not a page (open data, feed, sitemap, assets) are always rendered, so an ITA file
// touches only them; a file added or removed, plan.json or anything else counts as site-wide.
class ChangedPages : public PageFilter {
 public:
  // Nothing when a change is site-wide: every page is rendered. `changed` are paths from the
  // site folder of files whose bytes changed (none added or removed).
  static std::unique_ptr<ChangedPages> make(const Site& site,
                                            const std::vector<std::string>& changed,
                                            StagedOutput& output);

  // Keeps the page from the current output when none of its inputs changed and the output
  // has it.
  bool should_render(const std::string& file) override;
  std::optional<std::uintmax_t> kept_size(const std::string& file) const override;
  std::optional<std::string> kept_page(const std::string& file) const override;

  int kept() const { return kept_; }

 private:
  explicit ChangedPages(StagedOutput& output) : output_(output) {}

  StagedOutput& output_;
  std::unordered_set<std::string> unchanged_;  // site paths of pages ("plans/x/"), no "en/"
  int kept_ = 0;
};

}  // namespace oitgen
