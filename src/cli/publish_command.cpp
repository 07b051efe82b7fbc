#include "cli/publish_command.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "cli/messages.h"
#include "cli/site_folder.h"
#include "pipeline/pipeline.h"
#include "publish/publisher.h"
#include "util/i18n.h"
#include "util/url.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

// "user:password" (sftp also "user:key=/path/to/key") from the variable the target names. The
// value is split, never echoed: messages name the variable, not its content.
bool read_credentials(const PublishTarget& target, TransportOptions& options, std::ostream& err) {
  if (target.credentials_env.empty()) return true;
  const char* secret = std::getenv(target.credentials_env.c_str());
  if (!secret || !*secret) {
    err << trf("oitgen publish: the environment variable {1} is not set; set it to "
               "user:password for target {2}",
               {target.credentials_env, target.name})
        << "\n";
    return false;
  }
  const std::string value = secret;
  const auto colon = value.find(':');
  options.user = value.substr(0, colon);
  if (colon == std::string::npos) return true;
  const std::string rest = value.substr(colon + 1);
  if (rest.rfind("key=", 0) == 0)
    options.key_file = rest.substr(4);
  else
    options.password = rest;
  return true;
}

}  // namespace

int publish_command(const PublishArgs& args, Console& console) {
  std::ostream& out = console.info();
  std::ostream& err = console.error();
  const std::vector<std::string>& positional = args.positional;
  PublishOptions options;
  options.dry_run = args.dry_run;
  options.delete_stale = args.delete_stale;
  TransportOptions transport_options;
  transport_options.ca_file = args.cacert;
  transport_options.known_hosts = args.known_hosts;
  if (args.timeout) {
    if (*args.timeout <= 0) {
      err << tr("oitgen publish: --timeout takes a number of seconds above 0") << "\n";
      return 2;
    }
    transport_options.timeout_seconds = *args.timeout;
  }
  const std::optional<fs::path> output_dir =
      args.output ? std::optional<fs::path>(*args.output) : std::nullopt;
  // Two words are TARGET SITE_DIR; one is the site folder when it holds a site (so that
  // `oitgen publish SITE_DIR` works with a single target), the target otherwise.
  std::string target_name;
  std::optional<std::string> given_site;
  if (positional.size() > 2) {
    err << tr("oitgen publish: takes a target name and a site folder") << "\n";
    return 2;
  }
  if (positional.size() == 2) {
    target_name = positional[0];
    given_site = positional[1];
  } else if (positional.size() == 1) {
    if (fs::is_regular_file(fs::path(positional[0]) / "content" / "site.json"))
      given_site = positional[0];
    else
      target_name = positional[0];
  }
  const fs::path site_dir = site_folder(given_site);

  Diagnostics diags;
  const CheckedSite checked = run_pipeline(site_dir, {}, diags).checked;
  if (diags.error_count() > 0) {
    console.report(diags, display_prefix(site_dir));
    err << tr("publish refused: the content has errors; fix them and build first") << "\n";
    return 1;
  }
  const auto& targets = checked.site.config.publish;
  std::vector<std::string> names;
  names.reserve(targets.size());
  for (const auto& target : targets) names.push_back(target.name);
  const PublishTarget* target = nullptr;
  for (const auto& candidate : targets)
    if (candidate.name == target_name || (target_name.empty() && targets.size() == 1))
      target = &candidate;
  if (!target) {
    std::string listed;
    for (std::size_t i = 0; i < names.size(); ++i) listed += (i ? ", " : "") + names[i];
    if (names.empty()) listed = tr("none");
    err << (target_name.empty()
                ? trf("oitgen publish: name the target under \"publish\" in site.json (targets: "
                      "{1})",
                      {listed})
                : trf("oitgen publish: no target \"{1}\" under \"publish\" in site.json "
                      "(targets: {2})",
                      {target_name, listed}))
        << "\n";
    return 2;
  }
  const fs::path output = output_dir.value_or(site_dir / "output");
  if (!fs::is_directory(output)) {
    err << trf("oitgen {1}: {2} does not exist; run oitgen build first",
               {"publish", output.generic_string()})
        << "\n";
    return 1;
  }

  if (!read_credentials(*target, transport_options, err)) return 1;
  if (transport_options.known_hosts.empty())
    if (const char* home = std::getenv("HOME"))
      transport_options.known_hosts = std::string(home) + "/.ssh/known_hosts";
  options.progress_bar = isatty(STDOUT_FILENO) && !std::getenv("CI");

  PublishResult result;
  try {
    const auto transport = make_transport(*target, transport_options);
    out << trf("publishing {1} to {2} ({3})",
               {output.generic_string(), target->name, redact_urls(target->url)})
        << "\n";
    result = publish(output, *transport, options, out);
  } catch (const TransferError& e) {
    err << (e.kind() == TransferError::Kind::login
                ? trf("oitgen publish: {1}: check the user and password in the environment "
                      "variable {2}",
                      {e.what(), target->credentials_env})
                : trf("oitgen {1}: {2}", {"publish", e.what()}))
        << "\n";
    return 1;
  }
  if (options.dry_run) return 0;
  for (const auto& failure : result.failures) err << trf("failed: {1}", {failure}) << "\n";
  if (!result.stopped.empty()) err << trf("stopped: {1}", {result.stopped}) << "\n";
  if (!result.complete) {
    err << trf("oitgen publish: incomplete: {1} uploaded, {2} failed; the host's manifest was not "
               "updated, so running the same command again finishes the job",
               {std::to_string(result.uploaded), std::to_string(result.failures.size())})
        << "\n";
    return 1;
  }
  out << trn("published: {1} file uploaded, {2} deleted",
             "published: {1} files uploaded, {2} deleted",
             static_cast<unsigned long>(result.uploaded),
             {std::to_string(result.uploaded), std::to_string(result.deleted)})
      << (result.uploaded + result.deleted == 0 ? tr(" (the host was up to date)") : "") << "\n";
  return 0;
}

}  // namespace oitgen
