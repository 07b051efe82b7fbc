#include "cli/archive_command.h"

#include <filesystem>
#include <optional>

#include "archive/snapshot.h"
#include "archive/verify.h"
#include "cli/messages.h"
#include "cli/site_folder.h"
#include "pipeline/pipeline.h"
#include "util/i18n.h"
#include "write/leftovers.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

int verify(const std::string& where, const std::string& ca_file, Console& console) {
  std::ostream& out = console.info();
  const bool web = where.rfind("http://", 0) == 0 || where.rfind("https://", 0) == 0;
  const auto source =
      web ? web_source(where, ca_file) : folder_source(fs::path(where) / "content" / "archive");
  const VerifyReport report = verify_archive(*source);
  for (const auto& problem : report.problems) console.error() << tr("MISMATCH ") << problem << "\n";
  for (const auto& note : report.notes) out << tr("note: ") << note << "\n";
  if (report.snapshots == 0 && report.problems.empty()) {
    console.error() << trf("no snapshot found in {1}", {source->describe()}) << "\n";
    return 1;
  }
  const std::string snapshots =
      trn("{1} snapshot", "{1} snapshots", static_cast<unsigned long>(report.snapshots),
          {std::to_string(report.snapshots)});
  const std::string files = trn("{1} file", "{1} files", static_cast<unsigned long>(report.files),
                                {std::to_string(report.files)});
  if (report.ok())
    out << trf("verified {1}, {2} in {3}", {snapshots, files, source->describe()}) << "\n";
  else
    console.error() << trn("verification failed: {1}, {2} in {3}: {4} problem",
                           "verification failed: {1}, {2} in {3}: {4} problems",
                           static_cast<unsigned long>(report.problems.size()),
                           {snapshots, files, source->describe(),
                            std::to_string(report.problems.size())})
                    << "\n";
  return report.ok() ? 0 : 1;
}

}  // namespace

int archive_command(const ArchiveArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  const bool verify_mode = args.verify;
  const bool replace = args.replace;
  const std::optional<fs::path> key_file =
      args.sign ? std::optional<fs::path>(*args.sign) : std::nullopt;
  if (verify_mode) {
    if (positional.size() > 1) {
      err << tr("oitgen archive --verify: takes one site folder or URL") << "\n";
      return 2;
    }
    return verify(positional.empty() ? site_folder({}).string() : positional[0], args.cacert,
                  console);
  }

  if (positional.empty() || positional.size() > 2) {
    err << tr("oitgen archive: give the fiscal year to freeze, e.g. oitgen archive 2567") << "\n";
    return 2;
  }
  int year = 0;
  try {
    year = std::stoi(positional[0]);
  } catch (const std::exception&) {
  }
  if (year < 2500 || year > 2700 || std::to_string(year) != positional[0]) {
    err << trf("oitgen archive: {1} is not a fiscal year (Buddhist Era, e.g. 2567)",
               {positional[0]})
        << "\n";
    return 2;
  }
  const fs::path site_dir =
      site_folder(positional.size() == 2 ? std::optional(positional[1]) : std::nullopt);
  if (!fs::is_directory(site_dir)) {
    err << trf("oitgen {1}: {2} is not a folder", {"archive", site_dir.generic_string()}) << "\n";
    return 2;
  }

  PipelineOptions options;
  options.as_of_year = year;
  Diagnostics diags;
  Snapshot snapshot(site_dir, {year, replace, key_file});
  try {
    const PipelineResult result = run_pipeline(site_dir, options, diags, &snapshot);
    console.report(diags, display_prefix(site_dir));
    for (const auto& note : leftover_notes(snapshot.leftovers()))
      out << tr("note: ") << note << "\n";
    if (!result.built) {
      err << tr("archive refused: the content has errors; nothing was written") << "\n";
      return 1;
    }
    const Manifest& manifest = snapshot.manifest();
    const std::string folder = (site_dir / "content" / "archive" / std::to_string(year))
                                   .lexically_normal()
                                   .generic_string();
    out << trn("archived {1}: {2} file in {3}", "archived {1}: {2} files in {3}",
               static_cast<unsigned long>(manifest.files.size()),
               {std::to_string(year), std::to_string(manifest.files.size()), folder})
        << (manifest.replaces.empty()
                ? ""
                : tr(" (replacing an earlier snapshot, recorded in its manifest)"))
        << (key_file ? tr(", signed") : "") << "\n";
    return 0;
  } catch (const OutputRefused& e) {
    console.report(diags, display_prefix(site_dir));
    err << trf("oitgen archive: refusing to replace {1}. Nothing was written. Move that folder "
               "out of content/archive/, or delete it if it is not needed, then run the command "
               "again.",
               {e.what()})
        << "\n";
    return 2;
  } catch (const std::exception& e) {
    console.report(diags, display_prefix(site_dir));
    err << trf("oitgen {1}: {2}", {"archive", e.what()}) << "\n";
    return 1;
  }
}

}  // namespace oitgen
