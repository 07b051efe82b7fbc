#include "model/framework.h"

namespace oitgen {

const Framework* find_framework(const std::vector<Framework>& frameworks, const std::string& id) {
  for (const auto& framework : frameworks)
    if (framework.id == id) return &framework;
  return nullptr;
}

const Framework* framework_for_year(const std::vector<Framework>& frameworks, int year) {
  const Framework* chosen = frameworks.empty() ? nullptr : &frameworks.front();
  for (const auto& framework : frameworks)
    if (framework.assessment_year <= year) chosen = &framework;
  return chosen;
}

const OitItem* find_item(const Framework& framework, const std::string& code) {
  for (const auto& item : framework.items)
    if (item.code == code) return &item;
  return nullptr;
}

}  // namespace oitgen
