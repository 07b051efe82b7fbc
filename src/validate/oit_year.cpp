#include "validate/oit_year.h"

#include "model/oit_reference.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::string and_list(const std::vector<std::string>& words) {
  if (words.size() <= 1) return words.empty() ? "" : words.front();
  std::vector<std::string> head(words.begin(), words.end() - 1);
  return join(head) + tr(" and ") + words.back();
}

// Where the assessment year was set, for messages at site.json.
std::string year_origin(const SiteConfig& config) {
  if (config.oit_year) return tr("oit_year in site.json");
  if (config.current_fiscal_year) return tr("the current_fiscal_year in site.json");
  return tr("the fiscal year of today's date");
}

class OitYearCheck {
 public:
  OitYearCheck(const Site& site, const std::vector<Framework>& frameworks, int current_fiscal_year,
               Diagnostics& diags)
      : site_(site),
        frameworks_(frameworks),
        choice_(choose_oit_framework(site.config, frameworks, current_fiscal_year)),
        diags_(diags) {}

  void run() {
    const SiteConfig& config = site_.config;
    if (config.source.file.empty()) return;  // site.json could not be read
    if (!choice_.framework || choice_.framework->items.empty()) {
      const std::string field = config.oit_year ? "oit_year" : "current_fiscal_year";
      diags_.warning(config.source.file, config.source.at(field), "oit.no-framework",
                     missing_framework_message(choice_));
      return;
    }
    const Framework& in_use = *choice_.framework;
    if (choice_.named && in_use.assessment_year != choice_.year)
      diags_.warning(config.source.file, config.source.at("oit_framework"),
                     "oit.framework-other-year",
                     trf("oit_framework {1} is the checklist of ITA {2}, but the assessment year "
                         "is {3} ({4}); the codes given to ITAS must be ITA {3}'s: remove "
                         "oit_framework to use that year's checklist, or set \"oit_year\": {2} if "
                         "that is the year meant",
                         {quote(in_use.id), std::to_string(in_use.assessment_year),
                          std::to_string(choice_.year), year_origin(config)}));
    const std::string default_id = unqualified_code_framework(config);
    auto check = [&](const std::string& entry, const Source& source, const std::string& field,
                     bool link) {
      const OitReference ref = parse_oit_reference(entry, default_id);
      if (ref.topic || ref.framework_id == in_use.id) return;
      const Framework* from = find_framework(frameworks_, ref.framework_id);
      const OitItem* item = from ? find_item(*from, ref.key) : nullptr;
      if (!item) return;  // an error already
      const OitMapping mapping = map_code(*item, in_use);
      const std::string head = trf("OIT code {1} of {2}", {quote(entry), from->id});
      const std::string fix =
          link ? "\"code\": " + quote(mapping.topics.empty() ? "TOPIC" : mapping.topics.front())
               : "oit: [" + join(mapping.topics) + "]";
      if (mapping.codes.empty()) {
        const std::string why =
            mapping.topics.empty() ? tr("its item names no topic to follow")
            : mapping.topics.size() > 1
                ? trf("no item there lists its topics {1}", {join(mapping.topics)})
                : trf("no item there lists its topic {1}", {join(mapping.topics)});
        diags_.warning(
            source.file, source.at(field), "oit.code-of-another-year",
            trf("{1} serves no item of {2}, the checklist in use: {3}", {head, in_use.id, why}));
        return;
      }
      diags_.warning(source.file, source.at(field), "oit.code-of-another-year",
                     trf("{1} is {2} in {3}, the checklist in use; write {4} to keep it right "
                         "every year",
                         {head, and_list(mapping.codes), in_use.id, fix}),
                     fix);
    };
    auto check_list = [&](const std::vector<std::string>& list, const Source& source) {
      for (std::size_t i = 0; i < list.size(); ++i)
        check(list[i], source, "oit." + std::to_string(i), false);
    };
    for (const auto& plan : site_.plans)
      for (const auto& project : plan.projects) check_list(project.oit, project.source);
    if (site_.no_gift_policy) check_list(site_.no_gift_policy->oit, site_.no_gift_policy->source);
    for (const auto& page : site_.pages) check_list(page.oit, page.source);
    for (const auto& item : site_.news) check_list(item.oit, item.source);
    for (const auto& link : site_.oit_links) check(link.code, link.source, "code", true);
  }

 private:
  const Site& site_;
  const std::vector<Framework>& frameworks_;
  const OitChoice choice_;
  Diagnostics& diags_;
};

}  // namespace

void check_oit_year(const Site& site, const std::vector<Framework>& frameworks,
                    int current_fiscal_year, Diagnostics& diags) {
  OitYearCheck(site, frameworks, current_fiscal_year, diags).run();
}

}  // namespace oitgen
