#include "load/loaders.h"
#include "util/i18n.h"

namespace oitgen {

namespace {

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

std::optional<Memo> load_memo(const Node& root, Reader& reader) {
  const Node* node = root.find("memo");
  if (!node ||
      !reader.object(*node, "\"memo\"", {{"office"}, {"number"}, {"date"}, {"subject"}, {"to"}}))
    return std::nullopt;
  Memo memo;
  for (auto [key, field] : {std::pair{"office", &memo.office},
                            {"number", &memo.number},
                            {"subject", &memo.subject},
                            {"to", &memo.to}})
    if (auto value = reader.string(*node, key)) {
      if (blank(*value))
        reader.problem(Severity::error, node->find(key)->pos,
                       trf("memo.{1} is empty; leave it out to print the form's blank line", {key}),
                       "memo.empty-field", trf("remove \"{1}\"", {key}));
      *field = *value;
    }
  memo.date = reader.date(*node, "date");
  // A Buddhist Era year is reported by the reader; the document is then dated by the content.
  if (memo.date && memo.date->year > 2400) memo.date.reset();
  return memo;
}

std::vector<Person> load_approvals(const Node& root, Reader& reader) {
  std::vector<Person> approvals;
  const Node* list = root.find("approvals");
  if (!list) return approvals;
  if (list->kind != Node::Kind::array) {
    reader.problem(Severity::error, list->pos,
                   tr("\"approvals\" must be a list of {\"name\", \"position\"}, one for each "
                      "step the memo goes up, in order"),
                   "memo.approvals-not-list");
    return approvals;
  }
  for (const auto& item : list->items) {
    if (!reader.object(item, "an approval", {{"name", true}, {"position", true}})) continue;
    Person person;
    if (auto name = reader.string(item, "name")) person.name = *name;
    if (auto position = reader.string(item, "position")) person.position = *position;
    for (auto [key, value] : {std::pair{"name", &person.name}, {"position", &person.position}})
      if (item.find(key) && blank(*value))
        reader.problem(Severity::error, item.find(key)->pos,
                       trf("the approval's {1} is empty; the memo prints it under the "
                           "signature line",
                           {key}),
                       "memo.approval-empty");
    approvals.push_back(std::move(person));
  }
  return approvals;
}

Person load_prepared_by(const Node& root, Reader& reader) {
  Person person;
  if (const Node* by = root.find("prepared_by");
      by && reader.object(*by, "\"prepared_by\"", {{"name", true}, {"position"}})) {
    if (auto name = reader.string(*by, "name")) person.name = *name;
    if (auto position = reader.string(*by, "position")) person.position = *position;
  }
  return person;
}

}  // namespace oitgen
