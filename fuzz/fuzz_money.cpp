// Money as a clerk writes it: the input is a number literal, read through the Reader API the
// loaders use, once from JSON ({"amount": <input>} and a list item) and once from YAML front
// matter (amount: <input>).
//
// Properties, against exact decimal arithmetic done here on the literal's text:
// - an amount that is accepted is exactly the literal in satang: nothing is rounded, so a
//   literal with more than two decimals that matter is never accepted; it is never negative;
// - a plain amount ("1500", "1500.5", "1500.50", up to 999,999,999.99) is always accepted;
// - format_baht writes the accepted amount back as the same number.

#include <algorithm>
#include <optional>

#include "fuzz_check.h"
#include "load/front_matter.h"
#include "load/json_reader.h"
#include "load/reader.h"
#include "model/money.h"

namespace {

using oitgen::Diagnostics;
using oitgen::Node;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The literal's value in satang, when it is a whole number of satang: the digits without
// leading zeros ("0" for zero). `whole` is false when the literal has a fraction of a satang.
struct Exact {
  bool negative = false;
  bool whole = false;
  std::string satang;
};

// `literal` matches [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?, or nothing is returned.
std::optional<Exact> exact_satang(std::string_view literal) {
  Exact out;
  std::size_t i = 0;
  if (i < literal.size() && (literal[i] == '-' || literal[i] == '+'))
    out.negative = literal[i++] == '-';
  std::string digits;
  long long exponent = 0;
  bool any_digit = false;
  for (; i < literal.size() && is_digit(literal[i]); ++i) digits += literal[i], any_digit = true;
  if (i < literal.size() && literal[i] == '.') {
    for (++i; i < literal.size() && is_digit(literal[i]); ++i)
      digits += literal[i], --exponent, any_digit = true;
  }
  if (!any_digit) return std::nullopt;
  if (i < literal.size() && (literal[i] == 'e' || literal[i] == 'E')) {
    ++i;
    bool negative_exponent = false;
    if (i < literal.size() && (literal[i] == '-' || literal[i] == '+'))
      negative_exponent = literal[i++] == '-';
    if (i == literal.size()) return std::nullopt;
    long long e = 0;
    for (; i < literal.size() && is_digit(literal[i]); ++i)
      e = std::min<long long>(e * 10 + (literal[i] - '0'), 1'000'000'000);
    exponent += negative_exponent ? -e : e;
  }
  if (i != literal.size()) return std::nullopt;
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
  exponent += 2;  // baht to satang
  if (digits.empty()) {
    out.whole = true;
    out.satang = "0";
    out.negative = false;
    return out;
  }
  if (exponent >= 0) {
    // Past 40 digits it is too large for any budget however it is written; keep it bounded.
    digits.append(static_cast<std::size_t>(std::min<long long>(exponent, 40)), '0');
    out.whole = true;
  } else {
    const auto fraction = static_cast<std::size_t>(std::min<long long>(-exponent, 1'000'000));
    if (fraction >= digits.size()) return out;  // under one satang and not zero
    out.whole = digits.find_first_not_of('0', digits.size() - fraction) == std::string::npos;
    digits.resize(digits.size() - fraction);
  }
  out.satang = digits;
  return out;
}

// "1500", "1500.5", "1500.50": the way budgets are written, always to be accepted.
bool plain_amount(std::string_view literal) {
  const auto point = literal.find('.');
  const std::string_view whole = literal.substr(0, point);
  if (whole.empty() || whole.size() > 9 || !std::all_of(whole.begin(), whole.end(), is_digit))
    return false;
  if (whole.size() > 1 && whole[0] == '0') return false;
  if (point == std::string_view::npos) return true;
  const std::string_view fraction = literal.substr(point + 1);
  return !fraction.empty() && fraction.size() <= 2 &&
         std::all_of(fraction.begin(), fraction.end(), is_digit);
}

void check_amount(const std::optional<oitgen::Money>& amount, const Diagnostics& diags,
                  std::string_view literal) {
  const auto exact = exact_satang(literal);
  if (amount) {
    fuzz::check(*amount >= 0, "a negative amount was accepted", literal);
    fuzz::check(exact.has_value(), "an amount accepted from what is not a number", literal);
    fuzz::check(exact->whole, "an amount with a fraction of a satang was accepted", literal);
    fuzz::check(!exact->negative || exact->satang == "0", "a negative amount was accepted",
                literal);
    fuzz::check(std::to_string(*amount) == exact->satang, "an amount was not read exactly",
                std::string(literal) + " -> " + std::to_string(*amount) + " satang");
    std::string printed = oitgen::format_baht(*amount);
    std::erase(printed, ',');
    std::string expected = exact->satang.size() < 3
                               ? std::string(3 - exact->satang.size(), '0') + exact->satang
                               : exact->satang;
    expected.insert(expected.size() - 2, ".");
    fuzz::check(printed == expected, "format_baht wrote another amount", printed);
  } else {
    fuzz::check(diags.error_count() > 0, "an amount was refused without an error", literal);
    fuzz::check(!plain_amount(literal), "a plain amount was refused", literal);
  }
}

bool single_line(std::string_view literal) {
  return !literal.empty() && literal.find_first_of("\r\n") == std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view literal = fuzz::as_text(data, size);
  if (!single_line(literal) || !fuzz::valid_utf8(literal)) return 0;

  {
    const std::string file = "content/plans/2566-2570/plan.json";
    const std::string json =
        "{\"amount\": " + std::string(literal) + ", \"list\": [" + std::string(literal) + "]}";
    Diagnostics diags;
    const auto root = oitgen::read_json(json, file, diags);
    fuzz::check_diagnostics(diags, file);
    const Node* amount = root ? root->find("amount") : nullptr;
    const Node* list = root ? root->find("list") : nullptr;
    if (amount && amount->kind == Node::Kind::number && amount->text == literal && list &&
        list->items.size() == 1) {
      Diagnostics field_diags;
      oitgen::Reader field_reader(file, field_diags);
      check_amount(field_reader.money(*root, "amount"), field_diags, literal);
      fuzz::check_diagnostics(field_diags, file);
      Diagnostics item_diags;
      oitgen::Reader item_reader(file, item_diags);
      check_amount(item_reader.money_value(list->items[0], "budget for 2566"), item_diags, literal);
    }
  }
  {
    const std::string file = "content/plans/2566-2570/projects/p1.md";
    const std::string markdown = "---\namount: " + std::string(literal) + "\n---\n";
    Diagnostics diags;
    const auto md = oitgen::read_markdown(markdown, file, diags);
    fuzz::check_diagnostics(diags, file);
    const Node* amount = md ? md->front_matter.find("amount") : nullptr;
    if (amount && amount->kind == Node::Kind::number && amount->text == literal) {
      Diagnostics field_diags;
      oitgen::Reader reader(file, field_diags);
      check_amount(reader.money(md->front_matter, "amount"), field_diags, literal);
      fuzz::check_diagnostics(field_diags, file);
    }
  }
  return 0;
}
