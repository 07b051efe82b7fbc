#include "load/reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <regex>

#include "load/clerk_advice.h"
#include "markdown/limits.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

constexpr int first_fiscal_year = 2500;  // 1956: older than any plan a municipality publishes
constexpr int last_fiscal_year = 2700;

std::string field_name(std::string_view key) {
  return quote(key);
}

// A whole number in its one written form: digits without leading zeros, an optional minus,
// at most nine digits (ids, counts and years are far smaller).
std::optional<int> canonical_integer(std::string_view text) {
  const std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
  if (digits.empty() || digits.size() > 9 || (digits.size() > 1 && digits[0] == '0'))
    return std::nullopt;
  for (char c : digits)
    if (c < '0' || c > '9') return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// The whole number a clerk meant by another spelling of it (" 02567", "+1", "2567.0",
// "2.567e3"), to name in the message; nothing when it is not a whole number at all.
std::optional<int> meant_integer(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.starts_with('+')) text.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() ||
      std::trunc(value) != value || std::fabs(value) >= 1e9)
    return std::nullopt;
  return static_cast<int>(value);
}

}  // namespace

bool Reader::object(const Node& node, std::string_view what, std::initializer_list<Field> fields) {
  if (node.kind != Node::Kind::object) {
    wrong_type(node, what, tr("an object ({ ... })"));
    return false;
  }
  std::vector<std::string> allowed;
  std::vector<std::string> required;
  for (const auto& field : fields) {
    allowed.emplace_back(field.name);
    if (field.required) required.emplace_back(field.name);
  }
  std::vector<std::string> suggested;  // a typo of a required field is not also "missing"
  for (const auto& member : node.members) {
    bool known = false;
    for (const auto& field : fields) known = known || field.name == member.key;
    if (known) continue;
    const auto suggestion = nearest(member.key, allowed);
    const std::string allowed_text = join(allowed);
    if (suggestion) {
      suggested.push_back(*suggestion);
      error(member.key_pos, "field.unknown",
            trf("unknown field {1} in {2}; did you mean {3}? Allowed fields: {4}",
                {quote(member.key), what, quote(*suggestion), allowed_text}),
            *suggestion);
    } else {
      error(member.key_pos, "field.unknown",
            trf("unknown field {1} in {2}. Allowed fields: {3}",
                {quote(member.key), what, allowed_text}));
    }
  }
  std::vector<std::string> missing;
  for (const auto& field : fields) {
    const std::string name(field.name);
    if (field.required && !node.find(name) &&
        std::find(suggested.begin(), suggested.end(), name) == suggested.end())
      missing.push_back(quote(name));
  }
  if (missing.size() == 1)
    error(node.pos, "field.missing",
          trf("missing required field {1} in {2} (required: {3})",
              {missing[0], what, join(required)}));
  else if (!missing.empty())
    error(node.pos, "field.missing",
          trf("missing required fields {1} in {2}", {join(missing), what}));
  return true;
}

bool Reader::map(const Node& node, std::string_view what) {
  if (node.kind == Node::Kind::object) return true;
  wrong_type(node, what, tr("an object ({ ... })"));
  return false;
}

Source Reader::source_of(const Node& node) const {
  Source source{file_, node.pos, {}};
  for (const auto& member : node.members) source.fields[member.key] = member.value.pos;
  return source;
}

void Reader::wrong_type(const Node& value, std::string_view what, std::string_view expected) {
  std::string found = describe(value.kind);
  if (value.kind == Node::Kind::string) found += " (" + quote(value.text) + ")";
  if (value.kind == Node::Kind::number) found += " (" + value.text + ")";
  error(value.pos, "value.wrong-type", trf("{1} must be {2}, not {3}", {what, expected, found}));
}

std::optional<std::string> Reader::string_value(const Node& value, std::string_view what) {
  if (value.kind == Node::Kind::string) return value.text;
  wrong_type(value, what, tr("a string"));
  return std::nullopt;
}

std::optional<Text> Reader::text_value(const Node& value, std::string_view what) {
  if (value.kind == Node::Kind::string) return Text{value.text, ""};
  if (value.kind == Node::Kind::object) {
    if (!object(value, what, {{"th", true}, {"en"}})) return std::nullopt;
    Text text;
    if (auto th = string(value, "th")) text.th = *th;
    if (auto en = string(value, "en")) text.en = *en;
    return text;
  }
  wrong_type(value, what, tr("a string or a language map {\"th\": \"...\", \"en\": \"...\"}"));
  return std::nullopt;
}

