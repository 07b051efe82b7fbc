#include "model/money.h"

#include <doctest/doctest.h>

#include <limits>

using namespace oitgen;

TEST_CASE("baht are read exactly from the text as written") {
  CHECK(read_baht("120000").amount == std::optional<Money>(12000000));
  CHECK(read_baht("1500.5").amount == std::optional<Money>(150050));
  CHECK(read_baht("1500.50").amount == std::optional<Money>(150050));
  CHECK(read_baht("0.1").amount == std::optional<Money>(10));
  CHECK(read_baht("-20").amount == std::optional<Money>(-2000));
  CHECK(read_baht("1000000000000").amount == std::optional<Money>(max_money));
  CHECK(read_baht("999999999999.99").amount == std::optional<Money>(max_money - 1));
}

TEST_CASE("the plain-digits shortcut reads what the general reading reads") {
  CHECK(read_baht("0").amount == std::optional<Money>(0));
  CHECK(read_baht("0.00").amount == std::optional<Money>(0));
  CHECK(read_baht("-0.5").amount == std::optional<Money>(-50));
  CHECK(read_baht("999999999999").amount == std::optional<Money>(max_money - 100));
  CHECK(read_baht("1000000000000.00").amount == std::optional<Money>(max_money));
  CHECK(read_baht("00").problem == "is not written in its plain form; write 0");
  CHECK(read_baht("-").problem == "is not an amount; write digits such as 20000 or 1500.50");
  CHECK(read_baht("12a").problem == "is not an amount; write digits such as 20000 or 1500.50");
  CHECK(read_baht("1.234").problem ==
        "has more than two decimals; baht amounts have at most two (satang)");
}

TEST_CASE("three decimals are an error at any size") {
  CHECK_FALSE(read_baht("10.125").amount);
  CHECK_FALSE(read_baht("5000.125").amount);
  CHECK_FALSE(read_baht("5000.100").amount);
  CHECK(read_baht("5000.125").problem ==
        "has more than two decimals; baht amounts have at most two (satang)");
}

TEST_CASE("exponents and other spellings name the plain form") {
  CHECK(read_baht("1.5e3").problem ==
        "is written with an exponent; write the amount in plain digits: 1500");
  CHECK(read_baht("25E-1").problem ==
        "is written with an exponent; write the amount in plain digits: 2.5");
  CHECK(read_baht("1e-3").problem ==
        "has more than two decimals; baht amounts have at most two (satang)");
  CHECK(read_baht("0100").problem == "is not written in its plain form; write 100");
  CHECK(read_baht("+5").problem == "is not written in its plain form; write 5");
  CHECK(read_baht("5.").problem == "is not written in its plain form; write 5");
  CHECK(read_baht(".5").problem == "is not written in its plain form; write 0.5");
}

TEST_CASE("amounts above the maximum are an error naming it") {
  const std::string too_large = "is more than the largest amount allowed, 1,000,000,000,000 baht";
  CHECK(read_baht("1000000000000.01").problem == too_large);
  CHECK(read_baht("99999999999999999999").problem == too_large);
  CHECK(read_baht("1e13").problem == too_large);
  CHECK(read_baht("1e400").problem == too_large);
}

TEST_CASE("sums are checked before they overflow") {
  const Money max = std::numeric_limits<Money>::max();
  CHECK(checked_add(1, 2) == std::optional<Money>(3));
  CHECK_FALSE(checked_add(max, 1));
  CHECK_FALSE(checked_add(std::numeric_limits<Money>::min(), -1));
  Money total = max - 5;
  CHECK(add_to(total, 5));
  CHECK(total == max);
  CHECK_FALSE(add_to(total, 1));
  CHECK(total == max);
}

TEST_CASE("money prints with thousands separators and two decimals") {
  CHECK(format_baht(12000000) == "120,000.00");
  CHECK(format_baht(11000000) == "110,000.00");
  CHECK(format_baht(5) == "0.05");
  CHECK(format_baht(0) == "0.00");
  CHECK(format_baht(123456789012) == "1,234,567,890.12");
  CHECK(format_baht(-150050) == "-1,500.50");
  CHECK(max_money_text() == "1,000,000,000,000");
}
