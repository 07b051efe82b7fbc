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

void lower_ascii(std::string& term) {
  std::transform(term.begin(), term.end(), term.begin(),
                 [](unsigned char c) { return static_cast<char>(c < 0x80 ? std::tolower(c) : c); });
}

// Words this long are addresses or numbers run together, which nobody types.
constexpr std::size_t longest_term = 64;
// What of a page's text is indexed and kept for snippets: a bound far above any real page, so
// that a hostile one cannot fill the output (cut at a code point).
constexpr std::size_t longest_text = std::size_t{4} * 1024 * 1024;

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
    std::size_t piece;  // the piece of the page's text where it first occurs
    bool in_heading = false;
  };
  // term file → term → postings in page order
  std::map<std::string, std::map<std::string, std::vector<Posting>>> shards;
  std::vector<std::pair<std::string, std::string>> files;
  json pages = json::array();
  for (std::size_t page = 0; page < entries_.size(); ++page) {
    const SearchEntry& entry = entries_[page];
    const std::string text = cut(entry.text.text);
    // The text in pieces of text_piece code points, and the piece each byte is in.
    std::vector<std::size_t> piece_starts;  // byte offsets
    std::size_t code_points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
      if (code_points % text_piece == 0) piece_starts.push_back(i);
      ++code_points;
    }
    const auto piece_of = [&](std::size_t at) {
      return static_cast<std::size_t>(
          std::upper_bound(piece_starts.begin(), piece_starts.end(), at) - piece_starts.begin() -
          1);
    };
    std::map<std::string, Posting> found;
    // The heading is in the text too, and the result shows it already: a snippet is taken past
    // it where the word occurs there.
    const std::size_t heading =
        entry.text.title.empty() ? std::string::npos : text.find(entry.text.title);
    const std::size_t heading_end =
        heading == std::string::npos ? 0 : heading + entry.text.title.size();
    for (auto& [at, word] : words_at(text)) {
      const bool in_heading = heading != std::string::npos && at >= heading && at < heading_end;
      auto [posting, added] =
          found.try_emplace(std::move(word), Posting{page, 0, piece_of(at), in_heading});
      ++posting->second.count;
      if (!in_heading && posting->second.in_heading) {
        posting->second.piece = piece_of(at);
        posting->second.in_heading = false;
      }
    }
    for (auto& word : terms(entry.text.title)) {
      auto [posting, added] = found.try_emplace(std::move(word), Posting{page, 0, 0});
      posting->second.count += title_weight;
    }
    for (auto& [term, posting] : found) shards[first_code_point_hex(term)][term].push_back(posting);
    pages.push_back({{"u", entry.url},
                     {"t", entry.text.title},
                     {"s", entry.text.section},
                     {"c", piece_starts.size()}});
    for (std::size_t k = 0; k < piece_starts.size(); ++k) {
      const std::size_t to = k + 1 < piece_starts.size() ? piece_starts[k + 1] : text.size();
      files.emplace_back("x/" + std::to_string(page) + "-" + std::to_string(k) + ".txt",
                         text.substr(piece_starts[k], to - piece_starts[k]));
    }
  }
  json names = json::array();
  for (const auto& [name, terms] : shards) names.push_back(name);
  files.emplace_back("pages.json", dump(json{{"pages", pages}, {"terms", names}}));
  for (const auto& [name, terms] : shards) {
    json object = json::object();
    for (const auto& [term, postings] : terms) {
      json flat = json::array();
      for (const auto& posting : postings) {
        flat.push_back(posting.page);
        flat.push_back(posting.count);
        flat.push_back(posting.piece);
      }
      object[term] = std::move(flat);
    }
    files.emplace_back("t/" + name + ".json", dump(object));
  }
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
