#include "render/site_renderer.h"

#include <algorithm>
#include <exception>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "render/anchor_check.h"
#include "render/feeds.h"
#include "render/open_data.h"
#include "render/page_text.h"
#include "render/search_index.h"
#include "render/views.h"
#include "render/word_breaks.h"
#include "util/parallel.h"
#include "util/safe_fs.h"
#include "util/text.h"

namespace oitgen {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// "../" once per folder level, so that links work from any host path and from disk.
std::string root_of(const std::string& path) {
  std::string root;
  for (char c : path)
    if (c == '/') root += "../";
  return root;
}

// The path part of base_url ("/ita/" of "https://www.example.go.th/ita/"): the 404 page is
// served at any depth, so its links cannot be relative.
std::string base_path(const std::string& base_url) {
  const auto scheme = base_url.find("://");
  const auto slash = base_url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  return slash == std::string::npos ? "/" : base_url.substr(slash);
}

json navigation(const RenderContext& ctx, const std::string& section) {
  const Site& site = ctx.site;
  json nav = json::array();
  auto add = [&](const std::string& key, const std::string& label, const std::string& href) {
    nav.push_back({{"label", label}, {"href", href}, {"current", key == section}});
  };
  add("home", ctx.ui("nav.home"), ctx.path("", true));
  if (const Plan* plan = plan_for_year(site, ctx.figures.current_fiscal_year))
    add("plan", ctx.ui("nav.plan"), ctx.path(plan_path(*plan), has_english(*plan)));
  if (!site.ita.empty()) add("ita", ctx.ui("nav.ita"), ita_path(site.ita.back().year));
  if (site.no_gift_policy)
    add("notice", ctx.ui("nav.no_gift"),
        ctx.path(notice_path(), has_english(*site.no_gift_policy)));
  if (!site.news.empty()) add("news", ctx.ui("nav.news"), ctx.path(news_list_path(), true));
  if (ctx.figures.oit || ctx.figures.oit_year > 0) add("oit", ctx.ui("nav.oit"), oit_path());
  if (!site.archives.empty()) add("archive", ctx.ui("nav.archive"), archive_path());
  // Pages have long titles; the home page lists them.

  // On an English page, a link to a page that exists only in Thai says so (WCAG 3.1.2).
  if (ctx.language == "en")
    for (auto& item : nav)
      if (!item["href"].get<std::string>().starts_with("en/")) {
        item["hreflang"] = "th";
        item["note"] = ctx.ui("nav.in_thai");
      }
  return nav;
}

// A page to render: its view, run on any thread, and where it goes.
struct PageTask {
  const RenderContext* ctx;
  std::function<Page()> view;
  std::string file;        // "404.html"; empty: the page's folder's index.html
  std::string fixed_root;  // links from a page served at any depth
  std::string kept;        // the site path of a page kept as the current output has it
};

// What a page task left for the steps that follow in page order.
struct PageResult {
  bool written = false;
  std::string path;                  // its site path, for the sitemap
  std::vector<std::string> anchors;  // ids the OIT links need and the page lacks
  std::optional<PageText> text;      // what it says, for the search index
  std::exception_ptr failure;
};

// Put in place: kainjow's set() copies what it is given.
void put(TemplateData& object, const std::string& key, TemplateData value) {
  object.set(key, TemplateData{false});
  const_cast<TemplateData&>(*object.get(key)) = std::move(value);
}

// The site's own names, which a line never breaks inside: the places without the word for
// their kind ("เทศบาลตำบล|เจ๊ะบิลัง" may break after the kind), and the people who sign.
std::vector<std::string> names_kept_whole(const Site& site) {
  const Organization& organization = site.config.organization;
  std::vector<std::string> names;
  for (const std::string& name :
       {organization.name.th, organization.district, organization.province})
    names.push_back(place_name(name, organization.kind));
  const auto people = [&names](const Person& signer, const std::vector<Person>& approvals) {
    names.push_back(signer.name);
    for (const auto& person : approvals) names.push_back(person.name);
  };
  for (const auto& plan : site.plans) {
    names.push_back(plan.announced.by);
    for (const auto& report : plan.reports) people(report.prepared_by, report.approvals);
  }
  for (const auto& year : site.ita) people(year.prepared_by, year.approvals);
  return names;
}

class SiteRenderer {
 public:
  SiteRenderer(const Site& site, const Figures& figures, const Theme& theme, OutputSink& output,
               Links links, PageFilter* filter, const DocumentLinks* documents,
               const ArchivedCopy* archived)
      : documents_(documents),
        archived_(archived),
        links_(std::move(links)),
        site_(site),
        figures_(figures),
        theme_(theme),
        output_(output),
        filter_(filter),
        anchors_(figures.oit),
        words_(names_kept_whole(site)) {}

