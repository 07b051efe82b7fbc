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

constexpr const char* usage = R"(usage: oitgen archive YEAR [SITE_DIR] [--replace] [--sign KEYFILE]
       oitgen archive --verify [SITE_DIR | URL] [--cacert FILE]

SITE_DIR defaults to the nearest folder from the current one upward that holds
content/site.json.

Freezes the site as of fiscal year YEAR into SITE_DIR/content/archive/YEAR/ with a manifest of
every file's size and SHA-256, chained to the previous year's manifest. A snapshot is never
overwritten unless --replace is given, and a replacement keeps the replaced manifest's hash.
Every build publishes content/archive/ unchanged under archive/.

  --replace        rebuild an existing snapshot; the rewrite stays visible in the manifests
  --sign KEYFILE   sign the manifest with an Ed25519 private key (PEM); the public key is
                   published as archive/public-key.pem
  --verify         re-hash every snapshot of SITE_DIR, or of the site published at URL, check
                   the chain and the signatures, and name every changed, added or removed file
  --cacert FILE    with --verify of a URL: trust this certificate authority too
  --help           show this text

A replacement is built beside the snapshot and takes its place in one step; what an
interrupted run leaves in content/archive/ is removed by the next archive or build.

Exit status: 0 done (verified), 1 refused, failed or a mismatch found, 2 wrong usage or a
year's folder that is not a snapshot oitgen wrote (nothing is written then).
)";

int verify(const std::string& where, const std::string& ca_file, std::ostream& out) {
  const bool web = where.rfind("http://", 0) == 0 || where.rfind("https://", 0) == 0;
  const auto source =
      web ? web_source(where, ca_file) : folder_source(fs::path(where) / "content" / "archive");
  const VerifyReport report = verify_archive(*source);
  for (const auto& problem : report.problems) out << tr("MISMATCH ") << problem << "\n";
  for (const auto& note : report.notes) out << tr("note: ") << note << "\n";
  if (report.snapshots == 0 && report.problems.empty()) {
    out << trf("no snapshot found in {1}", {source->describe()}) << "\n";
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
    out << trn("verification failed: {1}, {2} in {3}: {4} problem",
               "verification failed: {1}, {2} in {3}: {4} problems",
               static_cast<unsigned long>(report.problems.size()),
               {snapshots, files, source->describe(), std::to_string(report.problems.size())})
        << "\n";
  return report.ok() ? 0 : 1;
}

}  // namespace

int archive_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  bool verify_mode = false;
  bool replace = false;
  std::optional<fs::path> key_file;
  std::string ca_file;
  std::vector<std::string> positional;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out << usage;
      return 0;
    }
    if (arg == "--verify") {
      verify_mode = true;
    } else if (arg == "--replace") {
      replace = true;
    } else if (arg == "--sign" && i + 1 < args.size()) {
      key_file = args[++i];
    } else if (arg == "--cacert" && i + 1 < args.size()) {
      ca_file = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      err << trf("oitgen {1}: unknown option or missing value: {2}", {"archive", arg}) << "\n"
          << usage;
      return 2;
    } else {
      positional.push_back(arg);
    }
  }
  if (verify_mode) {
    if (positional.size() > 1) {
      err << tr("oitgen archive --verify: takes one site folder or URL") << "\n" << usage;
      return 2;
    }
    return verify(positional.empty() ? site_folder({}).string() : positional[0], ca_file, out);
  }

  if (positional.empty() || positional.size() > 2) {
    err << tr("oitgen archive: give the fiscal year to freeze, e.g. oitgen archive 2567") << "\n"
        << usage;
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
    print_diagnostics(diags, display_prefix(site_dir), out);
    for (const auto& note : leftover_notes(snapshot.leftovers()))
      out << tr("note: ") << note << "\n";
    if (!result.built) {
      out << tr("archive refused: the content has errors; nothing was written") << "\n";
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
    print_diagnostics(diags, display_prefix(site_dir), out);
    err << trf("oitgen archive: refusing to replace {1}. Nothing was written. Move that folder "
               "out of content/archive/, or delete it if it is not needed, then run the command "
               "again.",
               {e.what()})
        << "\n";
    return 2;
  } catch (const std::exception& e) {
    print_diagnostics(diags, display_prefix(site_dir), out);
    err << trf("oitgen {1}: {2}", {"archive", e.what()}) << "\n";
    return 1;
  }
}

}  // namespace oitgen
