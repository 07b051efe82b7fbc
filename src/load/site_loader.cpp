#include "load/site_loader.h"

#include <algorithm>
#include <numeric>
#include <regex>
#include <unordered_map>

#include "load/clerk_advice.h"
#include "load/framework_loader.h"
#include "load/json_reader.h"
#include "load/loaders.h"
#include "util/i18n.h"
#include "util/image_type.h"
#include "util/parallel.h"
#include "util/safe_fs.h"
#include "util/text.h"

namespace oitgen {

namespace fs = std::filesystem;

namespace {

class SiteLoader {
 public:
  SiteLoader(const fs::path& site_dir, Diagnostics& diags)
      : root_(site_dir),
        root_prefix_(root_.native().ends_with('/') ? root_.native() : root_.native() + '/'),
        diags_(diags),
        content_(site_dir / "content", "content/") {}

  Site load() {
    Site site;
    const fs::path content = root_ / "content";
    std::error_code error;
    if (!fs::is_directory(content, error)) {
      diags_.error("content", {}, "site.no-content-folder",
                   tr("no content/ folder here; a site folder holds content/site.json and the "
                      "plans/, ita/, notices/, pages/ and news/ folders"));
      return site;
    }
    for (const auto& entry : sorted_entries(content)) {
      const std::string name = entry.path.filename().string();
      static const std::vector<std::string> known = {"site.json", "plans",  "ita", "notices",
                                                     "pages",     "news",   "oit", "frameworks",
                                                     "static",    "archive"};
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      unexpected(entry, tr("site.json, plans/, ita/, notices/, pages/, news/, oit/, frameworks/, "
                           "static/ and archive/"));
    }
    if (const auto node = read_json_file(content / "site.json", limits::site_json)) {
      Reader reader(relative(content / "site.json"), diags_);
      if (auto config = load_site_config(*node, reader)) site.config = std::move(*config);
    }
    load_plans(content / "plans", site);
    load_ita(content / "ita", site);
    load_notices(content / "notices", site);
    load_documents(content / "pages", DocumentKind::page, site.pages);
    load_documents(content / "news", DocumentKind::news, site.news);
    load_static(content / "static", site);
    check_logo(site);
    load_frameworks(content / "frameworks", site);
    site.topics = shipped_topics();
    load_oit_links(content / "oit", site);
    site.archives = load_archives(root_, diags_);
    return site;
  }

 private:
  // Every path read is the site folder joined with names from its listings, so the prefix is
  // cut off as text; lexically_relative, which takes both paths apart, is the general case.
  std::string relative(const fs::path& path) const {
    const std::string& full = path.native();
    if (full.size() > root_prefix_.size() && full.starts_with(root_prefix_) &&
        full.find("//", root_prefix_.size()) == std::string::npos)
      return full.substr(root_prefix_.size());
    return path.lexically_relative(root_).generic_string();
  }

  void ignored(const fs::path& path, const std::string& expected) {
    diags_.warning(
        relative(path), {}, "file.ignored",
        trf("not part of the content format, so it is ignored (expected here: {1})", {expected}));
  }

  // A file or folder the format has no place for: a warning, as a stray notes.txt is; a FIFO,
  // device or socket is an error, since reading it could block or never end.
  void unexpected(const FolderEntry& entry, const std::string& expected) {
    if (entry.kind == FolderEntry::Kind::other)
      diags_.error(relative(entry.path), {}, "file.special",
                   trf("is {1}, not a regular file or folder; oitgen reads only regular files",
                       {entry.type}));
    else
      ignored(entry.path, expected);
  }

  // Folder entries in name order, without hidden files (".git", editors' swap files). A folder
  // that cannot be listed, and links that leave content/ or loop, are reported here.
  std::vector<FolderEntry> sorted_entries(const fs::path& dir) {
    FolderListing listing = content_.list(dir);
    for (const auto& problem : listing.errors)
      diags_.error(relative(problem.path), {}, "folder.unreadable", problem.message);
    std::vector<FolderEntry> out;
    for (auto& entry : listing.entries)
      if (entry.path.filename().string().front() != '.') out.push_back(std::move(entry));
    return out;
  }