std::optional<int> Reader::integer_value(const Node& value, std::string_view what) {
  if (value.kind != Node::Kind::number) {
    if (value.kind == Node::Kind::string)
      if (const auto meant = amount_as_written_on_forms(value.text);
          meant && meant->find('.') == std::string::npos) {
        error(value.pos, "number.as-text",
              trf("{1} must be a whole number, not the text {2}; write {3} (Arabic digits, "
                  "without quotes or separators)",
                  {what, quote(value.text), *meant}),
              *meant);
        return std::nullopt;
      }
    wrong_type(value, what, tr("a whole number"));
    return std::nullopt;
  }
  if (const auto n = canonical_integer(value.text)) return n;
  if (const auto meant = meant_integer(value.text))
    error(value.pos, "number.not-canonical",
          trf("{1} {2} is not written in its one form; write {3}",
              {what, value.text, std::to_string(*meant)}),
          std::to_string(*meant));
  else
    wrong_type(value, what, tr("a whole number"));
  return std::nullopt;
}

std::optional<Money> Reader::money_value(const Node& value, std::string_view what) {
  if (value.kind == Node::Kind::string)
    if (const auto meant = amount_as_written_on_forms(value.text)) {
      error(value.pos, "money.as-text",
            trf("{1} must be an amount in baht, not the text {2}; write {3} (Arabic digits, "
                "without quotes, thousands separators or units)",
                {what, quote(value.text), *meant}),
            *meant);
      return std::nullopt;
    }
  if (value.kind != Node::Kind::number) {
    wrong_type(value, what, tr("an amount in baht (a number such as 20000 or 1500.50)"));
    return std::nullopt;
  }
  const BahtReading reading = read_baht(value.text);
  if (!reading.amount) {
    error(value.pos, "money.invalid", trf("{1} {2} {3}", {what, value.text, reading.problem}));
    return std::nullopt;
  }
  if (*reading.amount < 0) {
    error(value.pos, "money.negative",
          trf("{1} must not be negative ({2}); use 0 for no money", {what, value.text}));
    return std::nullopt;
  }
  return reading.amount;
}

std::optional<Date> Reader::date_value(const Node& value, std::string_view what) {
  if (value.kind != Node::Kind::string) {
    wrong_type(value, what, tr("a date written YYYY-MM-DD"));
    return std::nullopt;
  }
  if (auto date = parse_date(value.text)) {
    if (date->year > 2400)
      error(value.pos, "date.buddhist-era",
            trf("{1} {2} has a Buddhist Era year; dates are written in the Gregorian calendar "
                "({3} BE is {4})",
                {what, quote(value.text), std::to_string(date->year),
                 std::to_string(date->year - 543)}));
    return date;
  }
  static const std::regex iso_shape(R"(\d{4}-\d{2}-\d{2})");
  if (std::regex_match(value.text, iso_shape))
    error(value.pos, "date.not-real",
          trf("{1} {2} is not a real date; write a Gregorian date as YYYY-MM-DD, e.g. 2023-03-30",
              {what, quote(value.text)}));
  else if (const auto meant = date_as_written_on_forms(value.text)) {
    const std::string era = std::to_string(meant->year + 543);
    const bool buddhist = with_arabic_digits(value.text).find(era) != std::string::npos;
    const std::string iso = to_iso(*meant);
    if (buddhist)
      error(value.pos, "date.form",
            trf("{1} {2} is not written as YYYY-MM-DD; write {3} (dates are Gregorian, "
                "year-month-day: {4} BE is {5})",
                {what, quote(value.text), iso, era, std::to_string(meant->year)}),
            iso);
    else
      error(value.pos, "date.form",
            trf("{1} {2} is not written as YYYY-MM-DD; write {3} (year-month-day)",
                {what, quote(value.text), iso}),
            iso);
  } else
    error(value.pos, "date.form",
          trf("{1} {2} is not written as YYYY-MM-DD; write a Gregorian date such as 2023-03-30",
              {what, quote(value.text)}));
  return std::nullopt;
}

std::optional<int> Reader::fiscal_year_text(std::string_view text, Position pos,
                                            std::string_view what) {
  const auto canonical = canonical_integer(text);
  if (!canonical) {
    // 02567, +2567, " 2567", 2567.0 and 2.567e3 all mean 2567, and would each count as one
    // more year beside it; only the plain digits are a year.
    const auto meant = meant_integer(text);
    const std::string arabic = with_arabic_digits(text);
    if (meant && *meant >= first_fiscal_year && *meant <= last_fiscal_year)
      error(pos, "year.not-canonical",
            trf("{1} {2} is not written in its one form; write {3}",
                {what, quote(text), std::to_string(*meant)}),
            std::to_string(*meant));
    else if (arabic != text && canonical_integer(arabic))
      error(pos, "year.thai-digits",
            trf("{1} {2} is written in Thai digits; write {3} (Arabic digits)",
                {what, quote(text), arabic}),
            arabic);
    else if (text.size() == 3 && arabic.find_first_not_of("0123456789") == std::string::npos)
      // YAML reads {2567: 10,000} as 2567: 10 and a second key "000".
      error(pos, "year.thousands-separator",
            trf("{1} {2} is not a fiscal year; if it is the end of an amount written with a "
                "thousands separator (10,000), write the amount without it (10000)",
                {what, quote(text)}));
    else
      error(pos, "year.invalid",
            trf("{1} {2} is not a fiscal year; write the Buddhist Era year, e.g. 2567",
                {what, quote(text)}));
    return std::nullopt;
  }
  const int year = *canonical;
  if (year < first_fiscal_year || year > last_fiscal_year) {
    const std::string first = std::to_string(first_fiscal_year);
    const std::string last = std::to_string(last_fiscal_year);
    if (year > 1900 && year < 2200)
      error(pos, "year.gregorian",
            trf("{1} {2} is not a Buddhist Era fiscal year (allowed: {3} to {4}); {2} CE is "
                "fiscal year {5}",
                {what, std::to_string(year), first, last, std::to_string(year + 543)}),
            std::to_string(year + 543));
    else
      error(pos, "year.out-of-range",
            trf("{1} {2} is not a Buddhist Era fiscal year (allowed: {3} to {4})",
                {what, std::to_string(year), first, last}));
    return std::nullopt;
  }
  return year;
}

