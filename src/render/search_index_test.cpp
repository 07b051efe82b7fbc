#include "render/search_index.h"

#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace oitgen {
namespace {

using nlohmann::json;

std::map<std::string, std::string> files_of(const SearchIndex& index) {
  std::map<std::string, std::string> files;
  for (const auto& [path, bytes] : index.files()) files[path] = bytes;
  return files;
}

}  // namespace

TEST_CASE("the index lists its pages and files its terms by their first code point") {
  const ThaiWords words;
  SearchIndex index(words);
  index.add("notices/no-gift-policy/",
            {"ประกาศ No Gift", "No Gift Policy", "ประกาศ No Gift ไม่รับของขวัญ ของขวัญ Policy"});
  index.add("plans/x/", {"แผน", "แผนปฏิบัติการ", "แผน รับเรื่องร้องเรียน"});
  const auto files = files_of(index);
  const json pages = json::parse(files.at("pages.json"));
  REQUIRE(pages["pages"].size() == 2);
  CHECK(pages["pages"][0]["u"] == "notices/no-gift-policy/");
  CHECK(pages["pages"][0]["t"] == "ประกาศ No Gift");
  CHECK(pages["pages"][0]["s"] == "No Gift Policy");
  CHECK(pages["pages"][0]["c"] == 1);
  CHECK(files.at("x/1-0.txt") == "แผน รับเรื่องร้องเรียน");
  // ข (U+0E02) begins ของขวัญ: page 0, twice, in its first piece; g begins gift, in lower
  // case, and the heading's words count five times more.
  CHECK(json::parse(files.at("t/e02.json"))["ของขวัญ"] == json::array({0, 2, 0}));
  CHECK(json::parse(files.at("t/67.json"))["gift"] == json::array({0, 1 + 5, 0}));
  CHECK(json::parse(files.at("t/e23.json")).contains("ร้องเรียน"));
  bool listed = false;
  for (const auto& name : pages["terms"]) listed = listed || name == "e02";
  CHECK(listed);
}

TEST_CASE("a page's text is cut into pieces of whole code points; a word names its piece") {
  const ThaiWords words;
  SearchIndex index(words);
  // 1,500 code points, an astral one among them, then a word of its own in the second piece.
  std::string text;
  for (int i = 0; i < 750; ++i) text += "ก😀";
  text += " zebra";
  index.add("a/", {"", "", text});
  const auto files = files_of(index);
  CHECK(json::parse(files.at("pages.json"))["pages"][0]["c"] == 2);
  const std::string& first = files.at("x/0-0.txt");
  const std::string& second = files.at("x/0-1.txt");
  CHECK(first.size() == 500 * (3 + 4));  // a thousand code points
  CHECK(first + second == text);
  CHECK(json::parse(files.at("t/7a.json"))["zebra"] == json::array({0, 1, 1}));
}

TEST_CASE("a word in the heading and after it names the piece after the heading") {
  const ThaiWords words;
  SearchIndex index(words);
  std::string filler;
  for (int i = 0; i < 1200; ++i) filler += "x ";
  index.add("a/", {"Gift", "", "Gift " + filler + "gift"});
  const auto files = files_of(index);
  CHECK(json::parse(files.at("t/67.json"))["gift"] == json::array({0, 2 + 5, 2}));
}

TEST_CASE("a long page's words are indexed to its end") {
  const ThaiWords words;
  SearchIndex index(words);
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "ความโปร่งใส ";  // 36,000 code points, 102 KB
  index.add("ita/2567/", {"", "", text + "ร้องเรียน"});
  const auto files = files_of(index);
  const json terms = json::parse(files.at("t/e23.json"));
  REQUIRE(terms.contains("ร้องเรียน"));
  CHECK(terms["ร้องเรียน"][2] == 36);  // the piece of its 36,000th code point
}

TEST_CASE("text that is not UTF-8 does not stop the index") {
  const ThaiWords words;
  SearchIndex index(words);
  index.add("x/", {"\xff title", "", "\xfe text"});
  CHECK_NOTHROW(index.files());
}

}  // namespace oitgen
