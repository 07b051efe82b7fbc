#include "render/sites_index.h"

#include <charconv>
#include <ctime>
#include <nlohmann/json.hpp>

#include "format/format.h"
#include "render/views.h"
#include "render/word_breaks.h"
#include "util/text.h"

namespace oitgen {

namespace {

using json = nlohmann::json;

constexpr const char* sites_format = "oitgen-sites-1";
constexpr const char* bom = "\xEF\xBB\xBF";
constexpr int thailand_offset_hours = 7;  // Thailand keeps UTC+7 all year
// The theme's icon, beside the index: one index serves many organizations, so no emblem of one.
constexpr std::string_view favicon_asset = "assets/favicon.svg";
constexpr const char* favicon_file = "favicon.svg";

json text_value(const Text& value) {
  return value.en.empty() ? json(value.th) : json{{"th", value.th}, {"en", value.en}};
}

template <typename T>
json optional_value(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

json site_json(const SiteSummary& site) {
  json row = {{"id", site.id},
              {"url", site.has_output ? json(site.id + "/") : json(nullptr)},
              {"status", site.built ? "built" : "failed"},
              {"built_at", site.built_at.empty() ? json(nullptr) : json(site.built_at)},
              {"name", site.name.th.empty() ? json(nullptr) : text_value(site.name)},
              {"province", site.province.empty() ? json(nullptr) : json(site.province)},
              {"pages", site.built_at.empty() ? json(nullptr) : json(site.pages)},
              {"report", nullptr},
              {"ita", nullptr},
              {"oit", nullptr}};
  if (site.report)
    row["report"] = {{"plan", site.report->plan},
                     {"report", site.report->report},
                     {"fiscal_year", site.report->fiscal_year},
                     {"round", site.report->round},
                     {"implementation_level", optional_value(site.report->implementation_level)}};
  if (site.ita)
    row["ita"] = {{"year", site.ita->year},
                  {"score", optional_value(site.ita->score)},
                  {"level", site.ita->level},
                  {"level_source", site.ita->level_source}};
  if (site.oit)
    row["oit"] = {{"assessment_year", site.oit->assessment_year},
                  {"served", site.oit->served},
                  {"total", site.oit->total}};
  return row;
}

// Reading back what site_json wrote: a field of another type is no value.
std::string string_of(const json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : "";
}
std::optional<int> int_of(const json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_number_integer()) return std::nullopt;
  const auto value = found->get<long long>();
  if (value < 0 || value > 1'000'000'000) return std::nullopt;
  return static_cast<int>(value);
}
std::optional<double> number_of(const json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_number()) return std::nullopt;
  return found->get<double>();
}
const json* object_of(const json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_object() ? &*found : nullptr;
}

std::optional<std::pair<Date, std::string>> thailand_time(std::string_view iso);

std::optional<SiteSummary> parse_row(const json& row) {
  if (!row.is_object()) return std::nullopt;
  SiteSummary site;
  site.id = string_of(row, "id");
  if (!is_valid_id(site.id)) return std::nullopt;
  site.built = string_of(row, "status") == "built";
  site.built_at = string_of(row, "built_at");
  if (!thailand_time(site.built_at)) site.built_at.clear();  // not a time that oitgen wrote
  if (const auto name = row.find("name"); name != row.end()) {
    if (name->is_string()) {
      site.name.th = name->get<std::string>();
    } else if (name->is_object()) {
      site.name.th = string_of(*name, "th");
      site.name.en = string_of(*name, "en");
    }
  }
  site.province = string_of(row, "province");
  site.pages = int_of(row, "pages").value_or(0);
  if (const json* report = object_of(row, "report"))
    site.report = SiteSummary::LatestReport{
        string_of(*report, "plan"), string_of(*report, "report"),
        int_of(*report, "fiscal_year").value_or(0), string_of(*report, "round"),
        number_of(*report, "implementation_level")};
  if (const json* ita = object_of(row, "ita"))
    site.ita = SiteSummary::ItaResult{int_of(*ita, "year").value_or(0), number_of(*ita, "score"),
                                      string_of(*ita, "level"), string_of(*ita, "level_source")};
  if (const json* oit = object_of(row, "oit"))
    site.oit = SiteSummary::OitServed{int_of(*oit, "assessment_year").value_or(0),
                                      int_of(*oit, "served").value_or(0),
                                      int_of(*oit, "total").value_or(0)};
  return site;
}

// "2026-12-02T03:57:11Z" -> the day and "10:57" in Thailand.
std::optional<std::pair<Date, std::string>> thailand_time(std::string_view iso) {
  if (iso.size() != 20 || iso[10] != 'T' || iso[19] != 'Z') return std::nullopt;
  auto number = [&](std::size_t at, std::size_t length) {
    int value = -1;
    const auto [end, error] = std::from_chars(iso.data() + at, iso.data() + at + length, value);
    return error == std::errc{} && end == iso.data() + at + length ? value : -1;
  };
  const std::optional<Date> day = parse_date(iso.substr(0, 10));
  const int hour = number(11, 2);
  const int minute = number(14, 2);
  if (!day || hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  const int local = hour + thailand_offset_hours;
  const Date date = local >= 24 ? add_days(*day, 1) : *day;
  const int shown_hour = local % 24;
  std::string clock = (shown_hour < 10 ? "0" : "") + std::to_string(shown_hour) + ":" +
                      (minute < 10 ? "0" : "") + std::to_string(minute);
  return std::pair{date, clock};
}

// A UI string by dotted key ("sites.title"), the key itself when the theme lacks it.
std::string ui(const json& strings, const std::string& key) {
  const json* at = &strings;
  for (std::size_t start = 0; start <= key.size();) {
    const std::size_t end = std::min(key.find('.', start), key.size());
    if (!at->is_object()) return key;
    const auto found = at->find(key.substr(start, end - start));
    if (found == at->end()) return key;
    at = &*found;
    start = end + 1;
  }
  return at->is_string() ? at->get<std::string>() : key;
}

std::string replaced(std::string text, const std::string& name, const std::string& value) {
  const std::string placeholder = "{" + name + "}";
  for (auto at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size()))
    text.replace(at, placeholder.size(), value);
  return text;
}

class IndexPage {
 public:
  IndexPage(const Theme& theme, std::string language, bool for_disk)
      : theme_(theme),
        language_(std::move(language)),
        for_disk_(for_disk),
        strings_(theme.strings(language_)),
        format_(language_, Numerals::arabic) {}

