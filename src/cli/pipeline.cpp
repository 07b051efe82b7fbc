#include "cli/pipeline.h"

#include "compute/compute.h"
#include "frameworks/framework.h"
#include "load/site_loader.h"
#include "validate/validate.h"

namespace oitgen {

CheckedSite load_and_check(const std::filesystem::path& site_dir, Diagnostics& diags) {
  CheckedSite checked;
  checked.site = load_site(site_dir, diags);
  const auto frameworks = frameworks_for(checked.site);
  validate(checked.site, frameworks, diags);
  checked.figures = compute(checked.site, frameworks, today_in_thailand());
  audit(checked.site, checked.figures, diags);
  return checked;
}

std::string display_prefix(const std::filesystem::path& site_dir) {
  std::string prefix = site_dir.lexically_normal().generic_string();
  if (prefix.empty() || prefix == "." || prefix == "./") return "";
  if (prefix.back() != '/') prefix += '/';
  return prefix;
}

void print_diagnostics(const Diagnostics& diags, const std::string& prefix, std::ostream& out) {
  for (const auto& d : diags.sorted()) out << format_diagnostic(d, prefix) << "\n";
}

}  // namespace oitgen
