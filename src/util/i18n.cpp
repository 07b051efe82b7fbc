#include "util/i18n.h"

#include <libintl.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace oitgen {

namespace {

constexpr const char* domain = "oitgen";

std::atomic<Language> language{Language::english};

// The folder that holds th/LC_MESSAGES/oitgen.mo, beside the running binary: installed
// (bin/oitgen, share/locale) or in the build tree (build/oitgen, build/locale).
std::optional<std::filesystem::path> catalog_folder() {
  std::array<char, 4096> buffer{};
  const ssize_t n = readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
  if (n <= 0) return std::nullopt;
  const std::filesystem::path exe_dir =
      std::filesystem::path(std::string(buffer.data(), static_cast<std::size_t>(n))).parent_path();
  for (const auto& folder : {exe_dir.parent_path() / "share" / "locale", exe_dir / "locale"}) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(folder / "th" / "LC_MESSAGES" / "oitgen.mo", ec))
      return folder;
  }
  return std::nullopt;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

const char* tr(const char* msgid) {
  // gettext("") is the catalog's header, never a message.
  if (language.load(std::memory_order_relaxed) == Language::english || msgid[0] == '\0')
    return msgid;
  return dgettext(domain, msgid);
}

namespace {

// `text` with "{1}", "{2}", … replaced by `values` in order.
std::string fill(std::string_view text, const std::vector<std::string_view>& values) {
  std::string out;
  out.reserve(text.size() + 16 * values.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i + 1);
      if (close != std::string_view::npos && close > i + 1 && close - i <= 3) {
        std::size_t n = 0;
        bool digits = true;
        for (std::size_t j = i + 1; j < close; ++j) {
          if (text[j] < '0' || text[j] > '9') digits = false;
          n = n * 10 + static_cast<std::size_t>(text[j] - '0');
        }
        if (digits && n >= 1 && n <= values.size()) {
          out += values[n - 1];
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::string trf(const char* msgid, std::initializer_list<std::string_view> args) {
  return fill(tr(msgid), std::vector<std::string_view>(args));
}

std::string trn(const char* one, const char* many, unsigned long count,
                std::initializer_list<std::string_view> args) {
  const char* text = count == 1 ? one : many;
  if (language.load(std::memory_order_relaxed) != Language::english)
    text = dngettext(domain, one, many, count);
  return fill(text, std::vector<std::string_view>(args));
}

void set_language(Language chosen) {
  if (chosen == Language::thai) {
    const auto folder = catalog_folder();
    if (!folder) {
      language = Language::english;
      return;
    }
    // glibc's gettext translates nothing while LC_MESSAGES is "C" or "POSIX", which is what a
    // machine without a Thai locale gives; C.UTF-8 exists on every glibc since 2.35 and is
    // not "C", so with LANGUAGE=th it reads th/LC_MESSAGES/oitgen.mo. LANGUAGE names the
    // catalog whatever the locale is, so an installed th_TH.UTF-8 is not needed either.
    if (std::setlocale(LC_MESSAGES, "C.UTF-8") == nullptr) std::setlocale(LC_MESSAGES, "");
    setenv("LANGUAGE", "th", 1);
    bindtextdomain(domain, folder->c_str());
    // Messages are written as UTF-8 whatever LC_CTYPE says ("C" until a program sets it).
    bind_textdomain_codeset(domain, "UTF-8");
  }
  language = chosen;
}

Language current_language() {
  return language.load();
}

std::optional<Language> language_named(std::string_view name) {
  const std::string l = lower(name);
  const std::string code = l.substr(0, l.find_first_of("_.@-"));
  if (code == "th" || code == "thai") return Language::thai;
  if (code == "en" || code == "english" || l == "c" || l == "posix") return Language::english;
  return std::nullopt;
}

LanguageEnvironment LanguageEnvironment::current() {
  const auto get = [](const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
  };
  return {get("OITGEN_LANG"), get("LC_ALL"), get("LC_MESSAGES"), get("LANG")};
}

Language choose_language(std::string_view flag, const LanguageEnvironment& env) {
  if (const auto named = language_named(flag)) return *named;
  if (const auto named = language_named(env.oitgen_lang)) return *named;
  for (const std::string* locale : {&env.lc_all, &env.lc_messages, &env.lang}) {
    if (locale->empty()) continue;
    return language_named(*locale).value_or(Language::english);
  }
  return Language::english;
}

std::optional<std::string> apply_language_option(std::vector<std::string>& args) {
  std::string flag;
  bool given = false;
  for (std::size_t i = 0; i < args.size();) {
    if (args[i] == "--lang" && i + 1 < args.size()) {
      flag = args[i + 1];
      given = true;
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                 args.begin() + static_cast<std::ptrdiff_t>(i + 2));
    } else if (args[i].rfind("--lang=", 0) == 0) {
      flag = args[i].substr(7);
      given = true;
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
  const LanguageEnvironment env = LanguageEnvironment::current();
  if (given && flag != "th" && flag != "en") {
    set_language(choose_language("", env));
    return trf("--lang must be th (Thai) or en (English), not \"{1}\"", {flag});
  }
  set_language(choose_language(flag, env));
  return std::nullopt;
}

}  // namespace oitgen
