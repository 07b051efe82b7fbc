#pragma once
// The small, valid Thai site that `oitgen new` writes for a municipality to start from.

#include <map>
#include <string>

namespace oitgen {

struct StarterValues {
  std::string name;      // "เทศบาลตำบลหนองบัว"
  std::string kind;      // "เทศบาลตำบล"; derived from the name when empty
  std::string province;  // "ขอนแก่น"
  std::string base_url;  // "https://www.nongbua.go.th/ita/"
  int fiscal_year = 0;   // the current fiscal year (Buddhist Era)
};

// The kind of local government a name starts with ("เทศบาลตำบล" of "เทศบาลตำบลหนองบัว"), or
// "" when it starts with none of them.
std::string kind_of_name(const std::string& name);

// The first year of the national five-year plan cycle (2566–2570, 2571–2575, ...) that holds
// `fiscal_year`.
int plan_cycle_start(int fiscal_year);

// Every file of the starter site: path under the site folder -> contents.
std::map<std::string, std::string> starter_site(const StarterValues& values);

}  // namespace oitgen
