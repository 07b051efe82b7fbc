#include "model/money.h"

#include <doctest/doctest.h>

using namespace oitgen;

TEST_CASE("baht become exact satang") {
  CHECK(money_from_baht(120000) == std::optional<Money>(12000000));
  CHECK(money_from_baht(1500.5) == std::optional<Money>(150050));
  CHECK(money_from_baht(0.1) == std::optional<Money>(10));
  CHECK(money_from_baht(-20) == std::optional<Money>(-2000));
  CHECK_FALSE(money_from_baht(10.125));
}

TEST_CASE("money prints with thousands separators and two decimals") {
  CHECK(format_baht(12000000) == "120,000.00");
  CHECK(format_baht(11000000) == "110,000.00");
  CHECK(format_baht(5) == "0.05");
  CHECK(format_baht(0) == "0.00");
  CHECK(format_baht(123456789012) == "1,234,567,890.12");
  CHECK(format_baht(-150050) == "-1,500.50");
}
