#include <array>
#include <span>

#include "render/views.h"

namespace oitgen {

namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

using Prefixes = std::span<const std::string_view>;

// Thai addresses name each level with a word before the name, written out or abbreviated.
constexpr std::array<std::string_view, 3> kDistrictPrefixes = {"อำเภอ", "อ.", "เขต"};
constexpr std::array<std::string_view, 2> kProvincePrefixes = {"จังหวัด", "จ."};

// The name without its level's word: "อำเภอ ดอนแก้วเหนือ" -> "ดอนแก้วเหนือ".
std::string_view bare_name(std::string_view text, Prefixes prefixes) {
  text = trim(text);
  for (const auto prefix : prefixes)
    if (text.starts_with(prefix)) return trim(text.substr(prefix.size()));
  return text;
}

bool has_prefix(std::string_view text, Prefixes prefixes) {
  return bare_name(text, prefixes).size() != trim(text).size();
}

// Whether `address` names the place already, with its level's word: "อำเภอดอนแก้วเหนือ" or
// "อ. ดอนแก้วเหนือ". The bare name alone is not enough: a road or a subdistrict is often named
// after the district or the province ("ถนนขอนแก่น–ชุมแพ", "ตำบลเมืองจันทร์ อำเภอเมืองจันทร์").
bool names_place(std::string_view address, std::string_view name, Prefixes prefixes) {
  if (name.empty()) return false;
  for (const auto prefix : prefixes)
    for (std::size_t at = address.find(prefix); at != std::string_view::npos;
         at = address.find(prefix, at + 1))
      if (trim(address.substr(at + prefix.size())).starts_with(name)) return true;
  return false;
}

// Bangkok is not a province by name and its districts are เขต.
bool is_bangkok(std::string_view province) {
  return bare_name(province, kProvincePrefixes).starts_with("กรุงเทพ");
}

void append_part(std::string& line, std::string_view part) {
  if (part.empty()) return;
  if (!line.empty()) line += ' ';
  line += part;
}

}  // namespace

std::string report_title(const RenderContext& ctx, const Report& report) {
  const std::string round =
      report.round == Round::six_month ? ctx.ui("report.round_6") : ctx.ui("report.round_12");
  return round + " " + ctx.format.fiscal_year(report.fiscal_year);
}

nlohmann::json date_value(const RenderContext& ctx, const std::optional<Date>& date) {
  if (!date) return nullptr;
  return {{"text", ctx.format.date(*date)}, {"iso", iso_date(*date)}};
}

nlohmann::json document_date_value(const RenderContext& ctx, const std::optional<Date>& date) {
  if (!date) return nullptr;
  return {{"text", ctx.format.document_date(*date)}, {"iso", iso_date(*date)}};
}

std::string fill(std::string text,
                 std::initializer_list<std::pair<std::string, std::string>> values) {
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (auto at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

long long poster_length(std::string_view markdown) {
  // In tenths of a Thai character: a Latin letter, digit or sign is about 0.8 of one, and a
  // line's end leaves half a line of the poster's width, 50 characters, empty.
  constexpr long long thai = 10, latin = 8, line_end = 500;
  long long length = 0;
  bool line_has_text = false;
  for (std::size_t i = 0; i < markdown.size();) {
    const auto byte = static_cast<unsigned char>(markdown[i]);
    const std::size_t size = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    char32_t code = byte;
    if (size == 3 && i + 2 < markdown.size())
      code = ((byte & 0x0Fu) << 12) | ((static_cast<unsigned char>(markdown[i + 1]) & 0x3Fu) << 6) |
             (static_cast<unsigned char>(markdown[i + 2]) & 0x3Fu);
    i += size;
    if (code == '\n') {
      if (line_has_text) length += line_end;
      line_has_text = false;
      continue;
    }
    // Marks above and below the line: ั ิ ี ึ ื ุ ู ฺ and ็ ่ ้ ๊ ๋ ์ ํ ๎.
    const bool mark =
        code == 0x0E31 || (code >= 0x0E34 && code <= 0x0E3A) || (code >= 0x0E47 && code <= 0x0E4E);
    if (mark) continue;
    if (code != ' ' && code != '\t' && code != '\r') line_has_text = true;
    length += code < 0x80 ? latin : thai;
  }
  if (line_has_text) length += line_end;
  return (length + 5) / 10;
}

std::string signer_in_parentheses(std::string_view name) {
  name = trim(name);
  if (name.empty()) return {};
  if (name.starts_with('(') && name.ends_with(')')) return std::string(name);
  return "(" + std::string(name) + ")";
}

nlohmann::json signature_value(const RenderContext& ctx, const Signature& signature) {
  const std::string signer = signer_in_parentheses(signature.name);
  const std::string_view position = trim(signature.position);
  if (signer.empty() && position.empty() && !signature.date) return nullptr;
  // Every key is set, null when absent, so that a template never finds the page's own
  // "date" or "position" in its place.
  auto text_or_null = [](std::string_view text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(text));
  };
  return {{"date", document_date_value(ctx, signature.date)},
          {"date_label", signature.date_label},
          {"role", text_or_null(signature.role)},
          {"name", text_or_null(signer)},
          {"position", text_or_null(position)}};
}

std::string address_line(const Organization& organization) {
  const std::string_view address = trim(organization.address);
  const std::string_view district = trim(organization.district);
  const std::string_view province = trim(organization.province);
  const bool bangkok = is_bangkok(province);
  std::string line(address);

  const std::string_view district_name = bare_name(district, kDistrictPrefixes);
  if (!district_name.empty() && !names_place(address, district_name, kDistrictPrefixes)) {
    if (has_prefix(district, kDistrictPrefixes))
      append_part(line, district);
    else
      append_part(line, std::string(bangkok ? "เขต" : "อำเภอ") + std::string(district_name));
  }

  const std::string_view province_name = bare_name(province, kProvincePrefixes);
  if (bangkok) {
    if (line.find(province_name) == std::string::npos) append_part(line, province_name);
  } else if (!province_name.empty() && !names_place(address, province_name, kProvincePrefixes)) {
    if (has_prefix(province, kProvincePrefixes))
      append_part(line, province);
    else
      append_part(line, "จังหวัด" + std::string(province_name));
  }
  return line;
}

std::string status_class(Status status) {
  return std::string("status-") + status_name(status);
}

const Plan* plan_for_year(const Site& site, int fiscal_year) {
  const Plan* latest = nullptr;
  for (const auto& plan : site.plans) {
    for (int year : plan.years)
      if (year == fiscal_year) return &plan;
    if (!latest ||
        (!plan.years.empty() && !latest->years.empty() && plan.years.back() > latest->years.back()))
      latest = &plan;
  }
  return latest;
}

nlohmann::json document_link_value(const RenderContext& ctx, const std::string& page_path) {
  if (!ctx.documents) return nullptr;
  const auto found = ctx.documents->find(page_path);
  if (found == ctx.documents->end()) return nullptr;
  auto replace = [](std::string text, const std::string& value) {
    const auto at = text.find("{size}");
    if (at != std::string::npos) text.replace(at, 6, value);
    return text;
  };
  // Whole kilobytes, at least 1: a reader decides on a download by its size, not its bytes.
  const auto kilobytes = static_cast<long long>((found->second.bytes + 1023) / 1024);
  const std::string size = replace(ctx.ui("document.kilobytes"), ctx.format.integer(kilobytes));
  return {{"href", found->second.file},
          {"label", replace(ctx.ui("document.download"), size)},
          {"size", size}};
}

}  // namespace oitgen
