#include "model/money.h"

#include <algorithm>
#include <cmath>

namespace oitgen {

std::optional<Money> money_from_baht(double baht) {
  // A trillion baht is far beyond any municipal budget; past it, doubles lose satang precision.
  if (!std::isfinite(baht) || std::fabs(baht) > 1e12) return std::nullopt;
  const double satang = baht * 100.0;
  const double rounded = std::round(satang);
  if (std::fabs(satang - rounded) > 1e-6 * std::max(1.0, std::fabs(satang))) return std::nullopt;
  return static_cast<Money>(rounded);
}

std::string format_baht(Money amount) {
  const bool negative = amount < 0;
  const std::uint64_t magnitude =
      negative ? static_cast<std::uint64_t>(-(amount + 1)) + 1 : static_cast<std::uint64_t>(amount);
  std::string whole = std::to_string(magnitude / 100);
  for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
    whole.insert(static_cast<std::size_t>(i), ",");
  const auto cents = static_cast<unsigned>(magnitude % 100);
  std::string out = negative ? "-" : "";
  out += whole + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
  return out;
}

}  // namespace oitgen
