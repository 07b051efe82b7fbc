#pragma once
// A site as it stood at the end of a fiscal year: what a yearly snapshot shows.

#include "model/site.h"

namespace oitgen {

// Reports, ITA years, news, notices and links of later years are left out, plans that start
// later too, and the current fiscal year is `year`. A snapshot stands alone: no archives.
Site site_as_of(const Site& site, int year);

}  // namespace oitgen
