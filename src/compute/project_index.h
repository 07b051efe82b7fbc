#pragma once
// A plan's projects by id, for joining the records that name a project (report entries, risk
// controls, measures) to it. Hashed, so that joining many records takes linear time.

#include <string_view>
#include <unordered_map>

#include "model/site.h"

namespace oitgen {

class ProjectIndex {
 public:
  explicit ProjectIndex(const Plan& plan) {
    projects_.reserve(plan.projects.size());
    // Ids are file names, so unique; were one given twice, the first would win.
    for (const auto& project : plan.projects) projects_.emplace(project.id, &project);
  }
  ProjectIndex(const Plan&&) = delete;  // the index points into the plan

  // The project with this id; none when the plan has no such project.
  const Project* find(std::string_view id) const {
    const auto found = projects_.find(id);
    return found == projects_.end() ? nullptr : found->second;
  }

 private:
  std::unordered_map<std::string_view, const Project*> projects_;
};

}  // namespace oitgen
