#pragma once
// The site's URLs, mirroring the content paths. They never change once published, so they are
// written in one place that links, files, the sitemap and the OIT index all use.

#include <string>

#include "model/site.h"

namespace oitgen {

// Site paths of content, in one place so that links and files agree.
std::string plan_path(const Plan& plan);
std::string project_path(const Plan& plan, const Project& project);
std::string report_path(const Plan& plan, const Report& report);
std::string ita_path(int year);
std::string notice_path();
std::string page_path(const Document& page);
std::string news_path(const Document& item);
std::string news_list_path();
std::string oit_path();
std::string archive_path();

// Which content has an English version.
bool has_english(const Plan& plan);
bool has_english(const Project& project);
bool has_english(const Document& document);

}  // namespace oitgen
