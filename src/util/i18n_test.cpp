#include "util/i18n.h"

#include <doctest/doctest.h>

#include <cstdlib>

namespace oitgen {

TEST_CASE("the flag, then OITGEN_LANG, then the locale choose the language") {
  const LanguageEnvironment none;
  CHECK(choose_language("", none) == Language::english);
  CHECK(choose_language("th", none) == Language::thai);
  CHECK(choose_language("en", {"th", "", "", "th_TH.UTF-8"}) == Language::english);
  CHECK(choose_language("", {"th", "", "", "en_US.UTF-8"}) == Language::thai);
  CHECK(choose_language("", {"", "", "", "th_TH.UTF-8"}) == Language::thai);
  CHECK(choose_language("", {"", "", "th_TH.utf8", "en_US.UTF-8"}) == Language::thai);
  // POSIX: LC_ALL wins over LC_MESSAGES and LANG, even when it names the C locale.
  CHECK(choose_language("", {"", "C", "th_TH.UTF-8", "th_TH.UTF-8"}) == Language::english);
  CHECK(choose_language("", {"", "th_TH", "en_US.UTF-8", ""}) == Language::thai);
  // A language oitgen has no messages in is English; an unknown OITGEN_LANG is passed over.
  CHECK(choose_language("", {"", "", "", "de_DE.UTF-8"}) == Language::english);
  CHECK(choose_language("", {"fr", "", "", "th_TH.UTF-8"}) == Language::thai);
}

TEST_CASE("language names") {
  CHECK(language_named("th") == Language::thai);
  CHECK(language_named("TH_th.UTF-8@x") == Language::thai);
  CHECK(language_named("en_GB") == Language::english);
  CHECK(language_named("POSIX") == Language::english);
  CHECK_FALSE(language_named("fr_FR.UTF-8").has_value());
  CHECK_FALSE(language_named("").has_value());
}

TEST_CASE("--lang is taken out of the arguments wherever it is") {
  std::vector<std::string> args = {"check", "--lang", "en", "site", "--lang=en"};
  CHECK_FALSE(apply_language_option(args).has_value());
  CHECK(args == std::vector<std::string>{"check", "site"});
  std::vector<std::string> bad = {"--lang", "fr", "check"};
  const auto message = apply_language_option(bad);
  REQUIRE(message.has_value());
  CHECK(*message == "--lang must be th (Thai) or en (English), not \"fr\"");
  CHECK(bad == std::vector<std::string>{"check"});
  set_language(Language::english);
}

TEST_CASE("trf puts the arguments where the translation wants them") {
  CHECK(trf("{1} of {2}", {"a", "b"}) == "a of b");
  CHECK(trf("{2} {1} {3}", {"a", "b"}) == "b a {3}");
}

TEST_CASE("trn takes the English form by the count, and Thai's one form for every count") {
  CHECK(trn("{1} error", "{1} errors", 1, {"1"}) == "1 error");
  CHECK(trn("{1} error", "{1} errors", 0, {"0"}) == "0 errors");
  CHECK(trn("{1} error", "{1} errors", 2, {"2"}) == "2 errors");
  set_language(Language::thai);
  CHECK(trn("{1} error", "{1} errors", 1, {"1"}) == "ข้อผิดพลาด 1 รายการ");
  CHECK(trn("{1} error", "{1} errors", 7, {"7"}) == "ข้อผิดพลาด 7 รายการ");
  // A message no catalog has stays English, in the form of its count.
  CHECK(trn("{1} apple", "{1} apples", 3, {"3"}) == "3 apples");
  set_language(Language::english);
}

// The unit tests run from the build tree, beside build/locale/th/LC_MESSAGES/oitgen.mo; the
// C locale of the test run is what a machine without a Thai locale gives.
TEST_CASE("Thai messages come from the catalog compiled at build time") {
  set_language(Language::thai);
  CHECK(current_language() == Language::thai);
  CHECK(std::string(tr("error")) == "ข้อผิดพลาด");
  CHECK(trf("plan {1}: {2}", {"2566-2570", "x"}) == "แผน 2566-2570: x");
  CHECK(std::string(tr("a message no catalog has")) == "a message no catalog has");
  CHECK(std::string(tr("")).empty());
  set_language(Language::english);
  CHECK(std::string(tr("error")) == "error");
}

}  // namespace oitgen