std::optional<std::string> Reader::string(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  return value ? string_value(*value, field_name(key)) : std::nullopt;
}

std::optional<std::string> Reader::markdown(const Node& object, std::string_view key) {
  auto value = string(object, key);
  if (!value) return value;
  if (const auto problem = markdown_problem(*value)) {
    error(object.find(key)->pos, "markdown.too-large", field_name(key) + ": " + problem->message);
    return std::nullopt;
  }
  return value;
}

std::optional<Text> Reader::text(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  return value ? text_value(*value, field_name(key)) : std::nullopt;
}

std::optional<int> Reader::integer(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  return value ? integer_value(*value, field_name(key)) : std::nullopt;
}

std::optional<double> Reader::number(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  if (!value) return std::nullopt;
  if (value->kind == Node::Kind::number) return value->number;
  wrong_type(*value, field_name(key), tr("a number"));
  return std::nullopt;
}

std::optional<bool> Reader::boolean(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  if (!value) return std::nullopt;
  if (value->kind == Node::Kind::boolean) return value->boolean;
  wrong_type(*value, field_name(key), tr("true or false"));
  return std::nullopt;
}

std::optional<Money> Reader::money(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  return value ? money_value(*value, field_name(key)) : std::nullopt;
}

std::optional<Date> Reader::date(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  return value ? date_value(*value, field_name(key)) : std::nullopt;
}

std::optional<int> Reader::fiscal_year(const Node& object, std::string_view key) {
  const Node* value = object.find(key);
  if (!value) return std::nullopt;
  if (value->kind != Node::Kind::number) {
    wrong_type(*value, field_name(key), tr("a fiscal year (a whole number such as 2567)"));
    return std::nullopt;
  }
  return fiscal_year_text(value->text, value->pos, field_name(key));
}

std::vector<std::string> Reader::string_list(const Node& object, std::string_view key,
                                             Source* source) {
  std::vector<std::string> out;
  const Node* value = object.find(key);
  if (!value) return out;
  if (value->kind != Node::Kind::array) {
    wrong_type(*value, field_name(key), tr("a list"));
    return out;
  }
  for (const auto& item : value->items) {
    auto s = string_value(item, trf("each item of {1}", {field_name(key)}));
    if (!s) continue;
    if (source) source->fields[std::string(key) + "." + std::to_string(out.size())] = item.pos;
    out.push_back(*s);
  }
  return out;
}

std::vector<Text> Reader::text_list(const Node& object, std::string_view key) {
  std::vector<Text> out;
  const Node* value = object.find(key);
  if (!value) return out;
  if (value->kind != Node::Kind::array) {
    wrong_type(*value, field_name(key), tr("a list"));
    return out;
  }
  for (const auto& item : value->items)
    if (auto t = text_value(item, trf("each item of {1}", {field_name(key)}))) out.push_back(*t);
  return out;
}

std::optional<std::string> Reader::choice(const Node& object, std::string_view key,
                                          const std::vector<std::string>& allowed,
                                          const std::vector<ThaiChoice>& words) {
  const Node* value = object.find(key);
  if (!value) return std::nullopt;
  auto s = string_value(*value, field_name(key));
  if (!s) return std::nullopt;
  for (const auto& option : allowed)
    if (*s == option) return s;
  if (auto code = code_of_words(*s, words)) return code;
  std::string message =
      trf("{1} {2} is not one of {3}", {std::string_view(key), quote(*s), join(allowed)});
  std::vector<std::string> candidates = allowed;
  if (!words.empty()) {
    const std::vector<std::string> thai = main_words(words);
    message += trf(" (in Thai: {1})", {join(thai)});
    candidates.insert(candidates.end(), thai.begin(), thai.end());
  }
  const auto suggestion = nearest(*s, candidates);
  if (suggestion) message += trf("; did you mean {1}?", {quote(*suggestion)});
  error(value->pos, "value.not-allowed", message, suggestion.value_or(""));
  return std::nullopt;
}

}  // namespace oitgen