  int run(const fs::path& site_dir) {
    // The open data first: the data/ page lists every file with its size.
    open_data_ = open_data(figures_);
    std::string oit_links;
    if (figures_.oit) {
      oit_links = oit_links_csv(links_, *figures_.oit);
      add_published_table(open_data_, oit_links_table(), oit_links);
    }
    const std::optional<DataFile> package = datapackage_file(open_data_, site_.config, links_);
    has_package_ = package.has_value();
    RenderContext thai(site_, figures_, theme_, "th", markdown_, links_);
    thai.documents = documents_;
    std::optional<RenderContext> english;
    if (thai.english_site()) {
      english.emplace(site_, figures_, theme_, "en", markdown_, links_);
      english->documents = documents_;
    }
    shared_[&thai] = template_data(shared_layout_values(thai));
    if (english) shared_[&*english] = template_data(shared_layout_values(*english));

    std::vector<PageTask> tasks;
    add_language(thai, tasks);
    if (english) add_language(*english, tasks);
    tasks.push_back({&thai,
                     [&thai] { return not_found_page(thai); },
                     "404.html",
                     // From a disk, 404.html is a page at the root like any other.
                     links_.for_disk ? std::string() : base_path(links_.base_url),
                     {}});
    render_pages(tasks);
    // The search pages last: each lists every page of its language, and its index is made of
    // what those pages say.
    std::vector<const RenderContext*> languages = {&thai};
    if (english) languages.push_back(&*english);
    std::vector<SearchIndex> indexes;
    indexes.reserve(languages.size());  // the search pages' views refer to them
    std::vector<PageTask> search_tasks;
    for (const RenderContext* ctx : languages) {
      SearchIndex& index = indexes.emplace_back(words_);
      for (auto& [language, entry] : indexed_)
        if (language == ctx) index.add(std::move(entry.url), std::move(entry.text));
      const std::string folder = ctx->path(search_path(), true) + "index/";
      for (const auto& [path, bytes] : index.files()) output_.write(folder + path, bytes);
      search_tasks.push_back(
          {ctx, [ctx, &index] { return search_page(*ctx, index.entries()); }, {}, {}, {}});
    }
    render_pages(search_tasks);

    for (const auto& [path, text] : theme_.assets()) output_.write(path, text);
    // The loader checked every static file; each is checked again just before the copy, so
    // that one swapped since for a link out of content/ or a FIFO is not copied.
    const InputFolder content(site_dir / "content", "content/");
    for (const auto& file : site_.static_files) {
      const fs::path from = site_dir / "content" / "static" / file;
      if (const FileSize size = content.size(from, limits::static_file); !size)
        throw std::runtime_error("content/static/" + file + ": " + size.error->message);
      output_.copy(from, "static/" + file);
    }
    for (const auto& file : open_data_.files) output_.write(file.path, file.bytes);
    if (package) output_.write(package->path, package->bytes);
    output_.write("sitemap.xml", sitemap_xml(links_.base_url, sitemap_));
    output_.write("feed.xml", atom_feed(thai));
    output_.write("robots.txt", robots_txt(links_.base_url));
    copy_archive(site_dir);
    if (figures_.oit) output_.write(oit_path() + "oit-links.csv", oit_links);
    // Thrown before the output is committed: the previous output stays as it was.
    if (!anchors_.problems().empty())
      throw std::runtime_error("the theme drops headings that the OIT links point at: " +
                               join(anchors_.problems(), "; "));
    return pages_;
  }