  // A file's bytes, or nothing with the reason reported: missing, not a regular file, a link
  // out of content/, unreadable, or larger than the limit for its kind.
  std::optional<std::string> read_file(const fs::path& path, SizeLimit limit) {
    return read_file(path, limit, diags_);
  }
  std::optional<std::string> read_file(const fs::path& path, SizeLimit limit,
                                       Diagnostics& diags) const {
    FileRead read = content_.read(path, limit);
    if (!read) {
      diags.error(relative(path), {}, "file.unreadable", read.error->message);
      return std::nullopt;
    }
    return std::move(read.bytes);
  }

  std::optional<Node> read_json_file(const fs::path& path, SizeLimit limit) {
    const auto text = read_file(path, limit);
    if (!text) return std::nullopt;
    return read_json(*text, relative(path), diags_);
  }

  std::optional<MarkdownFile> read_markdown_file(const fs::path& path) {
    return read_markdown_file(path, diags_);
  }
  std::optional<MarkdownFile> read_markdown_file(const fs::path& path, Diagnostics& diags) const {
    const auto text = read_file(path, limits::markdown, diags);
    if (!text) return std::nullopt;
    return read_markdown(*text, relative(path), diags);
  }

  // The id a file or folder name gives, or nothing (with an error) when it is not a valid id.
  std::optional<std::string> id_of(const fs::path& path, const std::string& stem,
                                   const std::string& what) {
    return id_of(path, stem, what, diags_);
  }
  std::optional<std::string> id_of(const fs::path& path, const std::string& stem,
                                   const std::string& what, Diagnostics& diags) const {
    if (is_valid_id(stem)) return stem;
    std::string message =
        trf("the {1} id {2} (from the file name) is not valid: use 1 to 64 characters of a-z, 0-9 "
            "and \"-\", starting with a letter or digit",
            {what, quote(stem)});
    std::string rename;
    if (const auto id = id_for_file_name(stem)) {
      rename = *id + path.extension().string();
      message += trf("; rename it to {1}", {rename});
    }
    diags.error(relative(path), {}, "file.invalid-id", message, rename);
    return std::nullopt;
  }

  // Markdown files of a folder: each Thai file with its optional "<name>.en.md" translation.
  struct MarkdownPair {
    fs::path thai;
    std::optional<fs::path> english;
  };
  std::vector<MarkdownPair> markdown_pairs(const fs::path& dir, const std::string& expected) {
    std::vector<MarkdownPair> pairs;
    std::vector<fs::path> translations;
    for (const auto& entry : sorted_entries(dir)) {
      const fs::path& path = entry.path;
      const std::string name = path.filename().string();
      if (!entry.is_file() || path.extension() != ".md") {
        unexpected(entry, expected);
      } else if (name.size() > 6 && name.ends_with(".en.md")) {
        translations.push_back(path);
      } else {
        pairs.push_back({path, std::nullopt});
      }
    }
    std::unordered_map<std::string, MarkdownPair*> by_name;  // hashed: linear in the files
    for (auto& pair : pairs) by_name.emplace(pair.thai.filename().string(), &pair);
    for (const auto& translation : translations) {
      const std::string name = translation.filename().string();
      const std::string thai_name = name.substr(0, name.size() - 6) + ".md";
      const auto found = by_name.find(thai_name);
      MarkdownPair* pair = found == by_name.end() ? nullptr : found->second;
      if (!pair)
        diags_.error(relative(translation), {}, "translation.without-original",
                     trf("is an English translation of {1}, which does not exist; the Thai file "
                         "comes first",
                         {quote(thai_name)}));
      else
        pair->english = translation;
    }
    return pairs;
  }

  static std::string stem_of(const fs::path& path) { return path.stem().string(); }

