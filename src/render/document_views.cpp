// The No Gift Policy notice, other pages, news and the 404 page.

#include "markdown/markdown.h"
#include "render/views.h"

namespace oitgen {

namespace {

using json = nlohmann::json;

json images(const Document& document) {
  json out = json::array();
  for (const auto& image : document.images) out.push_back({{"src", "static/" + image}});
  return out;
}

Page document_base(const RenderContext& ctx, const Document& document, std::string path,
                   std::string template_name, std::string section) {
  Page page;
  page.path = std::move(path);
  page.template_name = std::move(template_name);
  page.section = std::move(section);
  page.title = ctx.text(document.title);
  page.description = ctx.text(document.summary).empty() ? page.title : ctx.text(document.summary);
  page.has_english = has_english(document);
  json& v = page.values;
  v["title"] = page.title;
  if (!ctx.text(document.summary).empty()) v["summary"] = ctx.text(document.summary);
  v["date"] = date_value(ctx, document.date);
  v["body"] = ctx.html(ctx.text(document.body));
  v["images"] = images(document);
  v["image_alt"] = page.title;
  return page;
}

}  // namespace

Page notice_page(const RenderContext& ctx, const Document& notice) {
  Page page = document_base(ctx, notice, notice_path(), "notice", "notice");
  page.values["document"] = document_link_value(ctx, page.path);
  page.values["signed_by"] = ctx.text(notice.signed_by);
  page.values["position"] = ctx.text(notice.position);
  page.values["signature"] =
      signature_value(ctx, {ctx.text(notice.signed_by), ctx.text(notice.position), notice.date,
                            ctx.ui("notice.signed"), ""});
  page.values["organization"] = ctx.text(ctx.site.config.organization.name);
  page.values["poster_length"] =
      poster_length(ctx.text(notice.title) + "\n" + ctx.text(notice.body));
  if (notice.fiscal_year) page.values["fiscal_year"] = ctx.format.fiscal_year(*notice.fiscal_year);
  return page;
}

Page document_page(const RenderContext& ctx, const Document& document) {
  return document_base(ctx, document, page_path(document), "page", "page-" + document.slug);
}

Page news_page(const RenderContext& ctx, const Document& item) {
  Page page = document_base(ctx, item, news_path(item), "news", "news");
  page.values["news_list"] = ctx.path(news_list_path(), true);
  return page;
}

Page news_list_page(const RenderContext& ctx) {
  Page page;
  page.path = news_list_path();
  page.template_name = "news-list";
  page.title = ctx.ui("news.title");
  page.description = page.title;
  page.section = "news";
  page.has_english = true;
  json items = json::array();
  for (const auto& item : ctx.site.news)
    items.push_back({{"title", ctx.text(item.title)},
                     {"summary", ctx.text(item.summary)},
                     {"date", date_value(ctx, item.date)},
                     {"href", ctx.path(news_path(item), has_english(item))}});
  page.values["title"] = page.title;
  page.values["items"] = items;
  return page;
}

Page not_found_page(const RenderContext& ctx) {
  Page page;
  page.path = "";  // written as /404.html; its links are relative to the site root
  page.template_name = "404";
  page.title = ctx.ui("not_found.title");
  page.description = page.title;
  page.values["title"] = page.title;
  return page;
}

}  // namespace oitgen