  std::string render(const std::vector<SiteSummary>& sites, const std::string& built_at) const {
    const bool english = language_ == "en";
    int built = 0;
    int failed = 0;
    json rows = json::array();
    for (const auto& site : sites) {
      (site.built ? built : failed) += 1;
      rows.push_back(row(site));
    }
    json summary =
        replaced(replaced(ui(strings_, "sites.summary"), "built", format_.integer(built)), "total",
                 format_.integer(static_cast<long long>(sites.size())));
    json values = {
        {"lang", language_},
        {"t", strings_},
        {"summary", summary},
        {"failed_note", failed > 0 ? json(replaced(ui(strings_, "sites.failed_summary"), "failed",
                                                   format_.integer(failed)))
                                   : json(nullptr)},
        {"built_at", time_value(built_at)},
        {"sites", rows},
        {"has_sites", !rows.empty()},
        {"other", english ? json{{"href", "index.html"}, {"label", "ภาษาไทย"}, {"lang", "th"}}
                          : json{{"href", "index.en.html"}, {"label", "English"}, {"lang", "en"}}},
        // What a shared link shows, as on the sites' own pages (partials/opengraph). Without a
        // web address of its own the index has no og:url, and no emblem for og:image.
        {"page_title", ui(strings_, "sites.title")},
        {"site_name", ui(strings_, "sites.title")},
        {"og_type", "website"},
        {"og_locale", english ? "en_US" : "th_TH"},
        {"og_locale_alternate", english ? "th_TH" : "en_US"},
        {"og_description", ui(strings_, "sites.description")}};
    if (theme_.assets().contains(std::string(favicon_asset)))
      values["favicon"] = {{"href", favicon_file}, {"type", "image/svg+xml"}};
    std::vector<std::string> names;
    for (const auto& site : sites) {
      names.push_back(place_name(site.name.th));
      names.push_back(place_name(site.province));
    }
    return break_thai_words(theme_.render("sites-index", values), ThaiWords(names), english);
  }

