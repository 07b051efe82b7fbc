#include "cli/serve_command.h"

#include <charconv>
#include <chrono>
#include <filesystem>
#include <optional>

#include "cli/messages.h"
#include "cli/site_folder.h"
#include "serve/preview_site.h"
#include "serve/server.h"
#include "serve/watcher.h"
#include "util/i18n.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

constexpr int default_port = 1313;
// A save is several events close together; one build for all of them.
constexpr auto quiet_time = std::chrono::milliseconds(100);
constexpr auto longest_wait = std::chrono::milliseconds(2000);

// Builds the site into the preview and says how it went.
void build_preview(const fs::path& site_dir, bool strict, PreviewSite& preview, Console& console) {
  std::ostream& out = console.info();
  const auto started = std::chrono::steady_clock::now();
  PipelineOptions options;
  options.strict = strict;
  Diagnostics diags;
  PreviewDestination destination(preview);
  std::vector<std::string> problems;
  bool built = false;
  int pages = 0;
  try {
    const PipelineResult result = run_pipeline(site_dir, options, diags, &destination);
    built = result.built;
    pages = result.pages;
  } catch (const std::exception& e) {
    problems.push_back(trf("build failed: {1}", {e.what()}));
  }
  console.report(diags, display_prefix(site_dir));
  for (const auto& problem : problems) out << problem << "\n";
  const int errors = diags.error_count();
  const int warnings = diags.warning_count();
  if (built) {
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    out << trn("built {1} page in {2} ms", "built {1} pages in {2} ms",
               static_cast<unsigned long>(pages),
               {std::to_string(pages), std::to_string(elapsed.count())})
        << (warnings > 0 ? trf(" (with {1})", {count_of_warnings(warnings)}) : "") << std::endl;
    return;
  }
  // Paths on the page are relative to the site folder, as in the files' own terms.
  std::vector<std::string> shown;
  for (const auto& d : diags.sorted()) shown.push_back(format_diagnostic(d));
  for (auto& problem : problems) shown.push_back(std::move(problem));
  preview.fail(std::move(shown));
  console.error() << trf("build failed: {1}, {2}{3}; the preview shows them until they are fixed",
                         {count_of_errors(errors), count_of_warnings(warnings),
                          strict && errors == 0 ? tr(" (--strict: warnings fail)") : ""})
                  << std::endl;
}

std::optional<int> parse_port(const std::string& text) {
  int port = -1;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (ec != std::errc() || end != text.data() + text.size() || port < 0 || port > 65535)
    return std::nullopt;
  return port;
}

}  // namespace

int serve_command(const ServeArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  const bool strict = args.strict;
  int port = default_port;
  if (args.port) {
    const auto parsed = parse_port(*args.port);
    if (!parsed) {
      err << trf("oitgen serve: --port {1} is not a port (0 to 65535)", {*args.port}) << "\n";
      return 2;
    }
    port = *parsed;
  }
  const std::string address = !args.bind                  ? "127.0.0.1"
                              : *args.bind == "localhost" ? "127.0.0.1"
                                                          : *args.bind;
  if (positional.size() > 1) {
    err << trf("oitgen {1}: takes one site folder, not {2}",
               {"serve", std::to_string(positional.size())})
        << "\n";
    return 2;
  }
  const fs::path site_dir =
      site_folder(positional.empty() ? std::nullopt : std::optional(positional[0]));
  if (!fs::is_directory(site_dir)) {
    err << trf("oitgen {1}: {2} is not a folder", {"serve", site_dir.generic_string()}) << "\n";
    return 2;
  }
  // A host name could stand for any address; only a numeric one says where the site goes.
  if (!is_ip_address(address)) {
    err << trf("oitgen serve: --bind {1} is not an IP address; give one of this machine's "
               "addresses, such as 127.0.0.1",
               {address})
        << "\n";
    return 2;
  }
  const bool exposed = !is_loopback_address(address);

  PreviewSite preview;
  PreviewServer server(preview);
  int bound = 0;
  try {
    bound = server.bind(address, port);
  } catch (const std::exception& e) {
    err << trf("oitgen serve: cannot listen on {1} port {2}: {3}",
               {address, std::to_string(port), e.what()})
        << (port == 0 ? "" : tr("; choose another with --port N, or --port 0 for a free one"))
        << "\n";
    return 1;
  }
  try {
    // Watching starts before the first build, so that a change made during it is seen.
    SourceWatcher watcher(site_dir);
    build_preview(site_dir, strict, preview, console);
    server.start();
    const std::string host = address.find(':') == std::string::npos ? address : "[" + address + "]";
    out << trf("serving {1} at {2} (Ctrl-C stops)",
               {(site_dir / "content").lexically_normal().generic_string(),
                "http://" + host + ":" + std::to_string(bound) + "/"})
        << std::endl;
    if (exposed)
      out << tr("warning") << ": "
          << trf("{1} is not this machine's loopback: every machine that can reach it sees the "
                 "unpublished site",
                 {address})
          << std::endl;
    for (;;) {
      for (const auto& note : watcher.take_notes()) out << tr("note: ") << note << std::endl;
      const auto changed = watcher.wait_for_change(quiet_time, longest_wait);
      std::string what;
      for (const auto& path : changed) what += (what.empty() ? "" : ", ") + path;
      out << trf("changed: {1}", {what}) << std::endl;
      build_preview(site_dir, strict, preview, console);
    }
  } catch (const std::exception& e) {
    preview.stop();
    server.stop();
    err << trf("oitgen {1}: {2}", {"serve", e.what()}) << "\n";
    return 1;
  }
}

}  // namespace oitgen
