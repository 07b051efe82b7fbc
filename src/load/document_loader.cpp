#include "load/loaders.h"
#include "util/i18n.h"
#include "util/text.h"

namespace oitgen {

namespace {

const char* describe(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::notice:
      return "the notice's front matter";
    case DocumentKind::page:
      return "the page's front matter";
    case DocumentKind::news:
      return "the news item's front matter";
  }
  return "";
}

}  // namespace

std::optional<Document> load_document(const MarkdownFile& file, DocumentKind kind,
                                      const std::string& slug, Reader& reader) {
  if (!file.has_front_matter) {
    reader.error({1, 1}, "document.no-front-matter",
                 tr("the file must start with front matter between \"---\" lines, with at least "
                    "\"title:\""));
    return std::nullopt;
  }
  const Node& front = file.front_matter;
  bool ok = false;
  switch (kind) {
    case DocumentKind::notice:
      ok = reader.object(front, describe(kind),
                         {{"title", true},
                          {"date", true},
                          {"signed_by", true},
                          {"position", true},
                          {"fiscal_year", true},
                          {"summary"},
                          {"oit"}});
      break;
    case DocumentKind::page:
      ok = reader.object(front, describe(kind),
                         {{"title", true}, {"date"}, {"summary"}, {"images"}, {"oit"}});
      break;
    case DocumentKind::news:
      ok = reader.object(front, describe(kind),
                         {{"title", true}, {"date", true}, {"summary"}, {"images"}, {"oit"}});
      break;
  }
  if (!ok) return std::nullopt;
  Document doc;
  doc.slug = slug;
  doc.source = reader.source_of(front);
  doc.body.th = file.body;
  if (auto title = reader.text(front, "title")) doc.title = *title;
  if (auto summary = reader.text(front, "summary")) doc.summary = *summary;
  doc.date = reader.date(front, "date");
  doc.images = reader.string_list(front, "images");
  doc.oit = reader.string_list(front, "oit", &doc.source);
  if (auto signed_by = reader.text(front, "signed_by")) doc.signed_by = *signed_by;
  if (auto position = reader.text(front, "position")) doc.position = *position;
  doc.fiscal_year = reader.fiscal_year(front, "fiscal_year");
  return doc;
}

void load_document_translation(const MarkdownFile& file, DocumentKind kind, Document& doc,
                               Reader& reader) {
  doc.body.en = file.body;
  if (!file.has_front_matter) return;
  const Node front =
      kind == DocumentKind::notice
          ? translation_front_matter(file.front_matter, {"date", "fiscal_year", "oit"},
                                     {{"title"}, {"summary"}, {"signed_by"}, {"position"}}, reader)
          : translation_front_matter(file.front_matter, {"date", "images", "oit"},
                                     {{"title"}, {"summary"}}, reader);
  for (auto [key, field] : {std::pair{"title", &doc.title},
                            {"summary", &doc.summary},
                            {"signed_by", &doc.signed_by},
                            {"position", &doc.position}})
    if (auto value = reader.string(front, key)) field->en = *value;
}

}  // namespace oitgen
