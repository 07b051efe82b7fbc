#include "load/loaders.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

std::optional<Status> parse_status(const std::string& s) {
  for (Status status : all_statuses)
    if (s == status_name(status)) return status;
  if (s == status_name(Status::not_planned)) return Status::not_planned;
  return std::nullopt;
}

void load_entries(const Node& list, Reader& reader, Report& report) {
  if (list.kind != Node::Kind::array) {
    reader.error(list.pos, "report.entries",
                 tr("\"entries\" must be a list with one entry per project"));
    return;
  }
  for (const auto& item : list.items) {
    if (!reader.object(item, tr("a report entry"),
                       {{"project", true}, {"status", true}, {"budget"}, {"disbursed"}, {"note"}}))
      continue;
    ReportEntry entry;
    entry.source = reader.source_of(item);
    if (auto project = reader.string(item, "project")) entry.project = *project;
    if (auto status = reader.choice(
            item, "status",
            {"not_reported", "in_progress", "completed", "not_possible", "not_planned"},
            status_words))
      entry.status = *parse_status(*status);
    entry.budget = reader.money(item, "budget");
    if (auto disbursed = reader.money(item, "disbursed")) entry.disbursed = *disbursed;
    if (auto note = reader.string(item, "note")) entry.note = *note;
    report.entries.push_back(entry);
  }
}

}  // namespace

std::optional<Report> load_report(const Node& root, const std::string& id, Reader& reader) {
  if (!reader.object(root, tr("a report"),
                     {{"fiscal_year", true},
                      {"round", true},
                      {"period", true},
                      {"as_of"},
                      {"prepared_by"},
                      {"memo"},
                      {"approvals"},
                      {"entries", true},
                      {"narrative"}}))
    return std::nullopt;
  Report report;
  report.id = id;
  report.source = reader.source_of(root);
  if (auto year = reader.fiscal_year(root, "fiscal_year")) report.fiscal_year = *year;
  if (auto round = reader.choice(root, "round", {"6-month", "12-month"}, round_words))
    report.round = *round == "6-month" ? Round::six_month : Round::twelve_month;
  if (const Node* period = root.find("period");
      period && reader.object(*period, "\"period\"", {{"from", true}, {"to", true}})) {
    report.from = reader.date(*period, "from");
    report.to = reader.date(*period, "to");
    report.source.fields["period.from"] =
        period->find("from") ? period->find("from")->pos : period->pos;
    report.source.fields["period.to"] = period->find("to") ? period->find("to")->pos : period->pos;
  }
  report.as_of = reader.date(root, "as_of");
  // A Buddhist Era year is reported by the reader; the checks that compare the date are skipped.
  if (report.as_of && report.as_of->year > 2400) report.as_of.reset();
  report.prepared_by = load_prepared_by(root, reader);
  report.memo = load_memo(root, reader);
  report.approvals = load_approvals(root, reader);
  if (const Node* entries = root.find("entries")) load_entries(*entries, reader, report);
  if (auto narrative = reader.markdown(root, "narrative")) report.narrative = *narrative;
  return report;
}

}  // namespace oitgen
