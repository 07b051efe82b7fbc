#pragma once
// Money is held as a whole number of satang (1/100 baht) so that sums are exact.

#include <cstdint>
#include <optional>
#include <string>

namespace oitgen {

using Money = std::int64_t;  // satang

// Baht as written in a content file (at most two decimals) to satang; nothing when the value
// has more than two decimals or is too large to be a budget.
std::optional<Money> money_from_baht(double baht);

// "120,000.00": thousands separators and two decimals, as money is printed in Thai documents.
std::string format_baht(Money amount);

}  // namespace oitgen
