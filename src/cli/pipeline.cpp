#include "cli/pipeline.h"

#include <new>

#include "compute/audit.h"
#include "compute/compute.h"
#include "load/framework_loader.h"
#include "load/site_loader.h"
#include "validate/oit_year.h"
#include "validate/validate.h"

namespace oitgen {

CheckedSite load_and_check(const std::filesystem::path& site_dir, Diagnostics& diags) {
  CheckedSite checked;
  // The loaders report every file-system problem themselves; this is the last resort, so that
  // an error they did not foresee is a message naming the path, never an abort.
  try {
    checked.site = load_site(site_dir, diags);
  } catch (const std::filesystem::filesystem_error& e) {
    const std::string path =
        e.path1().empty() ? "content" : e.path1().lexically_relative(site_dir).generic_string();
    diags.error(path, {}, "cannot be read: " + e.code().message());
    return checked;
  } catch (const std::bad_alloc&) {
    diags.error("content", {}, "is too large to read: oitgen ran out of memory");
    return checked;
  }
  checked.frameworks = frameworks_for(checked.site);
  const auto& frameworks = checked.frameworks;
  validate(checked.site, frameworks, diags);
  checked.figures = compute(checked.site, frameworks, today_in_thailand());
  check_oit_year(checked.site, frameworks, checked.figures.current_fiscal_year, diags);
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