  void load_plans(const fs::path& dir, Site& site) {
    for (const auto& entry : sorted_entries(dir)) {
      if (!entry.is_folder()) {
        unexpected(entry, tr("one folder per plan, named by the plan's id"));
        continue;
      }
      const auto id = id_of(entry.path, entry.path.filename().string(), tr("plan"));
      if (!id) continue;
      const fs::path plan_file = entry.path / "plan.json";
      const auto node = read_json_file(plan_file, limits::data_json);
      Reader reader(relative(plan_file), diags_);
      auto plan = node ? load_plan(*node, *id, reader) : std::nullopt;
      if (!plan) {
        // Its projects and reports are still read, so that their own problems show in this
        // run too; checks against the plan wait until plan.json can be read.
        Plan unreadable;
        load_projects_and_reports(entry.path, unreadable);
        load_risk_assessments(entry.path / "risks", unreadable);
        site.unreadable_plans.push_back(*id);
        for (const auto& project : unreadable.projects)
          site.projects_of_unreadable_plans.push_back(project.id);
        for (const auto& project : unreadable.unreadable_projects)
          site.projects_of_unreadable_plans.push_back(project);
        continue;
      }
      for (const auto& item : sorted_entries(entry.path)) {
        const std::string name = item.path.filename().string();
        if (name != "plan.json" && name != "projects" && name != "reports" && name != "risks")
          unexpected(item, tr("plan.json, projects/, reports/ and risks/"));
      }
      load_projects_and_reports(entry.path, *plan);
      load_risk_assessments(entry.path / "risks", *plan);
      site.plans.push_back(std::move(*plan));
    }
  }

  // One project file and its translation, read on its own: from any thread, with its own
  // messages.
  struct LoadedProject {
    Diagnostics diags;
    std::optional<std::string> id;
    std::optional<Project> project;  // nothing when the file cannot be used
  };
  LoadedProject load_project_files(const MarkdownPair& pair) const {
    LoadedProject out;
    out.id = id_of(pair.thai, stem_of(pair.thai), tr("project"), out.diags);
    const auto file = read_markdown_file(pair.thai, out.diags);
    if (!out.id) return out;
    Reader reader(relative(pair.thai), out.diags);
    out.project = file ? load_project(*file, *out.id, reader) : std::nullopt;
    if (out.project && pair.english) {
      if (const auto english = read_markdown_file(*pair.english, out.diags)) {
        Reader english_reader(relative(*pair.english), out.diags);
        load_project_translation(*english, *out.project, english_reader);
      }
    }
    return out;
  }

  // A report file read on its own, as a project file is.
  struct LoadedReport {
    Diagnostics diags;
    std::optional<Report> report;
  };
  LoadedReport load_report_file(const fs::path& path) const {
    LoadedReport out;
    const auto id = id_of(path, stem_of(path), tr("report"), out.diags);
    const auto text = read_file(path, limits::data_json, out.diags);
    const auto node = text ? read_json(*text, relative(path), out.diags) : std::nullopt;
    if (!id || !node) return out;
    Reader reader(relative(path), out.diags);
    out.report = load_report(*node, *id, reader);
    return out;
  }

  // The messages of a file read on its own thread, after those found before.
  void take(const Diagnostics& from) {
    for (const auto& d : from.all()) diags_.add(d);
  }

  // A plan's project and report files, parsed on every core: the reports (the largest files)
  // first, then batches of projects; then taken in file order, so that the messages and the
  // plan are the same whichever thread read what.
  void load_projects_and_reports(const fs::path& plan_dir, Plan& plan) {
    const auto pairs = markdown_pairs(plan_dir / "projects", tr("one <project-id>.md per project"));
    std::vector<fs::path> report_files;
    for (const auto& entry : sorted_entries(plan_dir / "reports")) {
      if (!entry.is_file() || entry.path.extension() != ".json")
        unexpected(entry, tr("one <report-id>.json per report"));
      else
        report_files.push_back(entry.path);
    }
    constexpr std::size_t projects_per_item = 16;
    std::vector<LoadedProject> projects(pairs.size());
    std::vector<LoadedReport> reports(report_files.size());
    const std::size_t project_items = (pairs.size() + projects_per_item - 1) / projects_per_item;
    parallel_for(
        reports.size() + project_items,
        [&](std::size_t item) {
          if (item < reports.size()) {
            reports[item] = load_report_file(report_files[item]);
            return;
          }
          const std::size_t first = (item - reports.size()) * projects_per_item;
          for (std::size_t i = first; i < std::min(first + projects_per_item, pairs.size()); ++i)
            projects[i] = load_project_files(pairs[i]);
        },
        1);
    take_projects(projects, plan);
    for (auto& one : reports) {
      take(one.diags);
      if (one.report) plan.reports.push_back(std::move(*one.report));
    }
    std::stable_sort(plan.reports.begin(), plan.reports.end(),
                     [](const Report& a, const Report& b) {
                       return std::tie(a.fiscal_year, a.round) < std::tie(b.fiscal_year, b.round);
                     });
  }

