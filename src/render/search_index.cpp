#include "render/search_index.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace oitgen {
namespace {

using nlohmann::json;

// A term's first code point, as the name of its term file.
std::string first_code_point_hex(const std::string& term) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(term[i]); };
  char32_t code = byte(0);
  if (code >= 0xF0 && term.size() >= 4)
    code = ((code & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
           (byte(3) & 0x3F);
  else if (code >= 0xE0 && term.size() >= 3)
    code = ((code & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  else if (code >= 0xC0 && term.size() >= 2)
    code = ((code & 0x1F) << 6) | (byte(1) & 0x3F);
  char name[16];
  std::snprintf(name, sizeof name, "%x", static_cast<unsigned>(code));
  return name;
}

// The UTF-16 code units of UTF-8 text: one a code point, two above U+FFFF.
std::size_t utf16_units(std::string_view text) {
  std::size_t units = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}

void lower_ascii(std::string& term) {
  std::transform(term.begin(), term.end(), term.begin(), [](unsigned char c) {
    return static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  });
}

// Words this long are addresses or numbers run together, which nobody types.
constexpr std::size_t longest_term = 64;
// A page's text in its text file, for snippets: a very long page is cut (at a code point).
constexpr std::size_t longest_text = 20000;

std::string cut(const std::string& text) {
  if (text.size() <= longest_text) return text;
  std::size_t end = longest_text;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Never throws on bytes that are not UTF-8: they become U+FFFD.
std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// A word of the title counts as this many in the text: a page about a thing comes first.
constexpr int title_weight = 5;

}  // namespace

void SearchIndex::add(std::string url, PageText text) {
  entries_.push_back({std::move(url), std::move(text)});
}

std::vector<std::string> SearchIndex::terms(const std::string& text) const {
  std::vector<std::string> out;
  for (auto& [at, term] : words_at(text)) out.push_back(std::move(term));
  return out;
}

std::vector<std::pair<std::string, std::string>> SearchIndex::files() const {
  struct Posting {
    std::size_t page;
    int count;
    std::size_t first;  // UTF-16 offset in the page's text
    bool in_heading = false;
  };
  // term file → term → postings in page order
  std::map<std::string, std::map<std::string, std::vector<Posting>>> shards;
  std::string texts;  // every page's text, one after another, a line apart
  json pages = json::array();
  std::size_t texts_units = 0;
  for (std::size_t page = 0; page < entries_.size(); ++page) {
    const SearchEntry& entry = entries_[page];
    const std::string text = cut(entry.text.text);
    std::map<std::string, Posting> found;
    // The heading is in the text too, and the result shows it already: a snippet starts at
    // the first place past it, where the word occurs there.
    const std::size_t heading = entry.text.title.empty() ? std::string::npos
                                                         : text.find(entry.text.title);
    const std::size_t heading_end =
        heading == std::string::npos ? 0 : heading + entry.text.title.size();
    std::size_t scanned = 0;
    std::size_t units = 0;
    for (auto& [at, word] : words_at(text)) {
      units += utf16_units(std::string_view(text).substr(scanned, at - scanned));
      scanned = at;
      const bool in_heading = heading != std::string::npos && at >= heading && at < heading_end;
      auto [posting, added] = found.try_emplace(std::move(word), Posting{page, 0, units});
      ++posting->second.count;
      if (!in_heading && posting->second.in_heading) {
        posting->second.first = units;
        posting->second.in_heading = false;
      } else if (added) {
        posting->second.in_heading = in_heading;
      }
    }
    for (auto& word : terms(entry.text.title)) {
      auto [posting, added] = found.try_emplace(std::move(word), Posting{page, 0, 0});
      posting->second.count += title_weight;
    }
    for (auto& [term, posting] : found)
      shards[first_code_point_hex(term)][term].push_back(posting);
    const std::size_t length = utf16_units(text);
    pages.push_back({{"u", entry.url},
                     {"t", entry.text.title},
                     {"s", entry.text.section},
                     {"o", texts_units},
                     {"n", length}});
    texts += text;
    texts += '\n';
    texts_units += length + 1;
  }
  std::vector<std::pair<std::string, std::string>> files;
  json names = json::array();
  for (const auto& [name, terms] : shards) names.push_back(name);
  // The text files: cut after text_file_units, between two code points.
  json starts = json::array();
  std::vector<std::string> pieces;
  std::size_t piece_start = 0;
  std::size_t units = 0;
  std::size_t piece_units = 0;
  for (std::size_t i = 0; i <= texts.size(); ++i) {
    const bool boundary =
        i == texts.size() || (static_cast<unsigned char>(texts[i]) & 0xC0) != 0x80;
    if (boundary && (piece_units >= text_file_units || i == texts.size()) && i > piece_start) {
      starts.push_back(units - piece_units);
      pieces.push_back(texts.substr(piece_start, i - piece_start));
      piece_start = i;
      piece_units = 0;
    }
    if (i < texts.size() && boundary) {
      const std::size_t width = utf16_units(std::string_view(texts).substr(i, 1));
      units += width;
      piece_units += width;
    }
  }
  files.emplace_back("pages.json",
                     dump(json{{"pages", pages}, {"terms", names}, {"texts", starts}}));
  for (const auto& [name, terms] : shards) {
    json object = json::object();
    for (const auto& [term, postings] : terms) {
      json flat = json::array();
      for (const auto& posting : postings) {
        flat.push_back(posting.page);
        flat.push_back(posting.count);
        flat.push_back(posting.first);
      }
      object[term] = std::move(flat);
    }
    files.emplace_back("t/" + name + ".json", dump(object));
  }
  for (std::size_t k = 0; k < pieces.size(); ++k)
    files.emplace_back("x/" + std::to_string(k) + ".txt", std::move(pieces[k]));
  return files;
}

std::vector<std::pair<std::size_t, std::string>> SearchIndex::words_at(
    const std::string& text) const {
  std::vector<std::pair<std::size_t, std::string>> out = words_.words_at(text);
  for (auto& [at, term] : out) lower_ascii(term);
  std::erase_if(out, [](const auto& word) { return word.second.size() > longest_term; });
  return out;
}

}  // namespace oitgen