 private:
  // Every page of a language, in the order of the sitemap.
  void add_language(const RenderContext& ctx, std::vector<PageTask>& tasks) const {
    const bool english = ctx.language == "en";
    auto add = [&](std::function<Page()> view) {
      tasks.push_back({&ctx, std::move(view), {}, {}, {}});
    };
    // A page that the filter keeps as it was is not even made.
    auto add_unless_kept = [&](const std::string& site_path, std::function<Page()> view) {
      if (auto path = kept(ctx, site_path))
        tasks.push_back({&ctx, {}, {}, {}, std::move(*path)});
      else
        add(std::move(view));
    };
    add([&ctx] { return home_page(ctx); });
    for (const auto& plan : figures_.plans) {
      const Plan& record = *plan.plan;
      add_unless_kept(plan_path(record), [&ctx, &plan] { return plan_page(ctx, plan); });
      for (const auto& project : plan.projects)
        add_unless_kept(project_path(record, *project.project),
                        [&ctx, &record, &project] { return project_page(ctx, record, project); });
      for (const auto& report : plan.reports)
        add_unless_kept(report_path(record, *report.report),
                        [&ctx, &report] { return report_page(ctx, report); });
      for (const auto& assessment : plan.risk_assessments)
        add_unless_kept(
            risk_assessment_path(record, *assessment.assessment),
            [&ctx, &record, &assessment] { return risk_assessment_page(ctx, record, assessment); });
    }
    for (const auto& ita : figures_.ita) add([&ctx, &ita] { return ita_page(ctx, ita); });
    if (site_.no_gift_policy)
      add([&ctx, &notice = *site_.no_gift_policy] { return notice_page(ctx, notice); });
    for (const auto& page : site_.pages)
      add_unless_kept(page_path(page), [&ctx, &page] { return document_page(ctx, page); });
    if (!site_.news.empty()) add([&ctx] { return news_list_page(ctx); });
    for (const auto& item : site_.news)
      add_unless_kept(news_path(item), [&ctx, &item] { return news_page(ctx, item); });
    if (figures_.oit && !english) {
      add([&ctx, &coverage = *figures_.oit] { return oit_page(ctx, coverage); });
    } else if (figures_.oit_year > 0 && !english) {
      // No checklist for the year yet: the page says so for that year, and never shows an
      // older year's list in its place.
      add([&ctx, year = figures_.oit_year] {
        OitCoverage none;
        none.assessment_year = year;
        return oit_page(ctx, none);
      });
    }
    if (!site_.archives.empty() && !english) add([&ctx] { return archive_page(ctx); });
    add([&ctx] { return accessibility_page(ctx); });
    add([this, &ctx] { return data_page(ctx, open_data_, has_package_); });
  }

  // Pages render and are written on every core; what depends on their order (the sitemap,
  // the count, the anchor messages, which failure is reported) is put together afterwards in
  // the tasks' order, so that the output is the same on one thread as on many.
  void render_pages(const std::vector<PageTask>& tasks) {
    std::vector<PageResult> results(tasks.size());
    parallel_for(
        tasks.size(),
        [&](std::size_t i) {
          try {
            render_page(tasks[i], results[i]);
          } catch (...) {
            results[i].failure = std::current_exception();
          }
        },
        1);
    std::set<std::string_view> files;
    for (auto& result : results) {
      if (result.failure) std::rethrow_exception(result.failure);
      if (!result.written) continue;
      anchors_.add(std::move(result.anchors));
      ++pages_;
    }
    for (std::size_t i = 0; i < tasks.size(); ++i)
      if (results[i].written && results[i].text)
        indexed_.emplace_back(tasks[i].ctx,
                              SearchEntry{results[i].path, std::move(*results[i].text)});
    for (std::size_t i = 0; i < tasks.size(); ++i) {
      if (!results[i].written || !tasks[i].file.empty()) continue;
      // Two pages at one path would be written in either order: never let it pass.
      if (!files.insert(results[i].path).second)
        throw std::runtime_error("two pages would be written at " + results[i].path);
      sitemap_.push_back(results[i].path);
    }
  }

  // The site path of a page that the filter takes over from the current output, or nothing
  // when it must be rendered. A page that an OIT link points into is always rendered, so that
  // its anchors are checked.
  std::optional<std::string> kept(const RenderContext& ctx, const std::string& site_path) const {
    if (!filter_ || (ctx.language == "th" && anchors_.wants(site_path))) return std::nullopt;
    std::string path = ctx.path(site_path, true);
    if (filter_->should_render(path + "index.html")) return std::nullopt;
    return path;
  }