 private:
  json time_value(const std::string& iso) const {
    const auto local = thailand_time(iso);
    if (!local) return nullptr;
    return {{"iso", iso},
            {"text", format_.date_short(local->first) + " " + local->second + " " +
                         ui(strings_, "sites.time_zone")}};
  }

  // A Thai text on the English page says so, for screen readers.
  json shown_text(const Text& text) const {
    const std::string& shown = text.in(language_);
    return {{"text", shown},
            {"lang", language_ == "en" && &shown == &text.th ? json("th") : json(nullptr)}};
  }

  json row(const SiteSummary& site) const {
    json out = {
        {"id", site.id},
        {"href",
         site.has_output ? json(site.id + (for_disk_ ? "/index.html" : "/")) : json(nullptr)},
        {"name",
         site.name.th.empty() ? json{{"text", site.id}, {"lang", nullptr}} : shown_text(site.name)},
        {"province", site.province.empty() ? json(nullptr) : shown_text(Text{site.province, ""})},
        {"failed", !site.built},
        {"status", site.built        ? ui(strings_, "sites.built")
                   : site.has_output ? ui(strings_, "sites.failed_previous")
                                     : ui(strings_, "sites.failed_never")},
        {"built_at", time_value(site.built_at)}};
    if (site.report) {
      const auto& report = *site.report;
      out["report"] = {
          {"level", report.implementation_level
                        ? json(format_.percent(*report.implementation_level) + "%")
                        : json(nullptr)},
          {"label", ui(strings_, report.round == "12-month" ? "sites.round_12" : "sites.round_6") +
                        " " + format_.fiscal_year(report.fiscal_year)}};
    }
    if (site.ita && !site.ita->level.empty()) {
      const auto& ita = *site.ita;
      out["ita"] = {{"level", ita.level},
                    {"score", ita.score ? json(format_.score(*ita.score)) : json(nullptr)},
                    {"year", format_.fiscal_year(ita.year)},
                    {"note", ita.level_source == "computed" ? ui(strings_, "ita.level_computed")
                                                            : ui(strings_, "ita.level_announced")}};
    }
    if (site.oit)
      out["oit"] = {{"served", format_.integer(site.oit->served)},
                    {"total", format_.integer(site.oit->total)},
                    {"year", format_.fiscal_year(site.oit->assessment_year)}};
    return out;
  }

  const Theme& theme_;
  std::string language_;
  bool for_disk_;  // links name index.html, for file://
  const json& strings_;
  Formatter format_;
};

// `cells` are already encoded: csv_field for text, csv_number for figures.
std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + cells[i];
  return line + "\r\n";
}

std::string sites_csv(const std::vector<SiteSummary>& sites) {
  const std::vector<std::string> names = {
      "id",         "name",      "name_en",     "province",         "status",
      "built_at",   "pages",     "report_year", "report_round",     "implementation_level",
      "ita_year",   "ita_score", "ita_level",   "ita_level_source", "oit_year",
      "oit_served", "oit_total", "url"};
  std::vector<std::string> header;
  header.reserve(names.size());
  for (const auto& name : names) header.push_back(csv_field(name));
  std::string csv = bom + csv_line(header);
  // Figures as the open data of each site writes them: two decimals, no thousands separator.
  const Formatter plain("en", Numerals::arabic);
  auto number = [](int value) { return csv_number(std::to_string(value)); };
  for (const auto& site : sites) {
    std::vector<std::string> cells = {csv_field(site.id),
                                      csv_field(site.name.th),
                                      csv_field(site.name.en),
                                      csv_field(site.province),
                                      csv_field(site.built ? "built" : "failed"),
                                      csv_field(site.built_at),
                                      site.built_at.empty() ? "" : number(site.pages)};
    if (site.report) {
      const auto& level = site.report->implementation_level;
      cells.insert(cells.end(), {number(site.report->fiscal_year), csv_field(site.report->round),
                                 level ? csv_number(plain.percent(*level)) : ""});
    } else {
      cells.insert(cells.end(), {"", "", ""});
    }
    if (site.ita) {
      cells.insert(cells.end(), {number(site.ita->year),
                                 site.ita->score ? csv_number(plain.score(*site.ita->score)) : "",
                                 csv_field(site.ita->level), csv_field(site.ita->level_source)});
    } else {
      cells.insert(cells.end(), {"", "", "", ""});
    }
    if (site.oit)
      cells.insert(cells.end(), {number(site.oit->assessment_year), number(site.oit->served),
                                 number(site.oit->total)});
    else
      cells.insert(cells.end(), {"", "", ""});
    cells.push_back(site.has_output ? csv_field(site.id + "/") : "");
    csv += csv_line(cells);
  }
  return csv;
}

}  // namespace

