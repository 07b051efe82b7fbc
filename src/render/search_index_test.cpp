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
  CHECK(pages["pages"][1]["o"] == pages["pages"][0]["n"].get<int>() + 1);
  // ข (U+0E02) begins ของขวัญ; g begins gift, in lower case.
  const json kho = json::parse(files.at("t/e02.json"));
  REQUIRE(kho.contains("ของขวัญ"));
  // Page 0, twice, first at code unit 21 ("ประกาศ No Gift ไม่รับ" comes before it).
  CHECK(kho["ของขวัญ"] == json::array({0, 2, 21}));
  const json g = json::parse(files.at("t/67.json"));
  // The heading's words count five times more.
  CHECK(g["gift"] == json::array({0, 1 + 5, 10}));
  CHECK(json::parse(files.at("t/e23.json")).contains("ร้องเรียน"));
  bool listed = false;
  for (const auto& name : pages["terms"]) listed = listed || name == "e02";
  CHECK(listed);
}

TEST_CASE("the texts are cut into files between code points, their starts listed") {
  const ThaiWords words;
  SearchIndex index(words);
  std::string long_text;
  for (int i = 0; i < 700; ++i) long_text += "ก😀";  // 3 units each, an astral one among them
  index.add("a/", {"", "", long_text});
  index.add("b/", {"", "", "ข"});
  const auto files = files_of(index);
  const json pages = json::parse(files.at("pages.json"));
  const json starts = pages["texts"];
  REQUIRE(starts.size() >= 2);
  CHECK(starts[0] == 0);
  std::string all;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::string& piece = files.at("x/" + std::to_string(k) + ".txt");
    // Every file starts on a code point.
    CHECK((static_cast<unsigned char>(piece[0]) & 0xC0) != 0x80);
    all += piece;
  }
  CHECK(all == long_text + "\nข\n");
  CHECK(pages["pages"][1]["o"] == 2101);
  CHECK(starts[1].get<int>() >= static_cast<int>(SearchIndex::text_file_units));
}

TEST_CASE("text that is not UTF-8 does not stop the index") {
  const ThaiWords words;
  SearchIndex index(words);
  index.add("x/", {"\xff title", "", "\xfe text"});
  CHECK_NOTHROW(index.files());
}

}  // namespace oitgen