  void render_page(const PageTask& task, PageResult& result) const {
    if (!task.kept.empty()) {
      result.path = task.kept;
      result.written = true;
      // The page as it was rendered says what it said then: the same index as a clean build.
      const std::optional<std::string> html = filter_->kept_page(task.kept + "index.html");
      if (!html) throw std::runtime_error("cannot read the kept page " + task.kept + "index.html");
      result.text = page_text(*html);
      return;
    }
    const RenderContext& ctx = *task.ctx;
    Page page = task.view();
    links_.localize(page.values);
    // English pages exist where English content does; the rest of an English visit falls
    // back to the Thai pages.
    if (ctx.language == "en" && !page.has_english) return;
    const std::string path = ctx.path(page.path, true);
    const std::string root = task.fixed_root.empty() ? root_of(path) : task.fixed_root;
    json layout_values = page_layout_values(ctx, page, path, root);
    links_.localize(layout_values);
    TemplateData layout = template_data(layout_values);
    const TemplateData& shared = shared_.at(&ctx);
    const TemplateData values = template_data(page.values);
    // The page's own values come first: a view's "organization" is its own.
    put(layout, "content",
        template_text(theme_.render(page.template_name, {&values, &layout, &shared})));
    const std::string html =
        break_thai_words(theme_.render("layout", {&layout, &shared}), words_, ctx.language != "th");
    if (ctx.language == "th" && task.file.empty())
      result.anchors = anchors_.missing(page.path, theme_.template_file(page.template_name), html);
    output_.write(task.file.empty() ? path + "index.html" : task.file, html);
    // Not the 404 page, which no search leads to, nor the search page itself.
    if (task.file.empty() && page.template_name != "search") result.text = page_text(html);
    result.path = path;
    result.written = true;
  }

  // The layout's values that are the same on every page of a language: converted once.
  json shared_layout_values(const RenderContext& ctx) const {
    const auto& org = site_.config.organization;
    json values = {
        {"lang", ctx.language},
        {"t", ctx.strings},
        {"site_name", ctx.text(org.name)},
        {"home", ctx.path("", true)},
        {"anchors", anchor_values()},
        {"canonical_root", links_.base_url},
        {"organization",
         {{"name", ctx.text(org.name)},
          {"kind", ctx.language == "th" ? org.kind : ""},  // a Thai word; the English name says it
          {"address", org.address},
          {"district", org.district},
          {"province", org.province},
          {"address_line", address_line(org)},
          {"phone", org.phone},
          {"email", org.email},
          {"website", org.website}}},
        {"accessibility_link", {{"href", ctx.path(accessibility_path(), true)}}},
        {"search_link", {{"href", ctx.path(search_path(), true)}}},
        {"data_catalogue", {{"href", ctx.path(data_path(), true)}}}};
    // Beside every link to the open data; none when site.json claims no licence.
    if (const auto& license = site_.config.license)
      values["data_license"] = {{"title", ctx.text(license->title)}, {"url", license->url}};
    // The emblem in the header, and as the favicon; without one, the theme's icon.
    if (site_.logo) {
      const std::string src = "static/" + site_.logo->file;
      values["logo"] = {{"src", src},
                        {"alt", fill(ctx.ui("logo_alt"), {{"organization", ctx.text(org.name)}})}};
      values["favicon"] = {{"href", src}, {"type", site_.logo->media_type}};
      values["og_image"] = links_.absolute(src);
    } else {
      values["favicon"] = {{"href", "assets/favicon.svg"}, {"type", "image/svg+xml"}};
    }
    values["og_locale"] = ctx.language == "en" ? "en_US" : "th_TH";
    links_.localize(values);
    return values;
  }

  json page_layout_values(const RenderContext& ctx, const Page& page, const std::string& path,
                          const std::string& root) const {
    const std::string& base = links_.base_url;
    json v = {{"root", root},
              {"page_kind", page.template_name},
              {"page_title", page.title},
              {"description", page.description},
              {"canonical", base + path},
              {"nav", navigation(ctx, page.section)}};
    if (page.has_english && ctx.english_site()) {
      const std::string thai = page.path;
      const std::string english = "en/" + page.path;
      v["alternates"] = json::array(
          {{{"lang", "th"}, {"href", base + thai}}, {{"lang", "en"}, {"href", base + english}}});
      v["language_switch"] = ctx.language == "en"
                                 ? json{{"href", thai}, {"label", "ภาษาไทย"}, {"lang", "th"}}
                                 : json{{"href", english}, {"label", "English"}, {"lang", "en"}};
    }
    // The same page in past snapshots, where it was archived.
    json past = json::array();
    for (const auto& archive : site_.archives) {
      const std::string archived = std::to_string(archive.fiscal_year) + "/" + path + "index.html";
      if (std::binary_search(archive.files.begin(), archive.files.end(), path + "index.html"))
        past.push_back({{"label", ctx.format.fiscal_year(archive.fiscal_year)},
                        {"href", "archive/" + archived}});
    }
    // What a shared link shows: og:title is the page's title, og:url its canonical address.
    v["og_type"] = page.template_name == "home" ? "website" : "article";
    if (!base.empty()) v["og_url"] = base + path;
    if (!page.description.empty() && page.description != page.title)
      v["og_description"] = page.description;
    if (page.has_english && ctx.english_site())
      v["og_locale_alternate"] = ctx.language == "en" ? "th_TH" : "en_US";
    if (archived_) {
      // The same page on the current site: every page of a snapshot is a page of the site as
      // it was, at the same path; the 404 page links home.
      const std::string current = page.template_name == "404" ? ctx.path("", true) : path;
      v["archived"] = {{"text", fill(ctx.ui("archive.banner"),
                                     {{"year", ctx.format.year(archived_->fiscal_year)}})},
                       {"link", ctx.ui("archive.banner_link")},
                       {"href", archived_->current_base_url + current}};
    }
    v["past_versions"] = past;
    v["has_past_versions"] = !past.empty();
    if (site_.no_gift_policy && page.template_name != "notice")
      v["no_gift"] = {{"href", ctx.path(notice_path(), has_english(*site_.no_gift_policy))},
                      {"text", ctx.ui("no_gift.banner")}};
    return v;
  }

