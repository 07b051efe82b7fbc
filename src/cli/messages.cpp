#include "cli/messages.h"

#include "util/i18n.h"

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

std::string count_of(long long count, const char* one, const char* many) {
  return trn(one, many, static_cast<unsigned long>(count), {std::to_string(count)});
}

std::string count_of_errors(int count) {
  return count_of(count, "{1} error", "{1} errors");
}

std::string count_of_warnings(int count) {
  return count_of(count, "{1} warning", "{1} warnings");
}

}  // namespace oitgen
