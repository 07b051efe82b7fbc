#include "model/money.h"

#include <charconv>
#include <limits>

#include "util/i18n.h"

namespace oitgen {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A number literal taken apart: sign, digits before and after the point, exponent.
struct Literal {
  bool negative = false;
  bool plus = false;
  std::string whole;
  std::string fraction;
  bool point = false;
  bool exponent = false;
  long long power = 0;
};

std::optional<Literal> split(std::string_view text) {
  Literal out;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    out.negative = text[i] == '-';
    out.plus = text[i] == '+';
    ++i;
  }
  while (i < text.size() && is_digit(text[i])) out.whole += text[i++];
  if (i < text.size() && text[i] == '.') {
    out.point = true;
    ++i;
    while (i < text.size() && is_digit(text[i])) out.fraction += text[i++];
  }
  if (out.whole.empty() && out.fraction.empty()) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    out.exponent = true;
    ++i;
    if (i < text.size() && text[i] == '+') ++i;
    const auto [end, ec] = std::from_chars(text.data() + i, text.data() + text.size(), out.power);
    if (ec != std::errc{} || end == text.data() + i) return std::nullopt;
    i = static_cast<std::size_t>(end - text.data());
  }
  if (i != text.size()) return std::nullopt;
  return out;
}

// Moves the point by the exponent, so that 1.5e3 reads as 1500 and 25e-1 as 2.5; leading
// zeros of the whole part and trailing zeros of an exponent's fraction go.
void make_plain(Literal& n) {
  if (n.exponent) {
    // Past a few hundred places the amount is out of range or a fraction of a satang anyway.
    const long long shift = n.power > 400 ? 400 : n.power < -400 ? -400 : n.power;
    std::string digits = n.whole + n.fraction;
    long long point = static_cast<long long>(n.whole.size()) + shift;
    if (point < 0) {
      digits.insert(0, static_cast<std::size_t>(-point), '0');
      point = 0;
    }
    if (point > static_cast<long long>(digits.size()))
      digits.append(static_cast<std::size_t>(point) - digits.size(), '0');
    n.whole = digits.substr(0, static_cast<std::size_t>(point));
    n.fraction = digits.substr(static_cast<std::size_t>(point));
    while (!n.fraction.empty() && n.fraction.back() == '0') n.fraction.pop_back();
    n.point = !n.fraction.empty();
    n.exponent = false;
  }
  const auto first = n.whole.find_first_not_of('0');
  n.whole = first == std::string::npos ? "0" : n.whole.substr(first);
}

std::string plain_text(const Literal& n) {
  std::string out = n.negative ? "-" : "";
  out += n.whole;
  if (!n.fraction.empty()) out += "." + n.fraction;
  return out;
}

// Plain digits of less than 13 places, with at most two decimals: the form nearly every
// amount is written in, read without taking it apart (a large site holds a million amounts).
std::optional<Money> read_plain_baht(std::string_view literal) {
  std::size_t i = !literal.empty() && literal[0] == '-' ? 1 : 0;
  const std::size_t whole_start = i;
  Money satang = 0;
  // Thirteen digits are enough to refuse: the sum never grows past what int64 holds.
  while (i < literal.size() && is_digit(literal[i]) && i - whole_start < 13)
    satang = satang * 10 + (literal[i++] - '0');
  const std::size_t whole = i - whole_start;
  if (whole == 0 || whole > 12 || (whole > 1 && literal[whole_start] == '0')) return std::nullopt;
  int decimals = 0;
  if (i < literal.size() && literal[i] == '.') {
    ++i;
    while (i < literal.size() && is_digit(literal[i]) && decimals < 3) {
      satang = satang * 10 + (literal[i++] - '0');
      ++decimals;
    }
    if (decimals == 0 || decimals > 2) return std::nullopt;
  }
  if (i != literal.size()) return std::nullopt;
  for (; decimals < 2; ++decimals) satang *= 10;
  return whole_start == 1 ? -satang : satang;
}

}  // namespace

BahtReading read_baht(std::string_view literal) {
  if (const auto plain = read_plain_baht(literal)) return {*plain, ""};
  auto parts = split(literal);
  if (!parts) return {std::nullopt, tr("is not an amount; write digits such as 20000 or 1500.50")};
  Literal plain = *parts;
  make_plain(plain);
  const std::string too_large =
      trf("is more than the largest amount allowed, {1} baht", {max_money_text()});
  const std::string too_precise =
      tr("has more than two decimals; baht amounts have at most two (satang)");
  const bool fits = plain.whole.size() < 14 && plain.fraction.size() <= 2;
  Money satang = 0;
  if (fits) {
    for (char c : plain.whole) satang = satang * 10 + (c - '0');
    for (std::size_t k = 0; k < 2; ++k)
      satang = satang * 10 + (k < plain.fraction.size() ? plain.fraction[k] - '0' : 0);
  }
  if (plain.whole.size() >= 14 || satang > max_money) return {std::nullopt, too_large};
  if (parts->exponent) {
    if (!fits) return {std::nullopt, too_precise};
    return {std::nullopt, trf("is written with an exponent; write the amount in plain digits: {1}",
                              {plain_text(plain)})};
  }
  if (parts->fraction.size() > 2) return {std::nullopt, too_precise};
  if (parts->plus || parts->whole != plain.whole || (parts->point && parts->fraction.empty()) ||
      parts->whole.empty())
    return {std::nullopt, trf("is not written in its plain form; write {1}", {plain_text(plain)})};
  return {plain.negative ? -satang : satang, ""};
}

std::optional<Money> checked_add(Money a, Money b) {
  // Compared before adding: an overflowing signed addition is undefined behaviour.
  if (b > 0 && a > std::numeric_limits<Money>::max() - b) return std::nullopt;
  if (b < 0 && a < std::numeric_limits<Money>::min() - b) return std::nullopt;
  return a + b;
}

bool add_to(Money& total, Money amount) {
  const auto sum = checked_add(total, amount);
  if (sum) total = *sum;
  return sum.has_value();
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

std::string max_money_text() {
  const std::string text = format_baht(max_money);
  return text.substr(0, text.size() - 3);
}

}  // namespace oitgen
