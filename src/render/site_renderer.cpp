#include "render/site_renderer.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "render/anchor_check.h"
#include "render/feeds.h"
#include "render/open_data.h"
#include "render/views.h"
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
  return nav;
}

class SiteRenderer {
 public:
  SiteRenderer(const Site& site, const Figures& figures, const Theme& theme, OutputSink& output)
      : site_(site), figures_(figures), theme_(theme), output_(output), anchors_(figures.oit) {}

  int run(const fs::path& site_dir) {
    RenderContext thai(site_, figures_, theme_, "th", markdown_);
    render_language(thai);
    if (thai.english_site()) {
      RenderContext english(site_, figures_, theme_, "en", markdown_);
      render_language(english);
    }
    Page missing = not_found_page(thai);
    write_page(thai, missing, "404.html", base_path(site_.config.base_url));

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
    for (const auto& file : open_data_files(figures_)) output_.write(file.path, file.bytes);
    output_.write("sitemap.xml", sitemap_xml(site_.config.base_url, sitemap_));
    output_.write("feed.xml", atom_feed(thai));
    output_.write("robots.txt", robots_txt(site_.config.base_url));
    copy_archive(site_dir);
    if (figures_.oit)
      output_.write(oit_path() + "oit-links.csv", oit_links_csv(site_, *figures_.oit));
    // Thrown before the output is committed: the previous output stays as it was.
    if (!anchors_.problems().empty())
      throw std::runtime_error("the theme drops headings that the OIT links point at: " +
                               join(anchors_.problems(), "; "));
    return pages_;
  }

 private:
  void render_language(const RenderContext& ctx) {
    const bool english = ctx.language == "en";
    // English pages exist where English content does; the rest of an English visit falls
    // back to the Thai pages.
    auto emit = [&](const Page& page) {
      if (!english || page.has_english) write_page(ctx, page);
    };
    emit(home_page(ctx));
    for (const auto& plan : figures_.plans) {
      emit(plan_page(ctx, plan));
      for (const auto& project : plan.projects) emit(project_page(ctx, *plan.plan, project));
      for (const auto& report : plan.reports) emit(report_page(ctx, report));
      for (const auto& assessment : plan.risk_assessments)
        emit(risk_assessment_page(ctx, *plan.plan, assessment));
    }
    for (const auto& ita : figures_.ita) emit(ita_page(ctx, ita));
    if (site_.no_gift_policy) emit(notice_page(ctx, *site_.no_gift_policy));
    for (const auto& page : site_.pages) emit(document_page(ctx, page));
    if (!site_.news.empty()) emit(news_list_page(ctx));
    for (const auto& item : site_.news) emit(news_page(ctx, item));
    if (figures_.oit && !english) {
      emit(oit_page(ctx, *figures_.oit));
    } else if (figures_.oit_year > 0 && !english) {
      // No checklist for the year yet: the page says so for that year, and never shows an
      // older year's list in its place.
      OitCoverage none;
      none.assessment_year = figures_.oit_year;
      emit(oit_page(ctx, none));
    }
    if (!site_.archives.empty() && !english) emit(archive_page(ctx));
  }

  void write_page(const RenderContext& ctx, Page page, const std::string& file = "",
                  const std::string& fixed_root = "") {
    const std::string path = ctx.path(page.path, true);
    const std::string root = fixed_root.empty() ? root_of(path) : fixed_root;
    json common = layout_values(ctx, page, path, root);
    json& values = page.values;
    for (const auto& [key, value] : common.items())
      if (!values.contains(key)) values[key] = value;
    common["content"] = theme_.render(page.template_name, values);
    const std::string html = theme_.render("layout", common);
    if (ctx.language == "th" && file.empty())
      anchors_.page(page.path, theme_.template_file(page.template_name), html);
    output_.write(file.empty() ? path + "index.html" : file, html);
    if (file.empty()) sitemap_.push_back(path);
    ++pages_;
  }

  json layout_values(const RenderContext& ctx, const Page& page, const std::string& path,
                     const std::string& root) {
    const auto& org = site_.config.organization;
    const std::string& base = site_.config.base_url;
    json v = {
        {"lang", ctx.language},
        {"root", root},
        {"t", ctx.strings},
        {"page_kind", page.template_name},
        {"page_title", page.title},
        {"site_name", ctx.text(org.name)},
        {"description", page.description},
        {"canonical", base + path},
        {"home", ctx.path("", true)},
        {"nav", navigation(ctx, page.section)},
        {"anchors", anchor_values()},
        {"organization",
         {{"name", ctx.text(org.name)},
          {"kind", ctx.language == "th" ? org.kind : ""},  // a Thai word; the English name says it
          {"address", org.address},
          {"district", org.district},
          {"province", org.province},
          {"address_line", address_line(org)},
          {"phone", org.phone},
          {"email", org.email},
          {"website", org.website}}}};
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
    v["past_versions"] = past;
    v["has_past_versions"] = !past.empty();
    v["canonical_root"] = base;
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

  MarkdownRenderer markdown_;
  const Site& site_;
  const Figures& figures_;
  const Theme& theme_;
  OutputSink& output_;
  AnchorCheck anchors_;
  std::vector<std::string> sitemap_;
  int pages_ = 0;
};

}  // namespace

int render_site(const Site& site, const Figures& figures, const Theme& theme,
                const fs::path& site_dir, OutputSink& output) {
  return SiteRenderer(site, figures, theme, output).run(site_dir);
}

}  // namespace oitgen