  // content/archive/ goes up unchanged, so that anyone can check it against its manifests; an
  // index lets a verifier find the snapshots over HTTP, where folders cannot be listed. Only
  // the snapshots (YYYY/, as the archive loader lists them) and the public key go up: never a
  // hidden entry (the staging folder of a running or killed archive run), nor a symbolic link.
  void copy_archive(const fs::path& site_dir) {
    if (site_.archives.empty()) return;
    const fs::path folder = site_dir / "content" / "archive";
    auto is_year = [](const std::string& name) {
      return name.size() == 4 && std::all_of(name.begin(), name.end(), ::isdigit);
    };
    // The archive loader has refused links, FIFOs and unreadable files in every snapshot
    // already; walking again without following links keeps that true if something changed.
    InputFolder archive_folder(folder, "content/archive/", false);
    const FolderListing listing = archive_folder.list(folder);
    for (const auto& top : listing.entries) {
      const std::string name = top.path.filename().string();
      if (name == "public-key.pem" && top.is_file())  // archive/manifest.h's name
        output_.copy(top.path, "archive/" + name);
      if (!is_year(name) || !top.is_folder()) continue;
      InputFolder snapshot(top.path, "content/archive/" + name + "/", false);
      const FileWalk walk = snapshot.walk(top.path);
      if (!walk.errors.empty())
        throw std::runtime_error(walk.errors.front().path.generic_string() + ": " +
                                 walk.errors.front().message);
      const std::string into = "archive/" + name + "/";
      for (const auto& file : walk.files) {
        if (file.starts_with(".") || file.find("/.") != std::string::npos) continue;
        output_.copy(top.path / file, into + file);
      }
    }
    json snapshots = json::array();
    for (const auto& archive : site_.archives)
      snapshots.push_back({{"fiscal_year", archive.fiscal_year},
                           {"manifest", std::to_string(archive.fiscal_year) + "/manifest.json"},
                           {"manifest_sha256", archive.manifest_sha256}});
    output_.write("archive/index.json", json{{"snapshots", snapshots}}.dump(2) + "\n");
  }

  // {{anchors.plan_risks}} and the rest: the ids that the OIT links point at (model/paths.h).
  static json anchor_values() {
    json values = json::object();
    for (const auto& anchor : anchors::all) values[anchor.key] = anchor.id;
    return values;
  }

  const DocumentLinks* documents_;
  const ArchivedCopy* archived_;
  Links links_;
  MarkdownRenderer markdown_;
  std::map<const RenderContext*, TemplateData> shared_;  // shared layout values per language
  const Site& site_;
  const Figures& figures_;
  const Theme& theme_;
  OutputSink& output_;
  PageFilter* filter_;
  AnchorCheck anchors_;
  ThaiWords words_;
  OpenData open_data_;
  bool has_package_ = false;
  std::vector<std::string> sitemap_;
  // The pages' texts for the search index, in page order, with the language of each.
  std::vector<std::pair<const RenderContext*, SearchEntry>> indexed_;
  int pages_ = 0;
};

}  // namespace

int render_site(const Site& site, const Figures& figures, const Theme& theme,
                const fs::path& site_dir, OutputSink& output, const Links& links,
                PageFilter* filter, const DocumentLinks* documents, const ArchivedCopy* archived) {
  return SiteRenderer(site, figures, theme, output, links, filter, documents, archived)
      .run(site_dir);
}

}  // namespace oitgen
