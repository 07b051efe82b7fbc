#include "model/site.h"

namespace oitgen {

Position Source::at(const std::string& field) const {
  const auto found = fields.find(field);
  return found == fields.end() ? pos : found->second;
}

const char* status_name(Status status) {
  switch (status) {
    case Status::not_reported:
      return "not_reported";
    case Status::in_progress:
      return "in_progress";
    case Status::completed:
      return "completed";
    case Status::not_possible:
      return "not_possible";
    case Status::not_planned:
      return "not_planned";
  }
  return "";
}

const char* round_name(Round round) {
  return round == Round::six_month ? "6-month" : "12-month";
}

const char* kind_name(ProjectKind kind) {
  switch (kind) {
    case ProjectKind::project:
      return "project";
    case ProjectKind::activity:
      return "activity";
    case ProjectKind::measure:
      return "measure";
  }
  return "";
}

}  // namespace oitgen