  void take_projects(std::vector<LoadedProject>& loaded, Plan& plan) {
    std::vector<Project> projects;
    projects.reserve(loaded.size());
    for (auto& one : loaded) {
      take(one.diags);
      if (!one.id) continue;
      if (one.project)
        projects.push_back(std::move(*one.project));
      else
        plan.unreadable_projects.push_back(*one.id);
    }
    // Sorted by number through their indices: a Project is large, and moving each once is
    // cheaper than the sort's n log n moves.
    std::vector<std::size_t> order(projects.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return projects[a].number < projects[b].number;
    });
    plan.projects.reserve(plan.projects.size() + projects.size());
    for (const std::size_t k : order) plan.projects.push_back(std::move(projects[k]));
  }

  // One file per fiscal year, named by the year as ita/ files are: the name is the year.
  void load_risk_assessments(const fs::path& dir, Plan& plan) {
    for (const auto& entry : sorted_entries(dir)) {
      if (!entry.is_file() || entry.path.extension() != ".json") {
        unexpected(entry, tr("one <fiscal-year>.json per yearly risk assessment, e.g. 2568.json"));
        continue;
      }
      Reader reader(relative(entry.path), diags_);
      const auto year = reader.fiscal_year_text(stem_of(entry.path), {}, tr("the file name"));
      const auto node = read_json_file(entry.path, limits::data_json);
      if (!year || !node) continue;
      if (auto assessment = load_risk_assessment(*node, *year, reader))
        plan.risk_assessments.push_back(std::move(*assessment));
    }
    std::sort(plan.risk_assessments.begin(), plan.risk_assessments.end(),
              [](const RiskAssessment& a, const RiskAssessment& b) {
                return a.fiscal_year < b.fiscal_year;
              });
  }

  void load_ita(const fs::path& dir, Site& site) {
    for (const auto& entry : sorted_entries(dir)) {
      const std::string stem = stem_of(entry.path);
      if (!entry.is_file() || entry.path.extension() != ".json") {
        unexpected(entry, tr("one <fiscal-year>.json per assessment, e.g. 2567.json"));
        continue;
      }
      Reader reader(relative(entry.path), diags_);
      const auto year = reader.fiscal_year_text(stem, {}, tr("the file name"));
      const auto node = read_json_file(entry.path, limits::data_json);
      if (!year || !node) continue;
      if (auto ita = load_ita_year(*node, *year, reader)) site.ita.push_back(std::move(*ita));
    }
    std::sort(site.ita.begin(), site.ita.end(),
              [](const ItaYear& a, const ItaYear& b) { return a.year < b.year; });
  }

  void load_notices(const fs::path& dir, Site& site) {
    for (const auto& pair :
         markdown_pairs(dir, tr("no-gift-policy.md and its translation no-gift-policy.en.md"))) {
      if (pair.thai.filename() != "no-gift-policy.md") {
        ignored(pair.thai, tr("no-gift-policy.md and its translation no-gift-policy.en.md"));
        continue;
      }
      std::vector<Document> one;
      load_document(pair, DocumentKind::notice, one);
      if (!one.empty())
        site.no_gift_policy = std::move(one.front());
      else
        site.no_gift_policy_unreadable = true;
    }
  }

  void load_documents(const fs::path& dir, DocumentKind kind, std::vector<Document>& out) {
    const std::string expected = kind == DocumentKind::news
                                     ? tr("news items named <yyyy-mm-dd>-<slug>.md")
                                     : tr("pages named <slug>.md");
    for (const auto& pair : markdown_pairs(dir, expected)) load_document(pair, kind, out);
    if (kind == DocumentKind::news)
      std::stable_sort(out.begin(), out.end(),
                       [](const Document& a, const Document& b) { return a.slug > b.slug; });
  }

