#pragma once
// Messages in the reader's language. The English text is the key (GNU gettext's msgid), so a
// message reads the same in the code as in English output; tr() gives its translation in the
// language the command chose, or the English itself when there is none.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oitgen {

enum class Language { english, thai };

// The translation of `msgid`; the pointer stays valid for the whole run.
const char* tr(const char* msgid);

// tr(), then "{1}", "{2}", … replaced by `args` in order. A translation may put them in another
// order; a placeholder with no argument is left as it is.
std::string trf(const char* msgid, std::initializer_list<std::string_view> args);

// trf() for a message about `count` things: `one` or `many` in English ("1 error", "2 errors"),
// the form the catalog gives for the count in Thai, which has one form for every count.
std::string trn(const char* one, const char* many, unsigned long count,
                std::initializer_list<std::string_view> args);

// The language of every later tr(). English needs no catalog; Thai reads oitgen.mo from the
// first of <exe>/../share/locale (installed) and <exe>/locale (the build tree) that has it, and
// falls back to English when none has.
void set_language(Language language);
Language current_language();

// "th", "th_TH", "th_TH.UTF-8", "thai" → Thai; "en", "en_US.UTF-8", "C", "POSIX" → English;
// anything else → none.
std::optional<Language> language_named(std::string_view name);

// The environment variables that choose the language, as read by choose_language().
struct LanguageEnvironment {
  std::string oitgen_lang;  // OITGEN_LANG
  std::string lc_all;       // LC_ALL
  std::string lc_messages;  // LC_MESSAGES
  std::string lang;         // LANG
  static LanguageEnvironment current();
};

// The language of a run: the --lang value when given, then OITGEN_LANG, then the locale as
// POSIX reads it (the first set of LC_ALL, LC_MESSAGES, LANG), English by default. A locale of
// another language (de_DE.UTF-8) means English, as oitgen has no German.
Language choose_language(std::string_view flag, const LanguageEnvironment& env);

// For main(): removes "--lang X" and "--lang=X" from `args`, then set_language() by
// choose_language(). Returns the message to print when the value is not th or en.
std::optional<std::string> apply_language_option(std::vector<std::string>& args);

}  // namespace oitgen
