#pragma once
// Money is held as a whole number of satang (1/100 baht) so that sums are exact.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace oitgen {

using Money = std::int64_t;  // satang

// The largest amount a content file may hold: a trillion baht, far beyond any municipal budget.
// Bounded amounts keep sums of many of them far from Money's limit, and checked_add catches the
// rest.
constexpr Money max_money = 1'000'000'000'000LL * 100;

// An amount as written in a content file, read exactly from its text (never through binary
// floating point): digits with at most two decimals, e.g. 20000, 1500.5, 1500.50, -20.
struct BahtReading {
  std::optional<Money> amount;
  std::string problem;  // when there is no amount: what is wrong and what to write instead
};
BahtReading read_baht(std::string_view literal);

// The sum, or nothing when it does not fit in Money.
std::optional<Money> checked_add(Money a, Money b);

// Adds `amount` to `total`; false, with `total` left as it was, when the sum would not fit.
bool add_to(Money& total, Money amount);

// "120,000.00": thousands separators and two decimals, as money is printed in Thai documents.
std::string format_baht(Money amount);

// "1,000,000,000,000": the largest amount, for messages.
std::string max_money_text();

}  // namespace oitgen