  void load_document(const MarkdownPair& pair, DocumentKind kind, std::vector<Document>& out) {
    const std::string stem = stem_of(pair.thai);
    const auto slug = id_of(pair.thai, stem, kind == DocumentKind::news ? tr("news") : tr("page"));
    const auto file = read_markdown_file(pair.thai);
    if (!slug || !file) return;
    Reader reader(relative(pair.thai), diags_);
    std::optional<Date> named_date;
    if (kind == DocumentKind::news) {
      static const std::regex news_name(R"(^(\d{4}-\d{2}-\d{2})-[a-z0-9][a-z0-9-]*$)");
      std::smatch match;
      if (!std::regex_match(stem, match, news_name)) {
        reader.error({}, "news.file-name",
                     tr("a news file is named <yyyy-mm-dd>-<slug>.md, e.g. "
                        "2024-02-16-no-gift-day.md"));
      } else if (!(named_date = parse_date(match[1].str()))) {
        reader.error(
            {}, "news.file-name-date",
            trf("the date {1} in the file name is not a real date", {quote(match[1].str())}));
      }
    }
    auto doc = oitgen::load_document(*file, kind, *slug, reader);
    if (!doc) return;
    if (named_date && doc->date && *named_date != *doc->date)
      reader.error(doc->source.at("date"), "news.date-mismatch",
                   trf("date {1} does not match the date in the file name ({2}); rename the file "
                       "or correct the date",
                       {to_iso(*doc->date), to_iso(*named_date)}));
    if (pair.english) {
      if (const auto english = read_markdown_file(*pair.english)) {
        Reader english_reader(relative(*pair.english), diags_);
        load_document_translation(*english, kind, *doc, english_reader);
      }
    }
    out.push_back(std::move(*doc));
  }

  // A site's own assessment frameworks: a new year's OIT checklist before oitgen ships it.
  void load_frameworks(const fs::path& dir, Site& site) {
    for (const auto& entry : sorted_entries(dir)) {
      if (!entry.is_file() || entry.path.extension() != ".json") {
        unexpected(entry, tr("framework files named <id>.json, e.g. ita-2569.json"));
        continue;
      }
      const auto text = read_file(entry.path, limits::framework);
      if (!text) continue;
      auto framework = parse_framework(*text, relative(entry.path), diags_);
      if (!framework) continue;
      if (framework->id != stem_of(entry.path))
        diags_.error(relative(entry.path), {}, "framework.file-name",
                     trf("the framework's id {1} differs from its file name; name the file {2}",
                         {quote(framework->id), framework->id + ".json"}),
                     framework->id + ".json");
      site.frameworks.push_back(std::move(*framework));
    }
  }

  void load_oit_links(const fs::path& dir, Site& site) {
    for (const auto& entry : sorted_entries(dir))
      if (entry.path.filename() != "links.json")
        unexpected(entry, tr("links.json, the URLs of OIT items served elsewhere"));
    const fs::path file = dir / "links.json";
    std::error_code error;  // a dangling link is not "absent": it is reported by the read
    if (!fs::exists(fs::symlink_status(file, error))) return;
    const auto node = read_json_file(file, limits::data_json);
    if (!node) return;
    Reader reader(relative(file), diags_);
    site.oit_links = load_oit_links_file(*node, reader);
  }

  // Static files are copied, not read: each must be a regular file inside content/ within
  // the size limit; any other entry (a link out, a FIFO, a loop) is an error and not copied.
  void load_static(const fs::path& dir, Site& site) {
    FileWalk walk = content_.walk(dir);
    for (const auto& problem : walk.errors)
      diags_.error(relative(problem.path), {}, "file.unreadable", problem.message);
    for (auto& file : walk.files) {
      if (const FileSize size = content_.size(dir / file, limits::static_file); !size) {
        diags_.error(relative(dir / file), {}, "file.unreadable", size.error->message);
        continue;
      }
      site.static_files.push_back(std::move(file));
    }
  }