SiteSummary summarize_site(std::string id, const Site& site, const Figures& figures, int pages,
                           std::string built_at) {
  SiteSummary out;
  out.id = std::move(id);
  out.built = true;
  out.built_at = std::move(built_at);
  out.has_output = true;
  out.name = site.config.organization.name;
  out.province = site.config.organization.province;
  out.pages = pages;
  // The report and the ITA result the site's home page shows, as compute chose them.
  if (const ReportFigures* latest = figures.latest_report)
    out.report =
        SiteSummary::LatestReport{latest->plan->id, latest->report->id, latest->report->fiscal_year,
                                  round_name(latest->report->round), latest->implementation_level};
  if (const ItaFigures* ita = figures.latest_ita)
    out.ita = SiteSummary::ItaResult{
        ita->year, ita->score, ita->level,
        ita->level_source == ItaLevelSource::announced ? "announced" : "computed"};
  if (figures.oit)
    out.oit = SiteSummary::OitServed{figures.oit->assessment_year, figures.oit->served,
                                     figures.oit->total};
  return out;
}

std::vector<SiteSummary> parse_sites_json(std::string_view text) {
  std::vector<SiteSummary> sites;
  const json document = json::parse(text, nullptr, false);
  if (!document.is_object() || string_of(document, "format") != sites_format) return sites;
  const auto rows = document.find("sites");
  if (rows == document.end() || !rows->is_array()) return sites;
  for (const auto& row : *rows)
    if (auto site = parse_row(row)) sites.push_back(std::move(*site));
  return sites;
}

std::vector<DataFile> sites_index_files(const std::vector<SiteSummary>& sites,
                                        const std::string& built_at, const Theme& theme,
                                        bool for_disk) {
  json rows = json::array();
  for (const auto& site : sites) rows.push_back(site_json(site));
  const json document = {{"format", sites_format}, {"built_at", built_at}, {"sites", rows}};
  std::vector<DataFile> files;
  files.push_back({"sites.json", document.dump(2) + "\n"});
  files.push_back({"sites.csv", sites_csv(sites)});
  const auto assets = theme.assets();
  const auto style = assets.find("assets/style.css");
  files.push_back({"style.css", style != assets.end() ? style->second : ""});
  if (const auto icon = assets.find(std::string(favicon_asset)); icon != assets.end())
    files.push_back({favicon_file, icon->second});
  files.push_back({"index.html", IndexPage(theme, "th", for_disk).render(sites, built_at)});
  files.push_back({"index.en.html", IndexPage(theme, "en", for_disk).render(sites, built_at)});
  return files;
}

std::string iso_utc(long long seconds) {
  const auto time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  char text[32] = {};
  if (::gmtime_r(&time, &utc) == nullptr ||
      std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc) == 0)
    return "";
  return text;
}

}  // namespace oitgen
