#include "cli/messages.h"

namespace oitgen {

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