  // organization.logo: a PNG, JPEG or SVG file of content/static/, itself (no symbolic link on
  // the way), within limits::logo, whose bytes are of the type its name says; an SVG without
  // script. Each problem is reported at the value in site.json, and the logo is then not used.
  void check_logo(Site& site) {
    const Organization& organization = site.config.organization;
    if (!organization.logo) return;
    const std::string& path = *organization.logo;
    Reader reader(relative(root_ / "content" / "site.json"), diags_);
    auto error = [&](const char* code, const std::string& message) {
      reader.error(organization.logo_pos, code, message);
    };
    const std::string inside = path.starts_with("static/") ? path.substr(7) : std::string();
    const bool hidden = inside.starts_with('.') || inside.find("/.") != std::string::npos;
    if (inside.empty() || !is_contained_path(inside) || hidden) {
      error("site.logo-path",
            trf("logo {1} must be the path of an image file in content/static/, written from "
                "content/ (e.g. \"static/emblem.png\"); it may not leave that folder",
                {quote(path)}));
      return;
    }
    const auto type = image_type_of_name(path);
    if (!type) {
      error("site.logo-type",
            trf("logo {1} must be a PNG, JPEG or SVG image, named .png, .jpg, .jpeg or .svg",
                {quote(path)}));
      return;
    }
    fs::path at = root_ / "content";
    for (const auto& part : fs::path(path)) {
      at /= part;
      std::error_code status_error;
      const fs::file_status status = fs::symlink_status(at, status_error);
      if (status_error || !fs::exists(status)) {
        error("site.logo-missing",
              trf("logo {1} does not exist: put the image in content/static/, or correct the path",
                  {quote(path)}));
        return;
      }
      if (fs::is_symlink(status)) {
        error("site.logo-link",
              trf("logo {1} leads through the symbolic link {2}: the logo must be the image "
                  "file itself; copy it into content/static/",
                  {quote(path), relative(at)}));
        return;
      }
    }
    FileRead read = content_.read(at, limits::logo);
    if (!read) {
      const FileProblem problem = read.error->problem;
      const std::string& why = read.error->message;
      if (problem == FileProblem::too_large) {
        std::error_code size_error;
        const std::uintmax_t size = fs::file_size(at, size_error);
        const auto kib = [](std::uintmax_t bytes) { return std::to_string((bytes + 1023) / 1024); };
        error("site.logo-too-large",
              trf("logo {1} is {2} KiB, more than the limit of {3} KiB: the logo is shown on "
                  "every page; save it smaller (a few tens of KiB is enough)",
                  {quote(path), size_error ? "?" : kib(size), kib(limits::logo.bytes)}));
      } else if (problem == FileProblem::not_regular)
        error("site.logo-type", trf("logo {1} {2}; it must be an image file", {quote(path), why}));
      else if (problem == FileProblem::missing)
        error("site.logo-missing", trf("logo {1} {2}", {quote(path), why}));
      else
        error("file.unreadable", trf("logo {1} {2}", {quote(path), why}));
      return;
    }
    const auto found = image_type_of_bytes(read.bytes);
    if (!found) {
      error("site.logo-type",
            trf("logo {1} is named as a {2} image, but it is not one: its content is neither "
                "PNG, JPEG nor SVG",
                {quote(path), image_type_name(*type)}));
      return;
    }
    if (*found != *type) {
      error("site.logo-type",
            trf("logo {1} is named as a {2} image, but its content is {3}: rename it to match",
                {quote(path), image_type_name(*type), image_type_name(*found)}));
      return;
    }
    if (*type == ImageType::svg && !svg_is_inert(read.bytes)) {
      error("site.logo-type",
            trf("logo {1} is an SVG that holds a script, an event handler, a foreignObject or a "
                "javascript: link, which would run on the site; save the image without them",
                {quote(path)}));
      return;
    }
    site.logo = Site::Logo{inside, media_type(*type)};
  }

  fs::path root_;
  std::string root_prefix_;  // root_ ending in "/"
  Diagnostics& diags_;
  InputFolder content_;
};

}  // namespace

Site load_site(const fs::path& site_dir, Diagnostics& diags) {
  return SiteLoader(site_dir, diags).load();
}

}  // namespace oitgen
